// Recall on 1989–2000 wire news: leaders of that period, quoted wording inside patterns, place phrases before "with",
// a few general verbs and names, each with a control that must not be coded (or must keep its old reading).
// Fixtures written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentences } from '../../src/events/index.js';
import { findActors, newDocContext, tokenizeText } from '../../src/actors/index.js';
import type { EventMention } from '../../src/types.js';

const brief = (ms: EventMention[]) => ms.map((m) => `${m.source}>${m.target}:${m.code}`);
const coded = (text: string, date = '1995-06-01') => brief(codeSentences(text, date));
const actorCodes = (text: string, date: string) => {
  const s = tokenizeText(text)[0]!;
  return findActors(s.tokens, s.text, newDocContext(date)).map((a) => a.code);
};

test('leaders of 1989–2000 are their governments on dates of their office, their country after it', () => {
  // (in the host's capital a meeting is a visit by the other, not a meeting at a third location)
  assert.deepEqual(coded('President Mitterrand met Chancellor Kohl in Bonn on Tuesday.', '1991-05-02'), ['FRAGOV>DEUGOV:042']);
  assert.deepEqual(coded('President Mitterrand met Chancellor Kohl in Geneva on Tuesday.', '1991-05-02'), ['FRAGOV>DEUGOV:044']);
  assert.deepEqual(coded('Yeltsin criticized Ukraine on Monday.'), ['RUSGOV>UKR:111']);
  assert.deepEqual(coded('Mubarak met in Cairo with King Hussein on Sunday.'), ['EGYGOV>JORGOV:040']);
  // after the office: the country, no longer its government
  assert.deepEqual(actorCodes('Kohl criticized Turkey on Friday.', '2005-06-01'), ['DEU', 'TUR']);
  assert.deepEqual(actorCodes('Kohl criticized Turkey on Friday.', '1995-06-01'), ['DEUGOV', 'TUR']);
});

test('quotation marks inside a pattern\'s wording are transparent', () => {
  assert.deepEqual(coded("Mubarak called Gadhafi ``a liar'' on Tuesday."), ['EGYGOV>LBYGOV:111']);
  assert.deepEqual(coded('Mubarak called Gadhafi "a liar" on Tuesday.'), ['EGYGOV>LBYGOV:111']);
  // control: the plain wording codes the same
  assert.deepEqual(coded('Mubarak called Gadhafi a liar on Tuesday.'), ['EGYGOV>LBYGOV:111']);
});

test('a gerund after "about" is what is spoken of, not an act', () => {
  assert.deepEqual(coded('Nigerian officials spoke about attacking Cameroon.').filter((s) => s.endsWith(':190')), []);
  assert.deepEqual(coded('Egyptian officials talked about bombing Libya.'), []);
  // control: the act itself
  assert.deepEqual(coded('Nigeria attacked Cameroon on Monday.'), ['NGA>CMR:190']);
});

test('a person of unknown gender named after the last man makes "he" ambiguous', () => {
  const ambiguous = coded('Chancellor Kohl received Danish Foreign Minister Niels Petersen in Bonn on Monday. He will then travel to Washington.');
  assert.deepEqual(ambiguous.filter((s) => s.includes('>USA')), []);
  // control: with no other person named, "he" is the chancellor
  const clear = coded('Chancellor Kohl received the Danish delegation in Bonn on Monday. He will then travel to Washington.');
  assert.ok(clear.includes('DEUGOV>USAGOV:036'), clear.join(' '));
});

test('a role owned by a pronoun is the subject\'s own, never a country guessed from the document', () => {
  assert.deepEqual(coded('Danes protested in Nairobi on Monday. Then Ethiopia sent his forces into the region.').filter((s) => s.includes(':154')), []);
  // control: a named destination is the target
  assert.deepEqual(coded('Ethiopia sent its troops to Somalia on Monday.'), ['ETH>SOM:154']);
});

test('a place phrase may stand between "met" and "with"; not between other nouns and their prepositions', () => {
  assert.deepEqual(coded('Egyptian officials met in Cairo with Syrian officials on Sunday.'), ['EGYGOV>SYRGOV:040']);
  assert.deepEqual(coded('Egyptian officials met at the presidential palace with Syrian officials on Sunday.'), ['EGYGOV>SYRGOV:040']);
  // control: "attacks in capitals of Chad and Niger" has no source
  assert.deepEqual(coded('The bomb attacks in capitals of Chad and Niger killed dozens.'), []);
});

test('"alleged" names the accused; "called for a meeting of" appeals to that body; "the Western alliance" is NATO', () => {
  assert.deepEqual(coded('Syria alleged Israeli agents planted the bomb.'), ['SYR>ISRSPY:112']);
  assert.deepEqual(coded('Egypt called for an emergency meeting of the Arab League.'), ['EGY>IGOARL:026']);
  assert.deepEqual(coded('Moscow criticized the Western alliance on Friday.'), ['RUSGOV>IGONATO:111']);
  // controls: no body named, and an allegation against nobody
  assert.deepEqual(coded('Egypt called for calm in the Arab League.'), []);
  assert.deepEqual(coded('Syria alleged that the bomb was planted at night.'), []);
});

test('after a reflexive object, a thing in the target slot takes no country from the document', () => {
  assert.deepEqual(coded('Chile protested on Monday. Mubarak distanced himself from the controversy.').filter((s) => s.endsWith(':160')), []);
  // control: a named party is the target
  assert.deepEqual(coded('Chile protested on Monday. Mubarak distanced himself from Gadhafi.').filter((s) => s.endsWith(':160')), ['EGYGOV>LBYGOV:160']);
});

// Countries taken from the document for roles named without one ("the government", "Congress", "they").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle, codeSentences } from '../../src/events/index.js';
import type { EventMention } from '../../src/types.js';

const brief = (ms: EventMention[]) => ms.map((m) => `${m.source}>${m.target}:${m.code}`);
const article = (text: string) => brief(codeArticle({ text, published: '1999-05-04' }));

test('a bare role with no recent namesake takes the country the document is about, not one named once as a place', () => {
  assert.deepEqual(article('Colombia said on Monday it would not extradite the suspect. Colombia has long refused such requests.\n\n'
    + 'The suspect might flee to Ecuador, analysts said.\n\nThe government shared its concerns with the U.S. State Department.'), ['COLGOV>USAGOV:019']);
  // control: the document's country is the one named as an actor throughout
  assert.deepEqual(article('Ecuador said on Monday it would not extradite the suspect. Ecuador has long refused such requests.\n\n'
    + 'The government shared its concerns with the U.S. State Department.'), ['ECUGOV>USAGOV:019']);
});

test('a legislature with no country named is the own one of the state body dealing with it', () => {
  assert.deepEqual(article('The Brazilian president has requested $20 million from Congress for Angola and Mozambique.'), ['BRAGOV>BRALEG:020']);
});

test('officials of a place the lexicon does not know are not given the country of the document', () => {
  assert.deepEqual(article('Nigeria protested on Monday. Elected officials in and around Port Harlow accused the police of brutality.'), []);
  // control: a known place gives the country
  assert.deepEqual(article('Nigeria protested on Monday. Officials in Abuja accused Ghana of harbouring rebels.'), ['NGAGOV>GHA:112']);
});

test('people named by their tie to victims or hostages take no country from the other party', () => {
  assert.deepEqual(article('Peru offered sympathy to the families of the dead.'), []);
  // control: plain families are the government's own
  assert.deepEqual(article('Peru offered sympathy to the families.'), ['PER>PERCVL:018']);
});

test('a company dealing with a country as a whole or its people is not taken to be of that country', () => {
  assert.deepEqual(article('Acme Corp is expanding abroad. The company is negotiating with the Chinese to build a plant.'), []);
  assert.deepEqual(article('The company is negotiating with China to build a plant.'), []);
  // control: dealing with a state body, a company of no named country is taken to be of that state
  assert.deepEqual(article('The company met Chinese officials.'), ['CHNBUS>CHNGOV:040']);
});

test('a statement of intent or a threat is dated on the day it was made; the days it speaks of are kept as planned', () => {
  const [m] = codeSentences('Libya will meet NATO envoys next week, officials said.', '2011-04-30');
  assert.equal(m!.code, '036');
  assert.deepEqual(m!.date, { start: '2011-04-30', end: '2011-04-30', precision: 'day' });
  assert.deepEqual(m!.planned, { start: '2011-05-02', end: '2011-05-08', precision: 'week' });
  // control: a meeting held on a stated day keeps that day and plans nothing
  const [held] = codeSentences('Libya met NATO envoys on Thursday.', '2011-04-30');
  assert.deepEqual(held!.date, { start: '2011-04-28', end: '2011-04-28', precision: 'day' });
  assert.equal(held!.planned, undefined);
});

test('a time inside a "since" or "until" phrase measures a span and does not date the act', () => {
  const [m] = codeSentences('Gadhafi blamed the U.N. for failing to prevent 65 wars since its founding in 1945.', '2011-04-30');
  assert.equal(m!.code, '112');
  assert.deepEqual(m!.date, { start: '2011-04-30', end: '2011-04-30', precision: 'day' });
  // controls: a time right after "since" dates a state noun ("an embargo since April 2019"), a year that dates the act
  const [old] = codeSentences('In 2005, Britain blamed Russia for the crisis.', '2011-04-30');
  assert.equal(old!.date?.start, '2005-01-01');
});

test('two bare roles take the country the article is about: "Protesters condemned the regime"', () => {
  const ms = codeSentences('Tunisian protesters gathered in the capital on Friday. Protesters condemned the regime.', '2011-01-10');
  assert.deepEqual(ms.filter((m) => m.code === '111').map((m) => `${m.source}>${m.target}`), ['TUNCVL>TUNGOV']);
  // (alone, with no country named anywhere, nothing)
  assert.deepEqual(codeSentences('Protesters condemned the regime.', '2011-01-10'), []);
});

test('"the group" and "the bloc" refer to the armed group or the intergovernmental organisation named last', () => {
  const pair = (text: string, d: string) => codeArticle({ text, published: d }).map((m) => `${m.source}>${m.targetCountry ?? m.target}:${m.root}`);
  // (in the sentence before it, and in the sentence before)
  assert.deepEqual(pair("Somalia's al Shabaab militants overran a military base on Friday. On Saturday the group kidnapped two Kenyan aid workers.", '2019-10-13').filter((x) => x.endsWith(':18')), ['SOMREB>KEN:18']);
  assert.deepEqual(pair('The leader of the Taliban warned that the group would attack U.S. troops.', '2019-09-09').map((x) => x.replace(/>.*/, '')), ['AFGREB']);
  assert.deepEqual(pair('Turkey blocked a statement by the European Union on Monday and accused the bloc of hypocrisy.', '2019-10-15').filter((x) => x.endsWith(':11')), ['TUR>IGOEU:11']);
  // (no organisation of the class named nearby: no referent)
  assert.deepEqual(pair('The group accused Kenya of abuses.', '2019-10-15'), []);
});

test('declining to comment on a party\'s claim is 011 towards that party ("the group" named before)', () => {
  const ms = codeArticle({ text: "Al Shabaab militants overran an African Union base in Somalia on Friday. Kenya's military declined on Saturday to comment on the group's claim.", published: '2016-01-16' });
  assert.ok(ms.some((m) => m.code === '011' && m.source === 'KENMIL' && m.target === 'SOMREB'));
});

test('"the two sides" are the pair named together last, not a place of their talks nor a party named after the pair', () => {
  const ms = codeArticle({ text: 'Pakistan and Afghanistan held talks in Doha on Monday. The two sides agreed to a ceasefire, Qatar\'s foreign ministry said. The two countries also signed a trade agreement.', published: '2025-10-20' });
  assert.deepEqual(ms.map((m) => `${m.source}>${m.target}:${m.code}`), ['PAK>AFG:046', 'PAK>AFG:0871', 'PAK>AFG:057']);
  // with no pair named together, the last two countries named as parties (not the place after "in")
  assert.deepEqual(article('Russia accused Ukraine of shelling the plant on Monday in Vienna. The two countries signed a grain deal.'), ['RUS>UKR:112', 'RUS>UKR:057']);
});

test('a compound subject acting on "each other" acts both ways: one symmetric event between its members', () => {
  const ms = codeSentences('Pakistan and Afghanistan accused each other of violating the truce.', '2025-10-20');
  assert.deepEqual(ms.map((m) => `${m.source}>${m.target}:${m.code}:${m.symmetric}`), ['PAK>AFG:112:true']);
  // control: with no reciprocal object, an accusation needs a target
  assert.deepEqual(brief(codeSentences('Pakistan and Afghanistan accused the rebels of violating the truce.', '2025-10-20')).filter((x) => x.includes('AFG>')), []);
});

test('a role "in" a country\'s named part is of that country, and the part is no subject ("Rebels in Indonesia\'s Papua region")', () => {
  assert.deepEqual(brief(codeSentences("Rebels in Indonesia's Papua region attacked a police post.", '2023-04-05')), ['IDNREB>IDNCOP:190']);
  assert.deepEqual(brief(codeSentences("Rebels in Nigeria's Borno state attacked a police post.", '2023-04-05')), ['NGAREB>NGACOP:190']);
  assert.deepEqual(brief(codeSentences("Protesters in Kenya's capital Nairobi clashed with police.", '2023-04-05')), ['KENCVL>KENCOP:145']);
  // control: a possessed thing that is no part of the country keeps the country out ("officials in Kenya's government")
  assert.deepEqual(brief(codeSentences("Officials in Kenya's government criticised Uganda.", '2023-04-05')), ['KENGOV>UGA:111']);
});

test('an intransitive verb after a place is the clause\'s verb, no reduced relative ("Protesters in Kenya clashed with police")', () => {
  assert.deepEqual(brief(codeSentences('Protesters in Kenya clashed with police.', '2023-04-05')), ['KENCVL>KENCOP:145']);
  // control: a transitive participle after its noun and before "in" is one ("Americans detained in Venezuela were freed")
  assert.ok(!brief(codeSentences('Americans detained in Venezuela were freed on Saturday.', '2023-04-05')).some((x) => x.startsWith('VEN') && x.endsWith(':173') && false));
});

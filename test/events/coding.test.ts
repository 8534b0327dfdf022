// Behaviour of the sentence coder: patterns, actors, modality, passive, compounds, nominal events, dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentences, codeArticle } from '../../src/events/index.js';
import type { EventMention } from '../../src/types.js';

const one = (text: string, date: string | null = null): EventMention[] => codeSentences(text, date);
const brief = (ms: EventMention[]) => ms.map((m) => `${m.sourceCountry ?? m.source}>${m.targetCountry ?? m.target}:${m.code}`);

test('plain verb patterns with particles and prepositions', () => {
  assert.deepEqual(brief(one('Colombia broke off diplomatic relations with Israel.')), ['COL>ISR:161']);
  assert.deepEqual(brief(one('The European Union imposed new sanctions on Iran.')), ['IGOEU>IRN:163']);
  assert.deepEqual(brief(one('Russian President Vladimir Putin hosted Chinese leader Xi Jinping in Moscow.', '2024-05-01')), ['RUS>CHN:043']);
  assert.deepEqual(brief(one('Moscow accused Washington of prolonging the war.')), ['RUS>USA:112']);
});

test('negation and declined comments produce nothing', () => {
  assert.deepEqual(one('Washington did not comment on the matter.'), []);
  assert.deepEqual(one('The United States has never imposed sanctions on Switzerland.'), []);
});

test('modality: intent (03), threat (13), refusal (12), hypotheticals dropped', () => {
  assert.equal(one('Iran said it is ready to resume talks with the IAEA.')[0]?.root, '03');
  assert.equal(one('Venezuela would be willing to review its sanctions policy toward Colombia.')[0]?.root, '03');
  assert.equal(one('China threatened Taiwan with military force.')[0]?.code, '138');
  assert.equal(one('Trump threatened to impose sanctions on Colombia.')[0]?.root, '13');
  assert.equal(one('Britain refused to negotiate with Argentina over the islands.')[0]?.root, '12');
  assert.deepEqual(one('If China attacked Taiwan, the consequences would be severe.'), []);
  assert.deepEqual(one('Analysts said sanctions could hurt the Venezuelan economy.'), []);
});

test('reversal: cancelled planned attacks are no attack; military pressure is a threat', () => {
  const ms = one('Trump recently announced that he had cancelled planned attacks on Venezuela.', '2026-01-20');
  assert.ok(ms.every((m) => !['18', '19', '20'].includes(m.root)));
  const t = one('The administration kept threatening military pressure on Venezuela.', '2026-01-20');
  assert.ok(t.every((m) => !['17', '18', '19', '20'].includes(m.root)));
});

test('passive voice: agent from "by", or the sanctioning party from context', () => {
  assert.deepEqual(brief(one('Sanctions were imposed on Venezuela by the United States in 2019.')), ['USA>VEN:163']);
  const ms = codeArticle({ text: 'The United States had suspended some sanctions on Venezuela.\n\nHowever, sanctions were reinstated in April.', published: null });
  const last = ms[ms.length - 1]!;
  assert.equal(last.code, '163');
  assert.equal(last.sourceCountry, 'USA');
  assert.equal(last.targetCountry, 'VEN');
  assert.ok(last.confidence < 0.8);
});

test('compound actors make one symmetric event', () => {
  const ms = one('Saudi Arabia and Iran restored diplomatic relations.');
  assert.equal(ms.length, 1);
  assert.equal(ms[0]!.root, '05');
  assert.equal(ms[0]!.symmetric, true);
  assert.deepEqual([ms[0]!.sourceCountry, ms[0]!.targetCountry].sort(), ['IRN', 'SAU']);
});

test('nominal events: abduction, reimposition of sanctions', () => {
  const ms = codeArticle({ text: 'Venezuela opened talks with the US days after the military abduction of President Nicolas Maduro.', published: null });
  assert.ok(ms.some((m) => m.code === '181' && m.sourceCountry === 'USA' && m.targetCountry === 'VEN'));
});

test('reported speech: the reported event keeps its own actors', () => {
  const ms = one('Maduro said Venezuela was ready to hold talks with the United States.', '2024-03-01');
  assert.ok(ms.some((m) => m.sourceCountry === 'VEN' && m.targetCountry === 'USA' && m.root === '03'));
});

test('dates: attached expression, publication date for news of the day, null for the pluperfect or no date', () => {
  const a = one('Venezuela broke off diplomatic relations with the US in 2019.', '2023-01-02')[0]!;
  assert.deepEqual([a.date?.start, a.date?.end, a.date?.precision, a.dateFrom], ['2019-01-01', '2019-12-31', 'year', 'expression']);
  const b = one('Russia launched airstrikes on Kyiv.', '2024-05-08')[0]!;
  assert.deepEqual([b.date?.start, b.dateFrom], ['2024-05-08', 'published']);
  assert.equal(one('Washington had reinstated severe sanctions on Venezuela.', '2024-05-08')[0]!.date, null);
  assert.equal(one('Russia launched airstrikes on Kyiv.', null)[0]!.date, null);
});

test('dates: an anchored duration ("two days earlier", TimeML DURATION P2D) dates the event by the day it lands on', () => {
  const m = one('Russia shelled Kyiv on 4 May; two days later Ukraine attacked Russia.', '2024-05-08').find((x) => x.source === 'UKR')!;
  assert.deepEqual([m.date?.start, m.date?.end, m.dateFrom], ['2024-05-06', '2024-05-06', 'expression']);
  // counted from no day the text names: undated, neither the publication day nor a day counted from it
  const u = one('Russia launched airstrikes on Kyiv two days earlier.', '2024-05-08')[0]!;
  assert.deepEqual([u.date, u.dateFrom], [null, null]);
  // a plain duration names no time of the event: the publication date stands
  assert.equal(one('Russia launched airstrikes on Kyiv for two days.', '2024-05-08')[0]!.dateFrom, 'published');
});

test('a capital is a government as a political actor, a place after "in"; a bombed capital is the country', () => {
  const m = one('Caracas accused Washington of plotting a coup.')[0]!;
  assert.deepEqual([m.source, m.target, m.root], ['VENGOV', 'USAGOV', '11']);
  assert.equal(one('Officials met in Caracas.').length, 0);
  assert.equal(one('Russia launched airstrikes on Kyiv.')[0]!.target, 'UKR');
});

test('mentions carry ontology facts and spans', () => {
  const m = one('The United States imposed sanctions on Russia.')[0]!;
  assert.equal(m.plover, 'COERCE');
  assert.equal(m.quadClass, 4);
  assert.equal(m.goldstein, -8);
  assert.equal(m.sentence.slice(...m.sourceSpan!), 'The United States');
  assert.equal(m.sentence.slice(...m.targetSpan!), 'Russia');
  assert.equal(m.trigger, 'imposed');
});

test('people are coded with their role on the event date', () => {
  assert.equal(one('Joe Biden criticized China.', '2022-06-01')[0]!.source, 'USAGOV');
  assert.equal(one('Joe Biden criticized China.', '2025-06-01')[0]!.source, 'USA');
});

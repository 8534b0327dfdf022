// Generalisation features of the coder: synonym classes, irregular past forms, passive agents, "it"/"they"
// coreference, and dating (clause-attached expressions, relative clauses, background paragraphs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentences, codeArticle, anchorOf } from '../../src/events/index.js';
import { readData } from '../../src/actors/index.js';
import type { EventMention } from '../../src/types.js';

const one = (text: string, date: string | null = '2025-06-20'): EventMention[] => codeSentences(text, date);
const brief = (ms: EventMention[]) => ms.map((m) => `${m.sourceCountry ?? m.source}>${m.targetCountry ?? m.target}:${m.root}`);
const dates = (ms: EventMention[]) => ms.map((m) => `${m.trigger}=${m.date ? m.date.start.slice(0, 7) : 'null'}`);

test('verb synonyms behave like their canonical lemma; object words match their class', () => {
  assert.deepEqual(brief(one('Turkey lambasted Greece.')), ['TUR>GRC:11']);
  assert.deepEqual(brief(one('Germany shipped howitzers to Ukraine.')), ['DEU>UKR:07']);
  assert.deepEqual(brief(one('Japan dispatched emergency supplies to the Philippines.')), ['JPN>PHL:07']);
});

test('irregular past forms mis-tagged as nouns and over-stripped lemmas still trigger', () => {
  assert.deepEqual(brief(one('Ukrainian forces shot down 40 Russian drones overnight.')), ['UKR>RUS:19']);
  assert.deepEqual(brief(one('Beijing staged drills near Taiwan.')), ['CHN>TWN:15']);
});

test('passive voice with a "by" agent: the agent is the source, the subject the target', () => {
  assert.deepEqual(brief(one('Canada was criticized by India.')), ['IND>CAN:11']);
  assert.deepEqual(brief(one('China was accused by Japan of spying.')), ['JPN>CHN:11']);
});

test('"it" / "they" resolve to the last named actor of a fitting kind; expletive "it" resolves to nothing', () => {
  const a = one('Venezuela has moved closer to Russia. It also expelled two Colombian diplomats on Friday.');
  assert.deepEqual(brief(a), ['VEN>COL:16']);
  const b = one('The Taliban have ruled Afghanistan since 2021. They detained two British aid workers.');
  assert.deepEqual(brief(b), ['AFG>GBR:17']);
  assert.deepEqual(one('It is unclear whether Washington will lift the sanctions on Cuba.'), []);
});

test('actors: ethnic groups, an adjective before an armed group, possessed role after an ambiguous name', () => {
  assert.equal(one('Kurdish rebels attacked Turkish troops.')[0]?.source, 'KURREB');
  assert.equal(one('Pakistani Taliban militants attacked a checkpoint in Afghanistan.')[0]?.sourceCountry, 'PAK');
  assert.equal(one("Chad's junta expelled the German ambassador.")[0]?.sourceCountry, 'TCD');
  assert.deepEqual(brief(one('Bandits kidnapped dozens of schoolchildren in northern Nigeria.')), ['NGA>NGA:18']);
});

test('dating: the expression of its own clause; a relative clause dates only its own verb', () => {
  assert.deepEqual(dates(one('Argentina, which broke off relations with Iran in 2020, condemned Tehran on Tuesday.')), ['broke off=2020-01', 'condemned=2025-06']);
  assert.deepEqual(dates(one('Mexico criticized the United States, which imposed tariffs on Mexican steel in March.')), ['criticized=2025-06', 'imposed=2025-03']);
  assert.deepEqual(dates(one('Contacts resumed in March 2022, when Washington sent a delegation to Caracas.', '2023-01-02')), ['sent=2022-03']);
});

test('dating: publication date only for news of the day, not for background clauses', () => {
  const lead = one('Venezuela has expelled the Colombian ambassador.');
  assert.equal(lead[0]?.dateFrom, 'published');
  const bg = codeArticle({ text: 'Relations between the two countries collapsed in 2019. Washington, in turn, imposed crippling sanctions on Caracas.', published: '2023-01-02' });
  assert.equal(bg.length, 1);
  assert.equal(bg[0]!.date, null);
  // a new paragraph is not anchored by the previous one
  const np = codeArticle({ text: 'Relations between the two countries collapsed in 2019.\n\nWashington imposed new sanctions on Caracas.', published: '2023-01-02' });
  assert.equal(np[0]?.date?.start, '2023-01-02');
  // a present anchor ("on Monday") lifts the past anchor
  assert.equal(anchorOf([], '2023-01-02'), null);
});

test('synonyms data: every canonical trigger has patterns of its own, past forms map to lemmas', () => {
  const syn = readData<{ verbs: Record<string, string[]>; nouns: Record<string, string[]>; pastForms: Record<string, string> }>('events/en/synonyms.json');
  const verbs = readData<{ patterns: Record<string, string[]> }>('events/en/verbs.json');
  const nouns = readData<{ patterns: Record<string, string[]> }>('events/en/nouns.json');
  const firsts = (f: { patterns: Record<string, string[]> }) => new Set(Object.values(f.patterns).flat().flatMap((p) => p.split(/\s+/)[0]!.split('|')));
  const vf = firsts(verbs), nf = firsts(nouns);
  for (const c of Object.keys(syn.verbs)) assert.ok(vf.has(c), `verb class ${c} has no pattern`);
  for (const c of Object.keys(syn.nouns)) assert.ok(nf.has(c), `noun class ${c} has no pattern`);
  for (const [w, l] of Object.entries(syn.pastForms)) assert.match(w + l, /^[a-z]+$/);
});

test('the "by" agent of an object phrase is the target of criticism, not of violence verbs', () => {
  assert.deepEqual(brief(one('Venezuela condemned the seizure of its oil tanker by the U.S. Coast Guard.')), ['VEN>USA:11']);
  // no agent: no target, and the victim of the condemned act is not the target of the condemnation
  assert.deepEqual(one('Egypt condemned the attack on Israel.'), []);
  // a compound subject keeps its symmetric reading; "brokered by" is not an object agent: the broker mediates (045)
  assert.deepEqual(brief(one('Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.')), ['SAU>IRN:05', 'CHN>SAU:04', 'CHN>IRN:04']);
});

test('physical acts against things: the target is the owner or place named after the object', () => {
  assert.deepEqual(brief(one('Ukrainian drones hit an oil refinery in Russia.')), ['UKR>RUS:19']);
  assert.deepEqual(brief(one('Houthi rebels hijacked a cargo ship owned by an Israeli businessman.')), ['YEM>ISR:18']);
  // an untagged victim takes another country of the sentence before the attacker's own
  assert.equal(one("Ukraine's foreign ministry said Russian drones had attacked a hospital.")[0]?.targetCountry, 'UKR');
});

test('actor phrases: lists, hyphenated country adjectives, a country adjective with a plain noun as subject', () => {
  assert.deepEqual(brief(one('France, Germany and Italy condemned Russia.')), ['FRA>RUS:11', 'DEU>RUS:11', 'ITA>RUS:11']);
  assert.equal(one('Iran seized a Greek-flagged oil tanker.')[0]?.targetCountry, 'GRC');
  assert.deepEqual(brief(one('Israeli bulldozers demolished Palestinian homes.')), ['ISR>PSE:17']);
});

test('a government that protests complains officially (114); hedges by others are not intent', () => {
  assert.equal(one('Canada protested to China over the detentions.')[0]?.code, '114');
  assert.deepEqual(one('Turkey is expected to approve Sweden\'s NATO membership.'), []);
});

test('the act references of verbs.json are those its "call the? it|them|…" pattern lists (the two lists stay one)', () => {
  const verbs = readData<{ actReferences: string[]; patterns: Record<string, string[]> }>('events/en/verbs.json');
  const call = verbs.patterns['111']!.find((p) => p.startsWith('call the? '))!;
  const listed = call.split(' ')[2]!.split('|');
  assert.deepEqual([...listed].sort(), [...verbs.actReferences].sort());
});

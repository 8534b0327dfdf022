// The salience score on hand-made corpora: stored mentions merged by the real merge stage, then scored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions } from '../../src/merge/index.js';
import { evidenceOf, independentSources, keyMoments, reportKind, scoreEvents, salienceWeights, statesDate, wireKey, type Salience } from '../../src/salience/index.js';
import type { Publication, StoredMention, StoryEvent } from '../../src/types.js';
import { mention, mentions, type M } from './helpers.js';

function score(ms: StoredMention[]) {
  const events = mergeMentions(ms);
  const scores = scoreEvents(events, ms);
  /** The event (and its score) holding the mention whose sentence contains `words`. */
  const find = (words: string): { e: StoryEvent; s: Salience } => {
    const e = events.find((x) => x.mentions.some((m) => m.sentence.includes(words)));
    assert.ok(e, `no event for "${words}"`);
    return { e, s: scores.get(e.id)! };
  };
  return { events, scores, find };
}

const wire = 'Police fired tear gas and live rounds at thousands of protesters in Suez on Tuesday, witnesses said.';
const independent: M[] = [
  { article: 'b1', published: '2011-02-01', date: '2011-02-01', dateFrom: 'published', sentence: 'Security forces shot at demonstrators marching in Cairo.' },
  { article: 'b2', published: '2011-02-01', date: '2011-02-01', dateFrom: 'published', sentence: 'Egyptian police opened fire on crowds near Tahrir Square.' },
  { article: 'b3', published: '2011-02-01', date: '2011-02-01', dateFrom: 'published', sentence: 'Riot police fired on protesters in the capital, killing two.' },
];

test('a wire story copied 20 times is one source, not 20 — linked as near-duplicates or only by its wording', () => {
  const original: M = { article: 'w0', published: '2011-01-25', date: '2011-01-25', sentence: wire };
  const linked = Array.from({ length: 19 }, (_, i): M => ({ article: `w${i + 1}`, published: '2011-01-25', date: '2011-01-25', sentence: wire, duplicateOf: 'w0' }));
  const unlinked = Array.from({ length: 19 }, (_, i): M => ({ article: `u${i + 1}`, published: '2011-01-25', date: '2011-01-25', sentence: wire, domain: `paper${i}.example` }));
  const alone = score(mentions([original, ...independent]));
  for (const copies of [linked, unlinked]) {
    const c = score(mentions([original, ...copies, ...independent]));
    const a = c.find('Suez');
    assert.equal(a.e.mentions.length, 20, 'the copies are merged into one event');
    assert.equal(a.s.sources, 1);
    assert.equal(a.s.citations.length, 1);
    if (copies === linked) assert.equal(a.s.citations[0]!.articleId, 'w0', 'the original is cited');
    else assert.ok(a.s.citations[0]!.url, 'a copy a reader can follow is cited');
    assert.equal(a.s.salience, alone.find('Suez').s.salience, '19 copies add nothing');
    const b = c.find('Tahrir');
    assert.equal(b.s.sources, 3);
    assert.ok(b.s.salience > a.s.salience, `three independent sources (${b.s.salience}) beat one copied 20 times (${a.s.salience})`);
  }
});

test('a background mention does not make an old event salient again', () => {
  const recall = (n: number) => Array.from({ length: n }, (_, i): M => ({
    article: `r${i}`, published: `2011-02-0${(i % 9) + 1}`, date: '1981-10-06', dateFrom: 'expression', code: '182', source: 'EGYREB', target: 'EGYGOV',
    sentence: `Sadat was assassinated by soldiers during a military parade on October 6, 1981, account ${i} recalls.`,
  }));
  const news: M = { article: 'n1', published: '2011-02-01', date: '2011-02-01', sentence: 'Police fired on marchers in Alexandria.' };
  const one = score(mentions([news, ...recall(1)]));
  const many = score(mentions([news, ...recall(20)]));
  const old = many.find('Sadat');
  assert.equal(old.e.background, true);
  assert.equal(old.s.background, 20);
  assert.equal(old.s.fresh + old.s.later, 0);
  assert.equal(old.s.features.reports, 0);
  assert.equal(old.s.features.day, 0);
  assert.equal(old.s.features.coverage, 0, 'nothing was published on that day');
  assert.equal(old.s.salience, 0, 'only recalled: no moment of this corpus');
  assert.equal(one.find('Sadat').s.salience, 0);
  assert.ok(many.find('Alexandria').s.salience > old.s.salience, 'one report of the day beats twenty recollections');
  // an event that was news once: recalling it months later adds nothing to it
  const once: M = { article: 'o0', published: '2011-01-01', date: '2011-01-01', code: '182', source: 'EGYREB', target: 'EGYGOV', sentence: 'A bomb killed 21 worshippers at a church in Alexandria.' };
  const later = (n: number) => Array.from({ length: n }, (_, i): M => ({ article: `l${i}`, published: `2011-04-0${(i % 9) + 1}`, date: '2011-01-01', dateFrom: 'expression', code: '182', source: 'EGYREB', target: 'EGYGOV', sentence: `The New Year bombing of the Alexandria church on January 1 killed 21, article ${i} recalls.` }));
  const plain = score(mentions([news, once])).find('church');
  const recalled = score(mentions([news, once, ...later(20)])).find('church');
  assert.equal(recalled.s.background, 20);
  assert.ok(plain.s.salience > 0);
  assert.equal(recalled.s.salience, plain.s.salience, 'twenty recollections months later add nothing');
});

test('later references back to an event add to it, less than reports of the day', () => {
  const ms = mentions([
    { article: 'x1', published: '2011-01-25', date: '2011-01-25', dateFrom: 'published', sentence: 'Thousands of protesters clashed with police in Cairo.' },
    { article: 'x2', published: '2011-02-01', date: '2011-01-25', sentence: 'On January 25, police clashed with protesters, the start of the uprising.' },
    { article: 'x3', published: '2011-02-03', date: '2011-01-25', sentence: 'The clashes of January 25 between police and protesters changed everything.' },
    { article: 'x4', published: '2011-02-05', date: '2011-01-25', sentence: 'Since police clashed with protesters on January 25 the square has been full.' },
    { article: 'y1', published: '2011-01-31', date: '2011-01-31', dateFrom: 'published', sentence: 'Police beat protesters in Suez.' },
    { article: 'z1', published: '2011-02-10', date: '2011-02-10', dateFrom: 'published', sentence: 'Police attacked a sit-in in Giza.' },
    { article: 'z2', published: '2011-02-10', date: '2011-02-10', dateFrom: 'published', sentence: 'Officers broke up the Giza sit-in with batons.' },
  ]);
  const { find } = score(ms);
  const x = find('January 25');
  assert.deepEqual([x.s.fresh, x.s.later, x.s.background], [1, 3, 0]);
  assert.ok(x.s.salience > find('Suez').s.salience, 'referred back to three times');
  // 1 fresh + 3 later (weight 0.5 each) = 2.5 reports; 2 fresh = 2
  assert.ok(x.s.features.reports > find('Giza').s.features.reports);
  const w = salienceWeights();
  assert.equal(reportKind({ start: '2011-01-25', end: '2011-01-25', precision: 'day' }, '2011-01-25', w), 'fresh');
  assert.equal(reportKind({ start: '2011-01-25', end: '2011-01-25', precision: 'day' }, '2011-01-24', w), 'fresh', 'announced ahead');
  assert.equal(reportKind({ start: '2011-01-25', end: '2011-01-25', precision: 'day' }, `2011-01-${25 + w.reports.freshDays + 1}`, w), 'later');
  assert.equal(reportKind({ start: '2011-01-25', end: '2011-01-25', precision: 'day' }, '2011-03-25', w), 'background');
});

test('a date stated in the text weighs more than the publication-day fallback', () => {
  const ms = mentions([
    { article: 'p1', published: '2011-01-25', date: '2011-01-25', dateFrom: 'published', sentence: 'Police fired on protesters in Suez.' },
    { article: 's1', published: '2011-01-27', date: '2011-01-27', dateFrom: 'expression', sentence: 'Police fired on protesters in Ismailia on Thursday.' },
  ]);
  const { find } = score(ms);
  const p = find('Suez'), s = find('Ismailia');
  assert.equal(p.s.dateStated, false);
  assert.equal(s.s.dateStated, true);
  assert.equal(p.s.factor, salienceWeights().datePublishedOnly);
  assert.deepEqual(p.s.features, s.s.features, 'the same evidence otherwise');
  assert.ok(p.s.salience < s.s.salience);
  assert.equal(statesDate(mention({ article: 'q', published: '2011-01-25', date: '2011-01-25', sentence: 'x' })), false, 'no dateFrom: a date equal to the publication day is the fallback');
  assert.equal(statesDate(mention({ article: 'q', published: '2011-01-26', date: '2011-01-25', sentence: 'x' })), true);
});

test('event type and Goldstein magnitude: fighting outranks a statement with the same evidence', () => {
  const ms = mentions([
    { article: 'f1', published: '2011-01-25', date: '2011-01-25', code: '190', goldstein: -10, sentence: 'Troops fought protesters in Suez.' },
    { article: 't1', published: '2011-01-26', date: '2011-01-26', code: '010', goldstein: 0, sentence: 'The police commented on the protesters in Giza.' },
  ]);
  const { find } = score(ms);
  const f = find('Suez'), t = find('Giza');
  assert.ok(f.s.features.type > t.s.features.type);
  assert.equal(f.s.features.goldstein, 1);
  assert.equal(t.s.features.goldstein, 0);
  assert.ok(f.s.salience > t.s.salience);
});

test("actors' prominence: the corpus's main actors outrank actors it barely mentions", () => {
  const ms = mentions([
    ...Array.from({ length: 6 }, (_, i): M => ({ article: `e${i}`, published: `2011-01-1${i}`, date: `2011-01-1${i}`, code: '141', source: 'EGYCVL', target: 'EGYGOV', sentence: `Egyptians demonstrated against the government, report ${i}.` })),
    { article: 'm1', published: '2011-02-01', date: '2011-02-01', code: '190', source: 'EGYCOP', target: 'EGYCVL', sentence: 'Police fought protesters in Suez.' },
    { article: 'o1', published: '2011-02-03', date: '2011-02-03', code: '190', source: 'NORGOV', target: 'ISLGOV', sentence: 'Norway fought Iceland over fishing grounds.' },
  ]);
  const { find } = score(ms);
  const main = find('Suez'), other = find('Iceland');
  assert.equal(main.s.features.actors, 1);
  assert.ok(other.s.features.actors < main.s.features.actors);
  assert.ok(other.s.salience < main.s.salience);
});

test('news of the day: an event on a day the corpus is full of outranks one on a quiet day', () => {
  const ms = mentions([
    // five articles published on 2011-01-28 about other days
    ...Array.from({ length: 5 }, (_, i): M => ({ article: `c${i}`, published: '2011-01-28', date: '2011-01-10', code: '042', source: 'USAGOV', target: 'EGYGOV', sentence: `The envoy travelled to Cairo on January 10, account number ${i} says.` })),
    { article: 'busy', published: '2011-01-28', date: '2011-01-28', sentence: 'Police fired on protesters in Suez.' },
    { article: 'quiet', published: '2011-01-20', date: '2011-01-20', sentence: 'Police fired on protesters in Aswan.' },
  ]);
  const { find } = score(ms);
  const busy = find('Suez'), quiet = find('Aswan');
  assert.equal(busy.s.features.reports, quiet.s.features.reports);
  assert.ok(busy.s.features.coverage > quiet.s.features.coverage);
  assert.ok(busy.s.salience > quiet.s.salience);
});

test('news of the day counts every stored article: articles with no coded event, once per independent source', () => {
  const ms = mentions([
    { article: 'busy', published: '2011-01-28', date: '2011-01-28', domain: 'one.example', sentence: 'Police fired on protesters in Suez.' },
    { article: 'quiet', published: '2011-01-20', date: '2011-01-20', domain: 'two.example', sentence: 'Police fired on protesters in Aswan.' },
  ]);
  const events = mergeMentions(ms);
  const day = (d: string) => events.find((e) => e.date!.start === d)!.id;
  const pub = (articleId: string, published: string | null, domain: string | null, duplicateOf: string | null = null): Publication => ({ articleId, published, domain, duplicateOf });
  // the articles of the mentions themselves, then five more on 2011-01-28 in which the coder found no event
  const own = [pub('busy', '2011-01-28', 'one.example'), pub('quiet', '2011-01-20', 'two.example')];
  const more = Array.from({ length: 5 }, (_, i) => pub(`p${i}`, '2011-01-28', `paper${i}.example`));
  const without = scoreEvents(events, ms);
  const withOwn = scoreEvents(events, ms, undefined, own);
  const withMore = scoreEvents(events, ms, undefined, [...own, ...more]);
  assert.equal(without.get(day('2011-01-28'))!.features.coverage, without.get(day('2011-01-20'))!.features.coverage, 'by the coded articles alone the two days are alike');
  assert.deepEqual(withOwn.get(day('2011-01-28')), without.get(day('2011-01-28')), 'the same articles give the same score');
  assert.ok(withMore.get(day('2011-01-28'))!.features.coverage > withMore.get(day('2011-01-20'))!.features.coverage);
  assert.ok(withMore.get(day('2011-01-28'))!.salience > withMore.get(day('2011-01-20'))!.salience, 'a day the corpus is full of');
  assert.deepEqual(withMore.get(day('2011-01-28'))!.citations.map((c) => c.articleId), ['busy'], 'an article with no event is no source of the event');
  assert.equal(withMore.get(day('2011-01-28'))!.sources, 1);
  // twenty copies of one article (near-duplicates, or one domain) are one source of the day's news, not twenty
  for (const copies of [
    Array.from({ length: 20 }, (_, i) => pub(`c${i}`, '2011-01-28', null, 'p0')),
    Array.from({ length: 20 }, (_, i) => pub(`c${i}`, '2011-01-28', 'paper0.example')),
  ]) {
    const s = scoreEvents(events, ms, undefined, [...own, ...more, ...copies]);
    assert.deepEqual(s.get(day('2011-01-28')), withMore.get(day('2011-01-28')));
  }
  // an article published on another day is not news of this one
  assert.deepEqual(scoreEvents(events, ms, undefined, [...own, pub('x', '2011-02-15', 'x.example')]).get(day('2011-01-28')), withOwn.get(day('2011-01-28')));
});

test('precision: a day beats its week; a month, a year or no date is no moment', () => {
  const ms = mentions([
    { article: 'd1', published: '2011-01-25', date: '2011-01-25', sentence: 'Police fired on protesters in Suez.' },
    { article: 'w1', published: '2011-02-10', date: '2011-01-31..2011-02-06/week', code: '173', sentence: 'Police arrested journalists in Cairo last week.' },
    { article: 'm1', published: '2011-03-10', date: '2011-02-01..2011-02-28/month', code: '172', sentence: 'The government shut down the internet in February.' },
    { article: 'y1', published: '2011-03-10', date: '2010-01-01..2010-12-31/year', code: '163', sentence: 'The government imposed an embargo on the media in 2010.' },
    { article: 'n1', published: '2011-03-10', date: null, code: '111', sentence: 'The army criticised the police.' },
  ]);
  const { events, scores, find } = score(ms);
  assert.ok(find('last week').s.salience > 0);
  assert.ok(find('last week').s.salience < find('Suez').s.salience);
  for (const w of ['February', '2010', 'criticised']) assert.equal(find(w).s.salience, 0, w);
  const km = keyMoments(events, scores);
  assert.deepEqual(km.map((e) => e.date!.precision), ['day', 'week']);
});

test('independent sources: near-duplicates, a shared domain and a shared long sentence join; short sentences do not', () => {
  const ms = mentions([
    { article: 'a', published: null, sentence: 'One two three four five six seven eight.', domain: 'x.example' },
    { article: 'b', published: null, sentence: 'Other words entirely here.', domain: 'x.example' },
    { article: 'c', published: null, sentence: 'Something else.', duplicateOf: 'd' },
    { article: 'd', published: null, sentence: 'Yet more.' },
    { article: 'e', published: null, sentence: 'ONE two, three four five six seven eight!' },
    { article: 'f', published: null, sentence: 'Police fired.' },
    { article: 'g', published: null, sentence: 'Police fired.' },
  ]);
  const of = independentSources(ms, 8);
  const src = (a: string) => of(ms.find((m) => m.articleId === a)!);
  assert.equal(src('a'), src('b'), 'same domain');
  assert.equal(src('a'), src('e'), 'same sentence, another case and punctuation');
  assert.equal(src('c'), src('d'), 'near-duplicate');
  assert.notEqual(src('a'), src('c'));
  assert.notEqual(src('f'), src('g'), 'a short sentence can be written twice independently');
  assert.equal(wireKey('Police fired.', 8), null);
});

test('evidence: each event finds its own mention of a sentence that holds two; events stored without mentions read their own list', () => {
  const two = [
    mention({ article: 'k', published: '2011-01-25', date: '2011-01-25', dateFrom: 'published', code: '190', sentence: 'Police fought protesters and the army arrested journalists.' }),
    mention({ article: 'k', published: '2011-01-25', date: '2011-01-20', dateFrom: 'expression', code: '173', source: 'EGYMIL', target: 'EGYMED', sentence: 'Police fought protesters and the army arrested journalists.' }),
  ];
  const events = mergeMentions(two);
  assert.equal(events.length, 2);
  const ev = evidenceOf(events, two);
  for (const e of events) assert.equal(ev.get(e.id)![0]!.code, e.code);
  const bare = evidenceOf(events, []);
  const e = events[0]!;
  assert.deepEqual(bare.get(e.id)!.map((m) => [m.articleId, m.date]), [['k', e.date]]);
  const s = scoreEvents(events, []);
  assert.ok(s.get(e.id)!.salience > 0);
});

test('key moments: one per day unless asked, the top N by salience, in date order, above a floor', () => {
  const ms = mentions([
    { article: 'a1', published: '2011-01-25', date: '2011-01-25', code: '190', sentence: 'Troops fought protesters in Suez.' },
    { article: 'a2', published: '2011-01-25', date: '2011-01-25', code: '190', sentence: 'Troops fought protesters in Suez again.' },
    { article: 'b1', published: '2011-01-25', date: '2011-01-25', code: '042', source: 'USAGOV', target: 'EGYGOV', sentence: 'The envoy visited Cairo.' },
    { article: 'c1', published: '2011-01-27', date: '2011-01-27', code: '010', sentence: 'The police commented on the protests.' },
    { article: 'd1', published: '2011-01-29', date: '2011-01-29', code: '193', sentence: 'Police shot protesters dead in Alexandria.' },
  ]);
  const { events, scores } = score(ms);
  const days = (l: StoryEvent[]) => l.map((e) => `${e.date!.start} ${e.code}`);
  assert.deepEqual(days(keyMoments(events, scores)), ['2011-01-25 190', '2011-01-27 010', '2011-01-29 193']);
  assert.deepEqual(days(keyMoments(events, scores, { top: 2 })), ['2011-01-25 190', '2011-01-29 193']);
  assert.deepEqual(days(keyMoments(events, scores, { perDay: 2 })).sort(), ['2011-01-25 042', '2011-01-25 190', '2011-01-27 010', '2011-01-29 193']);
  const floor = scores.get(events.find((e) => e.code === '010')!.id)!.salience + 0.001;
  assert.deepEqual(days(keyMoments(events, scores, { min: floor })), ['2011-01-25 190', '2011-01-29 193']);
  for (const s of scores.values()) assert.ok(s.salience >= 0 && s.salience <= 1);
});

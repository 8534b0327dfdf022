import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions, countSources, codesCompatible, sortTimeline } from '../../src/merge/index.js';
import type { StoryEvent } from '../../src/types.js';
import { scenario, mention } from './helpers.js';

const articles = (e: StoryEvent) => [...new Set(e.mentions.map((m) => m.articleId))].sort();

test('wire copies of one story make one event and count as one source', () => {
  const events = mergeMentions(scenario('wireCopies'));
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.mentions.length, 4);
  assert.equal(e.sources, 1);
  assert.equal(e.code, '057');
  assert.deepEqual(e.date, { start: '2021-06-09', end: '2021-06-09', precision: 'day', basis: 'stated', expression: null, articleId: 'w1' });
  // the copy that resolved the date differently stays visible
  assert.deepEqual(e.alternatives, [{ field: 'date', value: '2021-06-10', articleIds: ['w4'] }]);
  assert.equal(e.firstReported, '2021-06-10');
});

test('an independent outlet adds a source; same domain counts once', () => {
  const ms = scenario('wireCopies');
  // a compound subject ("Berlin and Paris concluded …"): the coder marks it mutual, so it fits either orientation
  const indep = { ...mention(['z9:0', 'z9', '2021-06-10', 'other.example', null, 'DEUGOV', 'DEU', 'FRAGOV', 'FRA', '057', '2021-06-09..2021-06-09/day', 0.9, 'Berlin and Paris concluded a pact on joint arms purchases.']), symmetric: true };
  const sameDomain = mention(['z8:0', 'z8', '2021-06-10', 'other.example', null, 'FRA', 'FRA', 'DEU', 'DEU', '057', '2021-06-09..2021-06-09/day', 0.5, 'The neighbours signed the arms deal on Wednesday.']);
  const events = mergeMentions([...ms, indep, sameDomain]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.sources, 2);
  assert.equal(events[0]!.summary, indep.sentence, 'highest confidence mention gives the summary');
});

test('the summary is written the way the event is oriented, even when a reversed sentence reads better', () => {
  const row = (id: string, a: string, b: string, conf: number, sentence: string) =>
    mention([`${id}:0`, id, '2024-02-01', `${id}.example`, null, a, a, b, b, '161', '2019-01-01..2019-12-31/year', conf, sentence]);
  const events = mergeMentions([
    row('r1', 'USA', 'VEN', 0.6, 'The United States cut diplomatic ties with Venezuela in 2019.'),
    row('r2', 'USA', 'VEN', 0.5, 'Washington broke off relations with Caracas in 2019.'),
    row('r3', 'VEN', 'USA', 0.9, 'Venezuela broke off diplomatic relations with the US in 2019, after a long dispute.'),
  ]);
  assert.equal(events.length, 1, 'broken relations are symmetric: one event');
  const e = events[0]!;
  assert.deepEqual([e.source, e.target], ['USA', 'VEN']);
  assert.equal(e.summary, 'The United States cut diplomatic ties with Venezuela in 2019.');
  assert.equal(e.mentions.length, 3);
});

test('"on Saturday" (a day) and "at the weekend" (two days) in different words: one event, dated to the day', () => {
  const events = mergeMentions(scenario('weekendMeeting'));
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.deepEqual(e.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day', basis: 'stated', expression: null, articleId: 'a1' });
  assert.equal(e.sources, 2);
  assert.equal(e.code, '042', 'specific directed code wins, direction kept from it');
  assert.equal(e.source, 'USAGOV');
  assert.equal(e.target, 'VENGOV');
  assert.equal(e.sourceCountry, 'USA');
  assert.equal(e.firstReported, '2022-03-07');
  assert.equal(e.background, false);
  assert.equal(e.alternatives, undefined);
});

test('two meetings a week apart with the same wording stay two events', () => {
  const events = mergeMentions(scenario('twoMeetings'));
  assert.equal(events.length, 2);
  assert.deepEqual(events.map((e) => e.date!.start), ['2023-05-10', '2023-05-17']);
});

test('a coarse mention overlapping two distinct meetings does not pick one at random', () => {
  const events = mergeMentions(scenario('coarseAmbiguous'));
  assert.equal(events.length, 3);
  const month = events.find((e) => e.date!.precision === 'month')!;
  assert.deepEqual(articles(month), ['c3']);
});

test('a coarse mention joins the only event it overlaps', () => {
  const ms = scenario('coarseAmbiguous').filter((m) => m.articleId !== 'c2');
  const events = mergeMentions(ms);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date!.start, '2023-05-10');
  assert.equal(events[0]!.date!.precision, 'day');
});

test('background: relations broken years before, cited by three articles in both directions: one event', () => {
  const events = mergeMentions(scenario('background'));
  const broke = events.filter((e) => e.code === '161');
  assert.equal(broke.length, 1);
  const e = broke[0]!;
  assert.equal(e.sources, 3);
  assert.deepEqual(articles(e), ['d1', 'd2', 'd3']);
  assert.equal(e.background, true);
  assert.equal(e.date!.precision, 'year');
  assert.deepEqual(new Set([e.sourceCountry, e.targetCountry]), new Set(['USA', 'VEN']));
  assert.ok(['USAGOV', 'VENGOV'].includes(e.source), 'most specific actor code of the side');
  assert.equal(e.firstReported, '2022-03-08');
  // sanctions (163) share root 16 but are a different act: a separate event, dated to the month
  const sanctions = events.filter((e) => e.code === '163');
  assert.equal(sanctions.length, 1);
  assert.deepEqual(sanctions[0]!.date, { start: '2019-04-01', end: '2019-04-30', precision: 'month', basis: 'stated', expression: null, articleId: 'd3' });
  assert.equal(sanctions[0]!.source, 'USAGOV');
  assert.equal(events.length, 2);
});

test('background is false for news of the day and unknown without a publication date', () => {
  const [news] = mergeMentions(scenario('weekendMeeting'));
  assert.equal(news!.background, false);
  const undated = mergeMentions(scenario('background').map((m) => ({ ...m, published: null })));
  assert.ok(undated.every((e) => !e.background));
});

test('an undated mention joins the dated event it clearly matches; a different one stays apart', () => {
  const events = mergeMentions(scenario('undatedJoins'));
  assert.equal(events.length, 2);
  const dated = events.find((e) => e.date)!;
  assert.deepEqual(articles(dated), ['a1', 'u1']);
  assert.equal(dated.date!.start, '2022-03-05');
  const other = events.find((e) => !e.date)!;
  assert.deepEqual(articles(other), ['u2']);
  assert.equal(events[events.length - 1], other, 'undated last');
});

test('an undated mention does not join an event dated after its article was published', () => {
  const ms = scenario('undatedJoins').map((m) => (m.articleId === 'u1' ? { ...m, published: '2021-01-01' } : m));
  const events = mergeMentions(ms);
  assert.equal(events.length, 3);
});

test('an undated mention similar to two dated events stays apart (ambiguous)', () => {
  const ms = [...scenario('twoMeetings'), mention(['n1:0', 'n1', null, 'x.example', null, 'JPNGOV', 'JPN', 'KORGOV', 'KOR', '040', null, 0.5, 'Japanese and South Korean trade ministers met in Seoul to discuss export controls.'])];
  const events = mergeMentions(ms);
  assert.equal(events.length, 3);
});

test('dates that contradict stay visible as alternatives with their articles', () => {
  const events = mergeMentions(scenario('dateContradiction'));
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.date!.start, '2018-01-01', 'the reading with more independent sources');
  assert.deepEqual(e.alternatives, [{ field: 'date', value: '2019', articleIds: ['k2'] }]);
  assert.equal(e.sources, 3);
});

test('symmetric actions merge across directions; directed ones do not', () => {
  const events = mergeMentions(scenario('symmetric'));
  const talks = events.filter((e) => e.code === '046');
  assert.equal(talks.length, 1);
  assert.equal(talks[0]!.sources, 2);
  const arrests = events.filter((e) => e.code === '173');
  assert.equal(arrests.length, 2);
});

test('make a visit (042) A→B and host a visit (043) B→A are one event; a visit the other way is not', () => {
  const events = mergeMentions(scenario('visitHost'));
  assert.equal(events.length, 2);
  const bra = events.find((e) => articles(e).includes('v1'))!;
  assert.deepEqual(articles(bra), ['v1', 'v2']);
  // one 042 and one 043: equal counts, the more confident code wins and is stated in its own direction
  assert.equal(bra.code, '043');
  assert.equal(bra.source, 'ARGGOV');
  assert.equal(bra.target, 'BRAGOV');
  assert.deepEqual(articles(events.find((e) => e !== bra)!), ['v3']);
});

test('actors that disagree within one country are kept as alternatives', () => {
  const events = mergeMentions(scenario('actorConflict'));
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.target, 'USABUS');
  assert.deepEqual(e.alternatives, [{ field: 'target', value: 'USAGOV', articleIds: ['x2'] }]);
});

test('actor disagreement inside one article does not merge', () => {
  const ms = scenario('actorConflict').map((m) => ({ ...m, articleId: 'same', duplicateOf: null }));
  const events = mergeMentions(ms.map((m, i) => ({ ...m, id: `same:${i}` })));
  assert.equal(events.length, 2);
});

test('countSources: duplicates and same domain count once', () => {
  assert.equal(countSources([{ articleId: 'a', duplicateOf: null, source_domain: 'x.org' }, { articleId: 'b', duplicateOf: 'a', source_domain: 'y.org' }, { articleId: 'c', duplicateOf: null, source_domain: 'y.org' }, { articleId: 'd', duplicateOf: null, source_domain: null }]), 2);
});

test('codesCompatible', () => {
  assert.ok(codesCompatible('042', '043'));
  assert.ok(codesCompatible('04', '046'));
  assert.ok(codesCompatible('040', '042'));
  assert.ok(codesCompatible('033', '0331'));
  assert.ok(codesCompatible('163', '172'));
  assert.ok(!codesCompatible('161', '163'));
  assert.ok(!codesCompatible('041', '042'), 'a phone call is not a visit');
  assert.ok(!codesCompatible('036', '046'), 'intent to meet is not a meeting');
});

test('sortTimeline: date order, undated last', () => {
  const mk = (id: string, start: string | null): StoryEvent => ({ id, date: start ? { start, end: start, precision: 'day' } : null, firstReported: null } as StoryEvent);
  assert.deepEqual(sortTimeline([mk('a', null), mk('b', '2020-01-02'), mk('c', '2019-05-01')]).map((e) => e.id), ['c', 'b', 'a']);
});

test('merging is independent of input order and ids are stable', () => {
  const ms = [...scenario('background'), ...scenario('weekendMeeting'), ...scenario('visitHost'), ...scenario('symmetric')];
  const a = mergeMentions(ms);
  const b = mergeMentions([...ms].reverse());
  assert.deepEqual(a, b);
});

test('a date that only repeats the publication day matches the days before it and yields to a stated date', () => {
  const [strong] = scenario('weekendMeeting');
  const weak = (id: string, published: string) => ({
    ...mention([`${id}:0`, id, published, `${id}.example`, null, 'USA', 'USA', 'VEN', 'VEN', '046', `${published}..${published}/day`, 0.95, 'US envoys and Venezuelan officials held talks in Caracas.']),
    dateFrom: 'published',
  });
  const merged = mergeMentions([strong!, weak('p1', '2022-03-07')]);
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0]!.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day', basis: 'inherited', expression: null, articleId: 'a1' }, 'the summary (the report of the day) does not state the date: another mention does');
  const alone = mergeMentions([weak('p1', '2022-03-07'), weak('p2', '2022-03-08')]);
  assert.equal(alone.length, 1, 'two reports of the day, one day apart');
  assert.deepEqual(alone[0]!.date, { start: '2022-03-07', end: '2022-03-07', precision: 'day', basis: 'published', expression: null, articleId: 'p1' });
  assert.equal(mergeMentions([strong!, weak('p3', '2022-03-12')]).length, 2, 'a report a week later is another event');
});

test('a generic actor (VEN) agrees with a specific one (VENGOV), but another role (VENOPP) is a different reading', () => {
  const day = '2022-03-05..2022-03-05/day';
  const ms = [
    mention(['g1:0', 'g1', '2022-03-06', 'one.example', null, 'USAGOV', 'USA', 'VEN', 'VEN', '042', day, 0.8, 'US officials travelled to Venezuela on Saturday.']),
    mention(['g2:0', 'g2', '2022-03-07', 'two.example', null, 'USAGOV', 'USA', 'VENGOV', 'VEN', '046', day, 0.8, 'The delegation held talks with the government in Caracas.']),
    mention(['g2:1', 'g2', '2022-03-07', 'two.example', null, 'VENOPP', 'VEN', 'USAGOV', 'USA', '040', day, 0.7, 'The opposition also met the delegation.']),
  ];
  const events = mergeMentions(ms);
  assert.equal(events.length, 2);
  const visit = events.find((e) => e.code === '042')!;
  assert.deepEqual(articles(visit), ['g1', 'g2']);
  assert.equal(visit.target, 'VENGOV', 'the most specific agreeing code');
  assert.equal(visit.alternatives, undefined);
  assert.equal(events.find((e) => e.code === '040')!.source, 'VENOPP');
});

test('a malformed date is treated as no date rather than breaking the merge', () => {
  const [a, b] = scenario('weekendMeeting');
  const events = mergeMentions([a!, { ...b!, date: { start: '2022-03-09', end: '2022-03-01', precision: 'week' } }, { ...b!, id: 'b1:9', sentenceStart: 90, date: { start: 'soon', end: 'later', precision: 'day' } }]);
  assert.equal(events.reduce((n, e) => n + e.mentions.length, 0), 3);
  assert.ok(events.every((e) => !e.date || e.date.start <= e.date.end));
});

// ---- undated mentions join only an event they can be tied to without doubt (issue 14) ----

const visit = (id: string, article: string, published: string | null, date: string | null, sentence: string) =>
  mention([id, article, published, `${article}.example`, null, 'USAGOV', 'USA', 'VENGOV', 'VEN', '042', date, 0.8, sentence]);
const SATURDAY = visit('a1:0', 'a1', '2022-03-08', '2022-03-05..2022-03-05/day', 'Senior United States officials travelled to Caracas on Saturday to meet members of the Venezuelan government.');
const JUNE = visit('j1:0', 'j1', '2021-06-20', '2021-06-01..2021-06-30/month', 'A State Department delegation flew to Caracas in June for talks with the Venezuelan government.');
const SIMILAR = 'Officials from the United States who travelled to Caracas were received by Venezuelan ministers at the airport.';

test('two undated mentions of one article with compatible codes stay two events unless their wording is near-identical', () => {
  // examples/001: "agreeing to improve relations" (2024, 050) and the late-2023 prisoner-exchange agreement (057)
  const row = (id: string, code: string, sentence: string) => mention([id, 'ex1', null, 'ex.example', null, 'USAGOV', 'USA', 'VENGOV', 'VEN', code, null, 0.7, sentence]);
  const improve = row('ex1:0', '050', 'Venezuela and the United States have taken a step towards mending their relationship, agreeing to improve relations as they restarted negotiations, Caracas announced Wednesday.');
  const exchange = row('ex1:5', '057', 'At the time, after months of negotiations facilitated by Qatar, Washington and Caracas reached a prisoner exchange agreement that included the liberation of Alex Saab.');
  const events = mergeMentions([improve, exchange]);
  assert.equal(events.length, 2, 'no date ties them together: each stays on its own');
  const restated = row('ex1:9', '057', 'Washington and Caracas reached a prisoner exchange agreement that included the liberation of Alex Saab, facilitated by Qatar.');
  const again = mergeMentions([improve, exchange, restated]);
  assert.equal(again.length, 2, 'a near-identical restatement is an explicit reference');
  assert.deepEqual(articles(again.find((e) => e.code === '057')!), ['ex1']);
  assert.equal(again.find((e) => e.code === '057')!.mentions.length, 2);
});

test('an undated mention joins the one compatible event of its time, by wording or by its own article', () => {
  const other = visit('u9:0', 'u9', '2022-03-10', null, SIMILAR);
  const joined = mergeMentions([SATURDAY, other]);
  assert.equal(joined.length, 1);
  assert.deepEqual(articles(joined[0]!), ['a1', 'u9']);
  assert.equal(joined[0]!.date!.start, '2022-03-05');
  const own = visit('a1:4', 'a1', '2022-03-08', null, 'The delegation was the first in years.');
  assert.equal(mergeMentions([SATURDAY, own]).length, 1, 'the article\'s own dated account of the event');
});

test('an undated mention stays on its own when another compatible event lies within the time its article can speak of', () => {
  const other = visit('u9:0', 'u9', '2022-03-10', null, SIMILAR);
  const events = mergeMentions([SATURDAY, JUNE, other]);
  assert.equal(events.length, 3, 'two visits before its publication day: which one it reports is in doubt');
  assert.deepEqual(articles(events.find((e) => !e.date)!), ['u9']);
  const own = visit('a1:4', 'a1', '2022-03-08', null, 'The delegation was the first in years.');
  assert.equal(mergeMentions([SATURDAY, JUNE, own]).length, 3, 'being in the same article as one of them is no tie without doubt');
  // the later visit is outside the time an article of 2021-06-20 can speak of: the June visit is its one candidate
  const early = visit('u8:0', 'u8', '2021-06-20', null, 'A delegation from the State Department flew to Caracas for talks with the Venezuelan government.');
  const merged = mergeMentions([SATURDAY, JUNE, early]);
  assert.equal(merged.length, 2);
  assert.deepEqual(articles(merged.find((e) => e.date!.start === '2021-06-01')!), ['j1', 'u8']);
  // without a publication date the time its article can speak of is unknown: only an explicit reference ties it
  assert.equal(mergeMentions([SATURDAY, visit('u7:0', 'u7', null, null, SIMILAR)]).length, 2);
});

test('event dates say where they come from: the summary sentence, other mentions, or a publication day', () => {
  const stated = { ...SATURDAY, dateFrom: 'expression', dateText: 'on Saturday' };
  const [one] = mergeMentions([stated]);
  assert.deepEqual(one!.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day', basis: 'stated', expression: 'on Saturday', articleId: 'a1' });
  const undatedBetter = { ...visit('u9:0', 'u9', '2022-03-10', null, SIMILAR), confidence: 0.99 };
  const [inherited] = mergeMentions([stated, undatedBetter]);
  assert.equal(inherited!.summary, SIMILAR);
  assert.deepEqual(inherited!.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day', basis: 'inherited', expression: 'on Saturday', articleId: 'a1' });
  const news = { ...visit('n1:0', 'n1', '2022-03-07', '2022-03-07..2022-03-07/day', 'US officials are visiting Caracas.'), dateFrom: 'published' };
  const [day] = mergeMentions([news]);
  assert.deepEqual(day!.date, { start: '2022-03-07', end: '2022-03-07', precision: 'day', basis: 'published', expression: null, articleId: 'n1' });
});

test('a sentence that carries two mentions of one event is its evidence once, with trigger and actor spans', () => {
  const s = 'Venezuela and the United States agreed to restore ties and signed an accord.';
  const a = { ...mention(['s1:0', 's1', '2022-01-02', 's.example', null, 'VENGOV', 'VEN', 'USAGOV', 'USA', '057', null, 0.8, s]), sentenceStart: 0, triggerSpan: [32, 38] as [number, number], sourceSpan: [0, 9] as [number, number], targetSpan: [14, 31] as [number, number] };
  const b = { ...a, id: 's1:1', code: '05', triggerSpan: [57, 63] as [number, number] };
  const events = mergeMentions([a, b]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.mentions.length, 1);
  assert.deepEqual(events[0]!.mentions[0]!.triggerSpan, [32, 38]);
  assert.deepEqual(events[0]!.mentions[0]!.sourceSpan, [0, 9]);
  assert.equal(events[0]!.mentions[0]!.outlet, 's.example');
});

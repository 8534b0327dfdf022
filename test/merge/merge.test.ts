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
  assert.deepEqual(e.date, { start: '2021-06-09', end: '2021-06-09', precision: 'day' });
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
  assert.deepEqual(e.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day' });
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
  assert.deepEqual(sanctions[0]!.date, { start: '2019-04-01', end: '2019-04-30', precision: 'month' });
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
  assert.deepEqual(merged[0]!.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day' });
  const alone = mergeMentions([weak('p1', '2022-03-07'), weak('p2', '2022-03-08')]);
  assert.equal(alone.length, 1, 'two reports of the day, one day apart');
  assert.deepEqual(alone[0]!.date, { start: '2022-03-07', end: '2022-03-07', precision: 'day' });
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
  const events = mergeMentions([a!, { ...b!, date: { start: '2022-03-09', end: '2022-03-01', precision: 'week' } }, { ...b!, id: 'b1:9', date: { start: 'soon', end: 'later', precision: 'day' } }]);
  assert.equal(events.reduce((n, e) => n + e.mentions.length, 0), 3);
  assert.ok(events.every((e) => !e.date || e.date.start <= e.date.end));
});

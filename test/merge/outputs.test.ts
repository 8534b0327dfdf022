import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvTable, dyadSeries, eventRow, filterEvents, formatEventDate, formatTimeline, mergeMentions, normalizeBound, parseEventFilter, sparkline, toCsv, toJsonl, EVENT_COLUMNS } from '../../src/merge/index.js';
import type { StoryEvent } from '../../src/types.js';
import { scenario } from './helpers.js';

const ev = (id: string, source: string, target: string, start: string | null, precision: 'day' | 'month' | 'year', code: string, goldstein: number, quadClass: 1 | 2 | 3 | 4): StoryEvent => ({
  id, date: start ? { start, end: precision === 'day' ? start : precision === 'month' ? start.slice(0, 8) + '28' : start.slice(0, 4) + '-12-31', precision } : null,
  source, sourceCountry: source.slice(0, 3), target, targetCountry: target.slice(0, 3), code, root: code.slice(0, 2), plover: '', goldstein, quadClass,
  summary: 's', sources: 1, background: false, firstReported: null, mentions: [],
});

test('formatEventDate at each precision', () => {
  assert.equal(formatEventDate({ start: '2019-01-01', end: '2019-12-31', precision: 'year' }), '2019');
  assert.equal(formatEventDate({ start: '2022-03-01', end: '2022-03-31', precision: 'month' }), '2022-03');
  assert.equal(formatEventDate({ start: '2022-03-05', end: '2022-03-05', precision: 'day' }), '2022-03-05');
  assert.equal(formatEventDate({ start: '2023-10-01', end: '2023-12-31', precision: 'quarter' }), '2023-Q4');
  assert.equal(formatEventDate({ start: '2022-03-05', end: '2022-03-06', precision: 'week' }), '2022-03-05/06');
  assert.equal(formatEventDate({ start: '2021-12-27', end: '2022-01-02', precision: 'week' }), '2021-12-27/2022-01-02');
  assert.equal(formatEventDate({ start: '2010-01-01', end: '2019-12-31', precision: 'decade' }), '2010s');
  assert.equal(formatEventDate(null), 'undated');
});

test('csvField quotes commas, quotes and line breaks (RFC 4180)', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(-2.5), '-2.5');
  assert.equal(csvField(false), 'false');
  assert.equal(csvTable(['a', 'b'], [[1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
});

test('event rows carry GDELT-like columns', () => {
  const [e] = mergeMentions(scenario('weekendMeeting'));
  const row = eventRow(e!);
  assert.deepEqual(Object.keys(row), [...EVENT_COLUMNS]);
  assert.equal(row.date, '20220305');
  assert.equal(row.num_mentions, 2);
  assert.equal(row.num_sources, 2);
  assert.equal(row.source_url, 'https://outlet-two.example/b1');
  const csv = toCsv([row], EVENT_COLUMNS);
  assert.equal(csv.split('\r\n').length, 3);
  assert.ok(csv.includes(',Senior United States officials travelled to Caracas on Saturday to meet members of the Venezuelan government.\r\n'));
  assert.equal(toJsonl([row, row]).split('\n').length, 3);
  assert.equal(toJsonl([]), '');
});

test('sparkline: range, blanks for gaps, flat series', () => {
  assert.equal(sparkline([0, 5, 10]), '▁▅█');
  assert.equal(sparkline([-10, null, 10], { min: -10, max: 10 }), '▁ █');
  assert.equal(sparkline([2, 2]), '▄▄');
  assert.equal(sparkline([]), '');
});

test('dyadSeries: both directions, gaps filled, coarse and undated events counted apart', () => {
  const events = [
    ev('1', 'USAGOV', 'VENGOV', '2022-01-10', 'day', '042', 2, 1),
    ev('2', 'VEN', 'USA', '2022-01-20', 'day', '112', -2, 3),
    ev('3', 'USA', 'VEN', '2022-03-01', 'day', '163', -8, 4),
    ev('4', 'USA', 'VEN', '2022-02-01', 'year', '161', -4, 4),
    ev('5', 'USA', 'VEN', null, 'day', '040', 1, 1),
    ev('6', 'USA', 'CUB', '2022-02-02', 'day', '040', 1, 1),
  ];
  const s = dyadSeries(events, 'USA', 'VEN', 'month');
  assert.deepEqual(s.periods.map((p) => p.period), ['2022-01', '2022-02', '2022-03']);
  const jan = s.periods[0]!;
  assert.deepEqual(jan.ab, { events: 1, quadClass: [1, 0, 0, 0], goldsteinSum: 2, goldsteinMean: 2 });
  assert.deepEqual(jan.ba, { events: 1, quadClass: [0, 0, 1, 0], goldsteinSum: -2, goldsteinMean: -2 });
  assert.deepEqual(jan.total, { events: 2, quadClass: [1, 0, 1, 0], goldsteinSum: 0, goldsteinMean: 0 });
  assert.equal(s.periods[1]!.total.events, 0);
  assert.equal(s.periods[1]!.total.goldsteinMean, null);
  assert.equal(s.undated, 1);
  assert.equal(s.coarser, 1);
  const y = dyadSeries(events, 'VEN', 'USA', 'year');
  assert.equal(y.periods[0]!.ab.events, 1, 'a→b is VEN→USA now');
  assert.equal(y.periods[0]!.total.events, 4);
  assert.equal(y.periods[0]!.total.goldsteinSum, -12);
  assert.equal(y.periods[0]!.total.goldsteinMean, -3);
  const q = dyadSeries(events, 'USA', 'VEN', 'quarter');
  assert.deepEqual(q.periods.map((p) => p.period), ['2022-Q1']);
});

test('filterEvents: actor by code prefix or country, dyad either way, dates overlap, code prefix', () => {
  const events = [ev('1', 'USAGOV', 'VENGOV', '2022-01-10', 'day', '042', 2, 1), ev('2', 'VEN', 'CUB', '2019-01-01', 'year', '161', -4, 4), ev('3', 'USA', 'CUB', null, 'day', '040', 1, 1)];
  assert.deepEqual(filterEvents(events, { actor: 'USA' }).map((e) => e.id), ['1', '3']);
  assert.deepEqual(filterEvents(events, { actor: 'VENGOV' }).map((e) => e.id), ['1']);
  assert.deepEqual(filterEvents(events, { dyad: ['CUB', 'VEN'] }).map((e) => e.id), ['2']);
  assert.deepEqual(filterEvents(events, { from: '2019-06-01', to: '2019-06-30' }).map((e) => e.id), ['2']);
  assert.deepEqual(filterEvents(events, { code: '04' }).map((e) => e.id), ['1', '3']);
});

test('parseEventFilter and normalizeBound', () => {
  assert.equal(normalizeBound('2022', false), '2022-01-01');
  assert.equal(normalizeBound('2022', true), '2022-12-31');
  assert.equal(normalizeBound('2024-02', true), '2024-02-29');
  assert.equal(normalizeBound('2022-13', true), null);
  assert.deepEqual(parseEventFilter({ dyad: 'usa, ven', from: '2019', code: '04' }), { dyad: ['USA', 'VEN'], from: '2019-01-01', code: '04' });
  assert.throws(() => parseEventFilter({ dyad: 'USA' }), /--dyad/);
  assert.throws(() => parseEventFilter({ code: 'talks' }), /--code/);
});

test('formatTimeline: one line per event with date, code name, actors, summary and sources', () => {
  const events = mergeMentions([...scenario('background'), ...scenario('dateContradiction')]);
  const text = formatTimeline(events, { codeName: (c) => (c === '161' ? 'Reduce or break diplomatic relations' : null) });
  const lines = text.trim().split('\n');
  assert.equal(lines.length, events.length);
  assert.match(lines[0]!, /^2018 +Reduce or break diplomatic relations \(161\) +MARGOV → IRNGOV .*\[3 sources: .*\].*date also reported as 2019 \(1 article: k2\)/);
  const md = formatTimeline(events, { md: true, title: 'T' });
  assert.match(md, /^# T\n/);
  assert.match(md, /^## 2018$/m);
  assert.match(md, /^## Sources$/m);
});

test('an unidentified attacker (source code "") makes an event of its own, shown as "unidentified"', async () => {
  const { mention } = await import('./helpers.js');
  const m = mention(['u1', 'a1', '2012-10-19', 'example.com', null, '', null, 'LBNSPY', 'LBN', '1832', '2012-10-19..2012-10-19/day', 0.8, 'A car bomb killed Lebanon\'s intelligence chief in Beirut on Friday.']);
  const events = mergeMentions([m]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.source, '');
  assert.match(formatTimeline(events), /unidentified → LBNSPY/);
  assert.deepEqual(filterEvents(events, parseEventFilter({ actor: 'LBN' })).length, 1);
});

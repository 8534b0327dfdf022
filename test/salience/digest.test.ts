// The digest: periods, readable sentences, numbered citations, Markdown that article text cannot break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions } from '../../src/merge/index.js';
import { buildDigest, digestJson, formatDigest, periodOf, readableSentence, scoreEvents } from '../../src/salience/index.js';
import { mentions } from './helpers.js';

test('periodOf: ISO weeks (Monday to Sunday, the year of their Thursday) and months', () => {
  assert.deepEqual(periodOf('2011-01-25', 'week'), { key: '2011-W04', start: '2011-01-24', end: '2011-01-30' });
  assert.deepEqual(periodOf('2011-01-30', 'week'), { key: '2011-W04', start: '2011-01-24', end: '2011-01-30' });
  assert.deepEqual(periodOf('2010-01-03', 'week'), { key: '2009-W53', start: '2009-12-28', end: '2010-01-03' });
  assert.deepEqual(periodOf('2008-12-29', 'week'), { key: '2009-W01', start: '2008-12-29', end: '2009-01-04' });
  assert.deepEqual(periodOf('2021-01-01', 'week'), { key: '2020-W53', start: '2020-12-28', end: '2021-01-03' });
  assert.deepEqual(periodOf('2012-02-10', 'month'), { key: '2012-02', start: '2012-02-01', end: '2012-02-29' });
});

test('readableSentence drops page furniture at the start and keeps the news word for word', () => {
  const cases: [string, string][] = [
    ['(CNN) -- President Barack Obama spoke to Hosni Mubarak by telephone.', 'President Barack Obama spoke to Hosni Mubarak by telephone.'],
    ['CAIRO, Egypt (CNN) -- Thousands marched.', 'Thousands marched.'],
    ['(Update 4:50 a.m. in Cairo, 9:50 p.m. ET) National Security Council spokesman Tommy Vietor said so.', 'National Security Council spokesman Tommy Vietor said so.'],
    ['Update 3:00 a.m. in Cairo, 8:00 p.m. ET) U.S. President Barack Obama urged restraint.', 'U.S. President Barack Obama urged restraint.'],
    ["CNN's Frederik Pleitgen reports updated: Tue Sep 11 2007 15:52:00 German authorities received a warning.", 'German authorities received a warning.'],
    ['AZUZ: President Obama called President Medvedev yesterday.', 'President Obama called President Medvedev yesterday.'],
    ['-- for the first time since the protests began, the army spoke.', 'For the first time since the protests began, the army spoke.'],
    ['Mubarak (pictured) said he would stay.', 'Mubarak (pictured) said he would stay.'],
    ['NATO: the alliance met in Brussels.', 'The alliance met in Brussels.'],
    ['The U.S. and Egypt (both allies) -- met.', 'The U.S. and Egypt (both allies) -- met.'],
    ['WASHINGTON (Reuters) - The State Department said so.', 'The State Department said so.'],
    ['By the CNN Wire Staff The moment Egypt was free NEW: Moussa speaks Cairo, Egypt (CNN) -- Egyptian President Hosni Mubarak stepped down Friday.', 'Egyptian President Hosni Mubarak stepped down Friday.'],
    ['Cairo, Egypt (CNN) -- Thousands of workers went on strike.', 'Thousands of workers went on strike.'],
    ['Ministers of the United Nations (UN) - a body of 193 states - met.', 'Ministers of the United Nations (UN) - a body of 193 states - met.'],
  ];
  for (const [a, b] of cases) assert.equal(readableSentence(a), b, a);
});

const corpus = mentions([
  { article: 'a1', published: '2011-01-25', date: '2011-01-25', code: '190', domain: 'one.example', sentence: '(CNN) -- Police fought protesters in Suez on Tuesday [see *video*].' },
  { article: 'a2', published: '2011-01-25', date: '2011-01-25', code: '190', domain: 'two.example', sentence: 'Police and protesters fought in Suez, killing three.' },
  { article: 'a3', published: '2011-01-26', date: '2011-01-26', code: '042', source: 'USAGOV', target: 'EGYGOV', domain: 'one.example', sentence: 'The envoy visited Cairo <script>alert(1)</script>.' },
  { article: 'a4', published: '2011-01-26', date: '2011-01-26', code: '010', sentence: 'The police commented on the protests.' },
  { article: 'a5', published: '2011-02-02', date: '2011-02-02', code: '193', source: 'EGYCOP', target: 'EGYCVL', domain: 'two.example', sentence: 'Police shot protesters dead in Alexandria.' },
  { article: 'a6', published: '2011-03-01', date: '2011-02-01..2011-02-28/month', code: '172', sentence: 'The internet was cut in February.' },
]);

test('buildDigest: per week, the top events by salience in date order, citations numbered by first use', () => {
  const events = mergeMentions(corpus);
  const scores = scoreEvents(events, corpus);
  const d = buildDigest(events, scores, { by: 'week', top: 2 });
  assert.deepEqual(d.periods.map((p) => p.period), ['2011-W04', '2011-W05']);
  const w4 = d.periods[0]!;
  assert.equal(w4.entries.length, 2);
  assert.deepEqual(w4.entries.map((x) => x.event.date!.start), ['2011-01-25', '2011-01-26'], 'date order, one per day');
  assert.equal(w4.entries[0]!.event.code, '190');
  assert.equal(w4.entries[1]!.event.code, '042', 'the visit outranks the comment on its day');
  assert.deepEqual(w4.entries[0]!.cites, [1, 2]);
  assert.deepEqual(w4.entries[1]!.cites, [3], 'each event cites the articles that report it');
  assert.deepEqual(d.periods[1]!.entries[0]!.cites, [4]);
  assert.deepEqual(d.sources.map((s) => [s.n, s.articleId]), [[1, 'a1'], [2, 'a2'], [3, 'a3'], [4, 'a5']]);
  // by month the month-precision event is still no moment; a month holds the four key days
  const m = buildDigest(events, scores, { by: 'month', top: 5 });
  assert.deepEqual(m.periods.map((p) => [p.period, p.entries.length]), [['2011-01', 2], ['2011-02', 1]]);
  const json = digestJson(d);
  assert.equal(json.periods[0]!.events[0]!.sentence, 'Police fought protesters in Suez on Tuesday [see *video*].');
  assert.ok(json.periods[0]!.events[0]!.salience > 0);
  assert.deepEqual(json.periods[0]!.events[0]!.citations, [1, 2]);
});

test('formatDigest: a Markdown brief whose article text cannot become links, emphasis or HTML', () => {
  const events = mergeMentions(corpus);
  const d = buildDigest(events, scoreEvents(events, corpus), { by: 'week', top: 2 });
  const md = formatDigest(d, { title: 'Key events by week: all actors', label: (c) => `label ${c}`, codeName: (c) => (c === '190' ? 'Use conventional military force' : null) });
  assert.match(md, /^# Key events by week: all actors\n/);
  assert.match(md, /\n## Week 04 of 2011, 2011-01-24 to 2011-01-30\n/);
  assert.match(md, /- \*\*2011-01-25\*\*: Police fought protesters in Suez on Tuesday \\\[see \\\*video\\\*\\\]\. \[1\]\[2\]\n/);
  assert.match(md, /_label EGYCOP → label EGYCVL: Use conventional military force \(190\); 2 independent sources; salience 0\.\d\d_/);
  assert.match(md, /The envoy visited Cairo \\<script\\>alert\(1\)\\<\/script\\>\./);
  assert.doesNotMatch(md, /<script>/);
  assert.match(md, /\n## Sources\n\n1\. <https:\/\/one\.example\/a1>, published 2011-01-25 \(corpus\/a1\.txt\)\n2\. <https:\/\/two\.example\/a2>/);
  assert.match(formatDigest(buildDigest([], new Map())), /No dated events to report/);
});

// The Timeline17 reader used by `npm run eval:timeline` (scripts/lib/timeline17.ts), on hand-written samples in the
// benchmark's formats: nothing here reads the benchmark itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  byArticleCount, dateF1, detokenize, eventDayCeiling, parseArticles, parseTimeline, publicationCounts, readTopicFiles, sentenceReferenceCounts, topKeys,
} from '../../scripts/lib/timeline17.js';

test('detokenize undoes Penn Treebank tokenization', () => {
  const cases: [string, string][] = [
    ["CNN Student News - 1\\/26\\/11 Download PDF maps related to today 's show : THIS IS A RUSH TRANSCRIPT .", "CNN Student News - 1/26/11 Download PDF maps related to today's show: THIS IS A RUSH TRANSCRIPT."],
    ['AZUZ : The place : Washington , D.C. .', 'AZUZ: The place: Washington, D.C.'],
    ["It does n't need to be in person , and we ca n't , wo n't and can not stop .", "It doesn't need to be in person, and we can't, won't and cannot stop."],
    ["saying `` I just want to do my bit '' , while the queue tried not to cry .", 'saying "I just want to do my bit", while the queue tried not to cry.'],
    ["Clashes continue around Cairo 's Tahrir -LRB- Liberation -RRB- Square .", "Clashes continue around Cairo's Tahrir (Liberation) Square."],
    ['The UK government pledged # 50m -LRB- $ 96m -RRB- , about 1 % of it .', 'The UK government pledged £50m ($96m), about 1% of it.'],
    ["The protesters ' demands were met ; were n't they ?", "The protesters' demands were met; weren't they?"],
    ["He said ` no ' and left ... then came back -- twice !", "He said 'no' and left... then came back -- twice!"],
    ["They 're sure we 've won , I 'm told they 'll say he 'd go , and find 'em .", "They're sure we've won, I'm told they'll say he'd go, and find 'em."],
    ['-LSB- sic -RSB- and -LCB- braces -RCB- and 5 \\* 3', '[sic] and {braces} and 5 * 3'],
  ];
  for (const [ptb, text] of cases) assert.equal(detokenize(ptb), text, ptb);
});

test('articles CSV: date and one PTB sentence per line, quoted fields with newlines and doubled quotes', () => {
  const csv = 'date,text\n2011-01-25,"Protesters clash with police .\nThey said `` enough \'\' , "" loudly "" .\n"\nnot-a-date,"ignored ."\n2011-01-26,"One more day ."\n';
  const arts = parseArticles(csv);
  assert.deepEqual(arts, [
    { date: '2011-01-25', sentences: ['Protesters clash with police.', 'They said "enough", "loudly".'] },
    { date: '2011-01-26', sentences: ['One more day.'] },
  ]);
});

test('expert timeline: date blocks with Python-list summaries, separated by dashes', () => {
  const tl = parseTimeline([
    '2011-01-25',
    `"['As many as 20000 protesters spill into the streets .', ""Egypt 's largest bloc calls for protests .""]"`,
    '--------------------------------',
    '2011-01-26',
    'Police use water cannons -LRB- and tear gas -RRB- .',
    '--------------------------------',
    '',
  ].join('\n'));
  assert.deepEqual(tl, [
    { date: '2011-01-25', sentences: ['As many as 20000 protesters spill into the streets.', "Egypt's largest bloc calls for protests."] },
    { date: '2011-01-26', sentences: ['Police use water cannons (and tear gas).'] },
  ]);
});

test('readTopicFiles reads gzipped articles and the timeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-tl17-'));
  try {
    writeFileSync(join(dir, 't.articles.csv.gz'), gzipSync('date,text\n2005-01-02,"A bomb exploded in Baghdad on Sunday ."\n'));
    writeFileSync(join(dir, 't.timeline.txt'), "2005-01-02\n['A bomb exploded .']\n---------\n");
    const { articles, timeline } = readTopicFiles(join(dir, 't.articles.csv.gz'), join(dir, 't.timeline.txt'));
    assert.equal(articles.length, 1);
    assert.deepEqual(timeline.map((d) => d.date), ['2005-01-02']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('date F1: precision over selected days, recall over expert days, repeated days once', () => {
  assert.deepEqual(dateF1(['2011-01-25', '2011-01-26', '2011-01-26', '2011-01-30'], ['2011-01-25', '2011-01-26', '2011-01-27', '2011-01-28']), { precision: 2 / 3, recall: 0.5, f1: 2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), hits: 2 });
  assert.equal(dateF1([], ['2011-01-25']).f1, 0);
  assert.equal(dateF1(['2011-01-25'], ['2011-01-25']).f1, 1);
});

test('baselines: days by publications and by sentences that name them (time stage)', () => {
  const arts = [
    { date: '2011-01-26', sentences: ['Protesters marched on Tuesday.', 'Police used tear gas on Tuesday and again on Wednesday.', 'Nothing is dated here.'] },
    { date: '2011-01-26', sentences: ['On January 25 thousands marched.'] },
    { date: '2011-01-28', sentences: ['The internet was cut yesterday.'] },
  ];
  assert.deepEqual([...publicationCounts(arts)], [['2011-01-26', 2], ['2011-01-28', 1]]);
  const refs = sentenceReferenceCounts(arts);
  assert.equal(refs.get('2011-01-25'), 3, 'two sentences name Tuesday, one January 25 (each sentence once)');
  assert.equal(refs.get('2011-01-26'), 1);
  assert.equal(refs.get('2011-01-27'), 1);
  assert.deepEqual(topKeys(refs, 2), ['2011-01-25', '2011-01-26'], 'ties go to the earlier day');
});

test('article-count ranking takes one event per day, days only; the ceiling counts event days', () => {
  const ev = (date: string | null, precision: string, articles: string[]) => ({ date: date ? { start: date, end: date, precision } : null, mentions: articles.map((articleId) => ({ articleId })) });
  const events = [ev('2011-01-25', 'day', ['a', 'b', 'b']), ev('2011-01-25', 'day', ['c']), ev('2011-01-28', 'day', ['d']), ev('2011-01-01', 'month', ['a', 'b', 'c', 'd']), ev(null, 'day', ['a', 'b', 'c'])];
  assert.deepEqual(byArticleCount(events, 5), ['2011-01-25', '2011-01-28']);
  assert.equal(eventDayCeiling(events, ['2011-01-25', '2011-01-26']), dateF1(['2011-01-25', '2011-01-28'], ['2011-01-25', '2011-01-26']).f1);
});

// Date lines, numeric-date disambiguation, publication-date choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLine, explicitDates, numericDates, weekdayReferences } from '../../src/clean/dates.js';
import { bodyContradicts, choosePublished } from '../../src/clean/published.js';

test('date lines: bylines, page-header dates, comment timestamps, ISO timestamps', () => {
  assert.equal(dateLine('Friday, June 4th 2021 - 18:20 UTC')?.value, '2021-06-04T18:20:00Z');
  assert.equal(dateLine('Lima, May 2nd 2019 - 08:00 UTC')?.value, '2019-05-02T08:00:00Z');
  assert.equal(dateLine('Jan 3rd, 2020 - 9:15 pm 12')?.value.slice(0, 10), '2020-01-03');
  assert.equal(dateLine('2019-11-30T08:15+0000')?.value, '2019-11-30T08:15:00+00:00');
  assert.equal(dateLine('Sunday, 7 March 2021')?.value, '2021-03-07');
  assert.equal(dateLine('Publié le 5 mars 2022 à 10h00')?.value.slice(0, 10), '2022-03-05');
  assert.equal(dateLine('The treaty signed on 5 March 2022 changed the rules for every member state.'), null);
});

test('numeric dates: weekday settles the day/month order, else convention', () => {
  // 03.05.2022 read as 3 May would be a Tuesday; with "Saturday" it is 5 March.
  assert.equal(numericDates('on Saturday (03.05.2022) the talks')[0]?.value, '2022-03-05');
  assert.equal(numericDates('on Tuesday (03.05.2022) the talks')[0]?.value, '2022-05-03');
  assert.equal(numericDates('on 03.05.2022')[0]?.value, '2022-05-03');
  assert.equal(numericDates('on 03/05/2022')[0]?.value, '2022-03-05');
  assert.equal(numericDates('on 25/12/2021')[0]?.value, '2021-12-25');
  assert.deepEqual(numericDates('version 1.2.2022x'), []);
});

test('explicit dates and weekday references in a body', () => {
  const body = 'Officials met on Monday. The accord of 12 January 2021 expired. Elections were held in 2019.';
  assert.deepEqual(explicitDates(body).map((d) => d.value), ['2021-01-12']);
  assert.ok(weekdayReferences(body).length >= 1);
});

test('body contradiction of a page date', () => {
  const body = 'The minister arrived on Saturday (12.02.2022) and left on Sunday.';
  assert.deepEqual(bodyContradicts('2022-09-01', body)?.anchor, '2022-02-12');
  assert.equal(bodyContradicts('2022-02-14', body), null);
  assert.equal(bodyContradicts('2022-09-01', 'The minister arrived on 12.02.2022.'), null);
});

test('ranking: reliable sources win, agreement adds, page dates are set apart', () => {
  const r = choosePublished([
    { value: '2024-04-26', from: 'site-header', evidence: 'x', weight: 2 },
    { value: '2022-03-08T09:54:00Z', from: 'byline', evidence: 'y', weight: 6 },
  ], 'body');
  assert.equal(r.published, '2022-03-08T09:54:00Z');
  assert.equal(r.publishedFrom, 'byline');
  assert.equal(r.pageDate, '2024-04-26');
  const s = choosePublished([
    { value: '2020-01-01', from: 'text', evidence: 'a', weight: 3 },
    { value: '2020-02-02', from: 'url', evidence: 'b', weight: 6 },
  ], '');
  assert.equal(s.published, '2020-02-02');
  assert.equal(choosePublished([{ value: '2020-02-02', from: 'crawl', evidence: 'c', weight: 9 }], '').published, null);
});

test('labels: updated dates are revision dates, "published" wins on a two-date line; relative words are no dates', () => {
  assert.equal(dateLine('Last updated: January 12, 2026.')?.note, 'modified');
  assert.equal(dateLine('Aktualisiert am 3. Mai 2021')?.note, 'modified');
  const two = dateLine('Published 5 March 2022, 10:00 | Updated 6 March 2022, 12:00');
  assert.equal(two?.value.slice(0, 10), '2022-03-05');
  assert.equal(dateLine('Save 75% Today!'), null);
  assert.equal(dateLine('Setup in 10 minutes'), null);
});

test('an "updated" line under the title is not the publication date', async () => {
  const { cleanDocument } = await import('../../src/clean/index.js');
  const a = cleanDocument({ origin: 'u', text: 'Best hiking boots for wet weather\nUpdated March 3, 2025\nWe tested twenty pairs of hiking boots over two winters of rain, mud and snow to find the ones that keep feet dry.' });
  assert.equal(a.published, null);
  assert.ok(a.dateCandidates.some((c) => c.from === 'modified'));
  assert.ok(!a.text.includes('Updated March'));
});

test('month words come from the date parser itself; text without one spares the locale parsers', async () => {
  const { chronoMonthWords, monthWordTest } = await import('../../src/clean/months.js');
  const words = chronoMonthWords(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']);
  for (const w of ['march', 'sept', 'marzo', 'janvier', 'märz', 'outubro', 'settembre', 'oktober']) assert.ok(words.includes(w), w);
  const has = monthWordTest(['en', 'fr', 'de']);
  assert.ok(has('Le 3 mars 2022 à Paris'));
  assert.ok(has('Sept. 4, 2021'));
  assert.ok(!has('Marseille, 2022: 14 points'), 'an abbreviation inside a longer word is not a month');
  assert.ok(!has('Votes: 2022 for, 14 against'));
  // the dates the parsers find are the same with the filter in front of them
  assert.deepEqual(explicitDates('Publicado el 8 de marzo de 2022').map((d) => d.value), ['2022-03-08']);
  assert.deepEqual(explicitDates('Posted 2022/03/08 at 10:30 am').map((d) => d.value.slice(0, 10)), ['2022-03-08']);
  assert.deepEqual(explicitDates('Final score 2022 to 14, after extra time'), []);
});

// Each cleaning rule on fixtures that are not the seeds (other topics, other layouts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanDocument } from '../../src/clean/index.js';
import type { CleanArticle } from '../../src/types.js';

function clean(name: string, extra: Record<string, string> = {}): CleanArticle {
  return cleanDocument({ origin: name, text: readFileSync(`test/fixtures/clean/${name}`, 'utf8'), ...extra });
}
const paragraphs = (a: CleanArticle) => a.text.split(/\n\s*\n/).filter((p) => p.trim());
const reasons = (a: CleanArticle, needle: string) => a.removed.filter((r) => r.text.includes(needle)).map((r) => r.reason);

test('forum-style comment thread without a marker: handle + text + timestamp blocks go', () => {
  const a = clean('forum-thread.txt');
  assert.equal(a.title, 'Riverside council approves new bridge budget after long debate');
  assert.equal(paragraphs(a).length, 3);
  assert.ok(a.text.includes('Construction is expected to begin next spring'));
  for (const s of ['riverfan77', 'Finally!', 'waste of money', 'Sep 15th']) assert.ok(!a.text.includes(s), s);
  assert.deepEqual(reasons(a, 'waste of money'), ['comment']);
  assert.equal(a.published, '2021-09-14');
});

test('comment section marker cuts the thread; byline gives the author', () => {
  const a = clean('forum-marker.txt');
  assert.equal(a.author, 'Marta Lindqvist');
  assert.equal(paragraphs(a).length, 3);
  assert.ok(!a.text.includes('sailor_joe') && !a.text.includes('inflation'));
  assert.deepEqual(reasons(a, 'Comments (3)'), ['comment section']);
  assert.equal(a.published, null);
});

test('footer with contact, copyright, social and tag lines goes; repeated contact line too', () => {
  const a = clean('footer-contact.txt');
  assert.equal(paragraphs(a).length, 3);
  for (const s of ['newsroom@', '+44 20', 'All rights reserved', 'Follow us', 'flooding, weather', 'Valley Daily News']) assert.ok(!a.text.includes(s), s);
  assert.ok(a.text.endsWith('within a month.'));
  assert.ok(reasons(a, 'newsroom@').every((r) => r === 'contact line'));
});

test('a doubled article is kept once, in first order, with no title invented', () => {
  const a = clean('doubled.txt');
  assert.equal(a.title, null);
  const ps = paragraphs(a);
  assert.equal(ps.length, 3);
  assert.ok(ps[0]!.startsWith('Scientists have found'));
  assert.ok(ps[2]!.startsWith('The researchers warned'));
  assert.equal(a.removed.filter((r) => r.reason === 'repeated paragraph').length, 3);
});

test('a caption stating a body sentence twice goes; the body copy stays once', () => {
  const a = clean('caption-repeat.txt');
  assert.ok(!a.text.includes('resurfaced at an auction last year.'));
  assert.ok(a.removed.some((r) => r.reason === 'caption copy'));
  assert.equal(a.text.split('taken from the family').length - 1, 1);
  assert.ok(a.text.includes("taken from the family's home in 1941 during the war"));
});

test('header date contradicted by the body is a page date; weekday settles 05/04/2023; teasers go', () => {
  const a = clean('header-date.txt');
  assert.equal(a.title, 'Central bank raises interest rates to fight inflation');
  assert.equal(a.pageDate, '2023-08-14');
  assert.equal(a.published, null);
  assert.ok(a.dateCandidates.some((c) => c.from === 'body-anchor' && c.value === '2023-04-05'));
  assert.ok(!a.text.includes('Monday, August 14') && !a.text.includes('Home | World'));
  assert.ok(!a.text.includes('Storm cuts power') && !a.text.includes('Latest News') && !a.text.includes('winds of more'));
  assert.ok(a.text.includes('the currency gained against the dollar'));
});

test('an uncontradicted header date is accepted as a weak publication date', () => {
  const text = 'Saturday, 2 March 2024\n\nTown library reopens after renovation\n\nThe town library reopened its doors to readers after a renovation that took almost a year and cost two million euros.\n\nThe new building has a children\'s room, a café and longer opening hours.';
  const a = cleanDocument({ origin: 't', text });
  assert.equal(a.published, '2024-03-02');
  assert.equal(a.publishedFrom, 'site-header');
});

test('dateline under the title gives the publication date and leaves the text', () => {
  const a = clean('dateline.txt');
  assert.equal(a.published, '2021-06-12T14:05:00Z');
  assert.equal(a.publishedFrom, 'byline');
  assert.ok(!a.text.includes('Published 12 June'));
  assert.equal(a.title, 'Fishing quotas cut for second year in a row');
});

test('no date anywhere: published stays null; crawl date is never used', () => {
  const a = cleanDocument({ origin: 'no-date.txt', text: readFileSync('test/fixtures/clean/no-date.txt', 'utf8'), crawledAt: '2024-05-01T10:00:00Z' });
  assert.equal(a.published, null);
  assert.equal(a.publishedFrom, null);
  assert.equal(a.pageDate, null);
  assert.equal(paragraphs(a).length, 3);
});

test('non-English article: language, Spanish dateline and Spanish boilerplate', () => {
  const a = clean('spanish.txt');
  assert.equal(a.language, 'es');
  assert.equal(a.published, '2023-03-03');
  assert.ok(!a.text.includes('Lee también') && !a.text.includes('Compartir'));
  assert.equal(paragraphs(a).length, 3);
});

test('record metadata: URL gives the source, given title is removed from the text', () => {
  const a = cleanDocument({
    origin: 'r.jsonl#1',
    url: 'https://www.example.co.uk/news/2022/05/17/story.html',
    title: 'Ministers meet to discuss grain exports',
    text: 'Ministers meet to discuss grain exports\n\nAgriculture ministers from five countries met in the capital to discuss how to restart grain exports blocked by the conflict.',
  });
  assert.equal(a.source, 'example.co.uk');
  assert.equal(a.published, '2022-05-17');
  assert.equal(a.publishedFrom, 'url');
  assert.ok(!a.text.includes('Ministers meet to discuss grain exports\n'));
  assert.ok(a.text.startsWith('Agriculture ministers'));
});

test('short or empty text: no crash, null language', () => {
  const a = cleanDocument({ origin: 'e', text: '' });
  assert.equal(a.text, '');
  assert.equal(a.language, null);
  const b = cleanDocument({ origin: 'e', text: 'Hello' });
  assert.equal(b.language, null);
});

test('headline followed by a subtitle: the headline is the title, the subtitle the description', () => {
  const text = [
    'Rail strike halts trains across the country',
    'Unions say the walkout will continue until the government reopens talks on pensions and pay',
    'Train services were suspended across the country on Thursday as rail workers began an open-ended strike over pension reform, the national operator said.',
    'Only a handful of regional lines were running, and commuters crowded onto buses and shared taxis in the capital.',
  ].join('\n');
  const a = cleanDocument({ origin: 's', text });
  assert.equal(a.title, 'Rail strike halts trains across the country');
  assert.ok(a.description?.startsWith('Unions say the walkout'));
  assert.ok(a.text.startsWith('Train services were suspended'));
});

test('key/value metadata block at the top gives url, date, title', () => {
  const text = 'URL: https://www.daily.example.com/world/quake\nDate: 2020-10-30\nTitle: Earthquake shakes coastal towns\n\nEarthquake shakes coastal towns\n\nA strong earthquake shook towns along the coast on Friday, damaging buildings and cutting power to thousands of homes, officials said.';
  const a = cleanDocument({ origin: 'm', text });
  assert.equal(a.url, 'https://www.daily.example.com/world/quake');
  assert.equal(a.source, 'example.com');
  assert.equal(a.published, '2020-10-30');
  assert.equal(a.publishedFrom, 'record-header');
  assert.equal(a.title, 'Earthquake shakes coastal towns');
  assert.ok(a.text.startsWith('A strong earthquake'));
});

test('agency photo captions, share bars, teaser links and pagination go', () => {
  const text = [
    'Ministers agree on new rules for drones',
    'Transport ministers agreed on Tuesday on common rules for the use of drones near airports, after a series of incidents that disrupted flights last year.',
    'A drone flies near the runway of an airport outside the capital, June 5, 2019. REUTERS/Jane Doe',
    'Share 0 Tweet 0 Email',
    'The rules require every drone heavier than 250 grams to be registered and to carry an electronic identification.',
    'Read more: Airports test systems to detect drones',
    'Page 1 of 2',
  ].join('\n');
  const a = cleanDocument({ origin: 'd', text });
  for (const s of ['REUTERS', 'Share 0', 'Read more', 'Page 1 of 2']) assert.ok(!a.text.includes(s), s);
  assert.equal(a.text.split('\n\n').length, 2);
});

test('a given title whose copy in the text carries a site suffix: the copy is the title line', () => {
  const a = cleanDocument({
    origin: 'j#2', title: 'Wildfire forces evacuation of mountain villages',
    text: 'Wildfire forces evacuation of mountain villages - The Valley Post\nFirefighters ordered the evacuation of four mountain villages on Sunday as a wildfire driven by strong winds spread across dry pine forest.',
  });
  assert.equal(a.title, 'Wildfire forces evacuation of mountain villages');
  assert.ok(a.text.startsWith('Firefighters ordered'));
  assert.ok(a.removed.some((r) => r.reason === 'title'));
});

test('a comment link inside the article does not cut the body that clearly resumes after it', () => {
  const body = [
    'The national statistics office said on Tuesday that unemployment fell to its lowest level in fifteen years, helped by strong hiring in construction and tourism.',
    'The rate dropped to 6.1 percent in the second quarter, down from 6.8 percent a year earlier, with the largest falls among young people and women.',
    'Economists warned that many of the new jobs were temporary and that wages had not kept pace with inflation over the same period.',
    'The labour minister welcomed the figures and said the government would extend a training programme for the long-term unemployed next year.',
    'Opposition parties said the numbers hid regional differences, with unemployment still above ten percent in the poorer southern provinces.',
  ];
  const text = ['Unemployment falls to fifteen-year low', body[0], body[1], 'Hiring was strongest in the hotel sector, which added nearly forty thousand jobs ahead of a record summer season.', 'Comments (0)', body[2], body[3], body[4]].join('\n');
  const a = cleanDocument({ origin: 'c', text });
  for (const b of body) assert.ok(a.text.includes(b), b.slice(0, 30));
  assert.equal(paragraphs(a).length, 6);
  assert.ok(a.removed.some((r) => r.text === 'Comments (0)' && r.reason === 'comment section'));
  assert.ok(!a.text.includes('Comments (0)'));
});

test('a one-line text record is the article, not a title with no body (found by the robustness pass)', () => {
  const line = 'The foreign minister of France met the president of Germany in Berlin on Monday, officials said. Ref 22222222222222222222';
  const a = cleanDocument({ origin: 'one-line', text: line });
  assert.equal(a.text, line);
  // With a body below it, a headline line is still the title.
  const b = cleanDocument({ origin: 'two', text: `France and Germany hold talks in Berlin\n\n${line.replace(/ Ref \d+$/, '')} The talks went on for hours.` });
  assert.equal(b.title, 'France and Germany hold talks in Berlin');
});

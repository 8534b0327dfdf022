// Publication dates read from the article header of HTML pages (src/clean/html/pubdate.ts), with their evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/clean/html/index.js';
import { labelBefore } from '../../src/clean/html/pubdate.js';
import { datesInText } from '../../src/clean/html/dates.js';

const page = (head: string, body: string, lang = 'en'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>T</title>${head}</head><body><header><nav><a href="/">Home</a> <span class="date">Monday, 1 January 2024</span></nav></header>` +
  `<main><article>${body}<div class="content"><p>${'The council met in the evening and discussed the new budget for the libraries of the district at length. '.repeat(4)}</p>` +
  `<p>${'Residents spoke for and against the plan, and the vote was postponed to the next session of the council. '.repeat(3)}</p></div></article></main></body></html>`;

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o })}</script>`;

test('the byline date under the headline wins over a differing JSON-LD date; a same-day timestamp adds the time', () => {
  const a = extractHtml(page(ld({ datePublished: '2025-06-24' }), '<h1>Budget approved for libraries</h1><div><span>Jane Doe</span><span>August 25, 2024</span></div>'));
  assert.equal(a.published, '2024-08-25');
  assert.equal(a.publishedFrom, 'header');
  const b = extractHtml(page(ld({ datePublished: '2024-08-25T09:30:00+02:00' }), '<h1>Budget approved for libraries</h1><p class="by">By Jane Doe · Aug 25, 2024</p>'));
  assert.equal(b.published, '2024-08-25T09:30:00+02:00');
});

test('the local date shown under the headline beats a UTC timestamp of the next day', () => {
  const r = extractHtml(page('<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">', '<h1>Budget approved for libraries</h1><div>Posted on December 18, 2025 by Jane Doe</div>'));
  assert.equal(r.published?.slice(0, 10), '2025-12-18');
});

test('"updated" dates are never the publication date; a page with only an updated date has none', () => {
  const only = extractHtml(page('<meta property="article:modified_time" content="2025-09-04T19:24:33Z">', '<h1>Budget approved for libraries</h1><div><span>Last updated:</span> <time datetime="2025-09-04">Sep 4, 2025</time></div>'));
  assert.equal(only.published, null);
  assert.ok(only.dateCandidates.some((c) => c.from === 'modified' && c.weight === 0), 'kept as evidence');
  const two = extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Published 3 March 2023 · Updated 5 June 2024</div>'));
  assert.equal(two.published, '2023-03-03');
  const unlabelledFirst = extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Mar 3, 2023 | Last updated on Jun 5, 2024 | 4 min read</div>'));
  assert.equal(unlabelledFirst.published, '2023-03-03');
  const split = extractHtml(page('', '<h1>Budget approved for libraries</h1><p>By Ann Lee, updated by Bo Chan 2025-04-10</p>'));
  assert.equal(split.published, null);
});

test('an unlabelled date equal to the modified metadata is the update shown alone: published metadata wins', () => {
  const r = extractHtml(page(ld({ datePublished: '2015-04-06T13:52:00-04:00', dateModified: '2025-09-28T06:58:21-04:00' }), '<h1>Budget approved for libraries</h1><div class="meta">September 28, 2025</div>'));
  assert.equal(r.published, '2015-04-06T13:52:00-04:00');
});

test('relative times, dates inside prose and non-publication labels give no date', () => {
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Jane Doe · 2 days ago</div>')).published, null);
  const prose = '<h1>Budget approved for libraries</h1><p>This year’s fair, held from February 25-27, 2025, in the town hall, drew thousands of visitors from the whole region and beyond, organisers said on the last evening.</p>';
  assert.equal(extractHtml(page('', prose)).published, null);
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Last checked: 2025-10-28</div>')).published, null);
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Offer valid through 01/23/2026</div>')).published, null);
});

test('the site-header date above the headline area is not the article date', () => {
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><p>Jane Doe</p>')).published, null);
});

test('other languages: labels and month names', () => {
  const de = extractHtml(page('', '<h1>Haushalt für Bibliotheken beschlossen</h1><div>Veröffentlicht am 3. März 2023</div>', 'de'));
  assert.equal(de.published, '2023-03-03');
  const fr = extractHtml(page('', '<h1>Le budget des bibliothèques adopté</h1><div>publié le 12 avril 2022, mis à jour le 14 avril 2022</div>', 'fr'));
  assert.equal(fr.published, '2022-04-12');
});

test('numeric dates: slash order from the language, dotted/dashed day first, metadata settles an ambiguous one', () => {
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>03/10/2023 by Jane Doe</div>', 'en-US')).published, '2023-03-10');
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>03/10/2023 by Jane Doe</div>', 'en-GB')).published, '2023-10-03');
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>Jane Doe 02-12-2025</div>')).published, '2025-12-02');
  const settled = extractHtml(page(ld({ datePublished: '2024-09-10T16:07:00Z' }), '<h1>Budget approved for libraries</h1><div>Jane Doe 09.10.2024</div>'));
  assert.equal(settled.published?.slice(0, 10), '2024-09-10');
});

test('a URL date confirmed by metadata outranks an unrelated date after the headline', () => {
  const r = extractHtml(
    page('<meta property="article:published_time" content="2021-01-18T19:55:00+01:00">', '<h1>Budget approved for libraries</h1><ul><li><a href="/x">2021-08-09 Another story entirely</a></li></ul>'),
    'https://news.example/2021/01/18/budget-libraries',
  );
  assert.equal(r.published?.slice(0, 10), '2021-01-18');
});

test('<time pubdate> is the page’s own statement', () => {
  const r = extractHtml(page(ld({ dateCreated: '2025-08-08' }) + '<meta property="article:published_time" content="2025-08-08T00:00:00-04:00">', '<h1>Budget approved for libraries</h1><div class="pubinfo">Published <time pubdate datetime="2025-08-13">August 13, 2025</time></div>'));
  assert.equal(r.published?.slice(0, 10), '2025-08-13');
});

test('labels and date reading', () => {
  assert.equal(labelBefore('Last updated on '), 'modified');
  assert.equal(labelBefore('Posted on the '), 'published');
  assert.equal(labelBefore('Veröffentlicht am '), 'published');
  assert.equal(labelBefore('Effective beginning '), 'other');
  assert.equal(labelBefore('By Jane Doe · '), null);
  assert.deepEqual(datesInText('Posted on June 29, 2020 November 12, 2021').map((d) => d.value), ['2020-06-29', '2021-11-12']);
  assert.deepEqual(datesInText('5 min read · 12 comments'), []);
});

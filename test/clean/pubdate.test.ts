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

test('attribute names written in camel case (React markup) are read like lower-case ones', () => {
  const r = extractHtml(page('<meta itemProp="datePublished" content="2024-11-22T22:28:12Z">', '<h1>Budget approved for libraries</h1><p>Jane Doe</p>'));
  assert.equal(r.published, '2024-11-22T22:28:12Z');
  const t = extractHtml(page('', '<h1>Budget approved for libraries</h1><div class="meta">By Jane Doe <time dateTime="2024-05-06T08:00:00Z">6 May</time></div>'));
  assert.equal(t.published?.slice(0, 10), '2024-05-06');
});

test('the label written before a date element decides what it is: reviewed, modified, published', () => {
  const reviewed = extractHtml(page('', '<h1>Budget approved for libraries</h1><p>Jane Doe</p><div class="field"><div class="field__label">Date Last Reviewed:</div><div class="field__item"><time datetime="2025-04-14T12:00:00Z">April 2025</time></div></div>'));
  assert.equal(reviewed.published, null);
  const modified = extractHtml(page('', '<h1>Budget approved for libraries</h1><p>Jane Doe</p><p>Page last modified <span class="datetime"><time datetime="2025-01-17T13:39:16-0500">Jan. 17, 2025</time> @ <time datetime="2025-01-17T13:39:16-0500">01:39 PM</time></span></p>'));
  assert.equal(modified.published, null);
  assert.ok(modified.dateCandidates.some((c) => c.from === 'modified'));
  const published = extractHtml(page('', '<h1>Budget approved for libraries</h1><div class="details"><h3>Published</h3><p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p></div>'));
  assert.equal(published.published?.slice(0, 10), '2024-08-30');
});

test('dates of teaser cards and dated lists are not the page’s date', () => {
  const card = (d: string, t: string) => `<article class="teaser"><h2><a href="/${t}">${t} story of the week</a></h2><time datetime="${d}">${d}</time></article>`;
  const cards = extractHtml(page('', `<h1>Budget approved for libraries</h1><p>Jane Doe</p></article><section>${card('2021-12-08', 'one')}${card('2022-01-25', 'two')}</section><article>`));
  assert.equal(cards.published, null);
  const hub = (d: string) => `<div class="link"><div class="link__head"><span class="link__type">Blog</span><span class="link__date">${d}</span></div><div class="link__title">A story</div></div>`;
  const list = extractHtml(page('', `<h1>Budget approved for libraries</h1><p>Jane Doe</p><div class="hub">${hub('12.18.2025')}${hub('12.16.2025')}</div>`));
  assert.equal(list.published, null);
  const events = extractHtml(page('', '<h1>Top conferences of 2026</h1><ul class="events"><li><div class="date">March 16, 2026</div><h2>Expo</h2></li><li><div class="date">March 17, 2026</div><h2>Summit</h2></li></ul>'));
  assert.equal(events.published, null);
  // An author box written as a nested <article> inside the article is still the article's own byline.
  const nested = extractHtml(
    '<html lang="en"><body><h1>Budget approved for libraries</h1><article class="node"><footer class="author"><div>By <article><a href="/u/jane">Jane Doe</a></article></div>' +
      '<span class="author__meta-date">March 30, 2023</span></footer><p>' + 'The council met and discussed the budget at length. '.repeat(8) + '</p></article></body></html>',
  );
  assert.equal(nested.published, '2023-03-30');
  // The page's own published/updated pair is not a list.
  const pair = extractHtml(page('', '<h1>Budget approved for libraries</h1><div class="dates"><span class="d">Published 3 March 2023</span><span class="d">Updated 5 June 2024</span></div>'));
  assert.equal(pair.published, '2023-03-03');
});

test('periods, dates inside links to other sites and a repeated updated date are not publication dates', () => {
  assert.equal(extractHtml(page('', '<p>DATE: 2025-12-12 - 2025-12-17</p><h1>Weekend coding agent</h1>')).published, null);
  assert.equal(extractHtml(page('', '<h1>Budget approved for libraries</h1><div>12 – 17 December 2025, Town Hall</div>')).published, null);
  const quoted = extractHtml(page('', '<h1>Free online courses</h1><p>Posted on <a href="https://forum.other.example/t/1">the statistics association forum on 2025-07-09</a>:</p>'), 'https://uni.example/resources/courses');
  assert.equal(quoted.published, null);
  const permalink = extractHtml(page('', '<h1>Budget approved for libraries</h1><p>Jane Doe · <a href="https://platform.example/p/123">Dec 30, 2013</a></p>'), 'https://janedoe.example/budget');
  assert.equal(permalink.published, '2013-12-30');
});

test('a "published" label is read even in a wordy header line; the first headline with text is the headline', () => {
  const wordy = extractHtml(page('', '<h1>What is an online course?</h1><div><span>Posted on</span> <span>Nov 21, 2018</span> <span>Updated at</span> <span>Dec 10, 2025</span> <span>Reading time 5 Minutes</span> <span>Written by Eliz, product marketer</span> <a href="/trial">Start your free trial today</a> <a href="/contact">Get in touch with our sales team now</a></div>'));
  assert.equal(wordy.published, '2018-11-21');
  const empty = extractHtml(page('', '<h1></h1><h1>Budget approved for libraries</h1><p>Jane Doe, 4 May 2022</p>'));
  assert.equal(empty.published, '2022-05-04');
});

test('"originally published on …" anywhere in the text outranks the updated date in the header', () => {
  const r = extractHtml(page('', '<h1>Living in a tiny home</h1><p>Chris Carroll 30 Sep 2022, 11:07am</p><p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p>'));
  assert.equal(r.published, '2019-09-26');
  assert.equal(r.publishedFrom, 'original');
  const noDate = extractHtml(page('', '<h1>Living in a tiny home</h1><p>Chris Carroll 30 Sep 2022</p><p>This article was originally published on The Conversation. Read the original article of 26 Sep 2019.</p>'));
  assert.equal(noDate.published, '2022-09-30');
});

test('microdata and data attributes that name the publication date', () => {
  const prop = extractHtml(page('', '<h1>Budget approved for libraries</h1><p>Jane Doe</p><p><span itemprop="published-date" content="Published Oct 20, 2025 at 5:00 PM PST">Oct 20</span></p>'));
  assert.equal(prop.published, '2025-10-20');
  const data = extractHtml('<html lang="en"><body data-pubdate="2022-10-05" data-lastmod="2025-12-02"><h1>Beginner’s guide</h1><p>' + 'Search engines read pages. '.repeat(12) + '</p></body></html>');
  assert.equal(data.published, '2022-10-05');
});

test('date elements of one template showing different days are a list (related posts), not the page’s date', () => {
  const card = (d: string) => `<div class="loop-item"><div class="wrap"><div class="inner"><ul class="post-info"><li class="info-item" itemprop="datePublished"><a href="/${d}/"><span class="info-date"><time>${d}</time></span></a></li></ul></div></div><h3>Another story</h3></div>`;
  const r = extractHtml(page('<meta property="article:published_time" content="2024-11-13T06:36:52+00:00">', '<h1>Budget approved for libraries</h1><p>Jane Doe</p>') .replace('</main>', `<section class="more">${card('December 16, 2025')}${card('December 11, 2025')}${card('December 1, 2025')}</section></main>`));
  assert.equal(r.published?.slice(0, 10), '2024-11-13');
  assert.ok(!r.dateCandidates.some((c) => c.weight > 0 && c.value.startsWith('2025-12')), 'no list entry is a candidate');
});

test('the headline may be a legend or paragraph that reads like the title when no <h1> does; loose text after it is read', () => {
  const r = extractHtml(
    '<html lang="en"><head><title>Advent of Code 2025 week 2</title><meta property="og:site_name" content="Roger’s Blog"></head><body><div class="title"><h1><a href="/">Roger’s Blog</a></h1></div><fieldset><legend>Advent of Code 2025 week 2</legend> 20 December 2025 <div class="body"><p>' +
      'I did the puzzles again and had a really good time, with spoilers below for each of the days. '.repeat(4) + '</p></div></fieldset></body></html>',
  );
  assert.equal(r.published, '2025-12-20');
});

test('a site’s front page has no publication date of its own', () => {
  const html = page('<meta property="article:published_time" content="2021-05-24T15:24:38+00:00">', '<h1>Welcome to our firm</h1><p>Jane Doe</p>');
  assert.equal(extractHtml(html, 'https://firm.example/').published, null);
  assert.equal(extractHtml(html, 'https://firm.example/en/').published, null);
  assert.equal(extractHtml(html, 'https://firm.example/?p=123').published?.slice(0, 10), '2021-05-24');
  assert.equal(extractHtml(html, 'https://firm.example/news/welcome').published?.slice(0, 10), '2021-05-24');
});

test('camel-case attribute names are lowered only where they carry a value', async () => {
  const { lowerCamelAttributes } = await import('../../src/clean/html/index.js');
  assert.equal(lowerCamelAttributes('<time dateTime="2024-05-06">x</time>'), '<time datetime="2024-05-06">x</time>');
  assert.equal(lowerCamelAttributes('<p>Set the dateTime field first</p>'), '<p>Set the dateTime field first</p>');
});

test('the stated revision date is kept as `modified`, beside and never instead of the publication date', async () => {
  const { cleanDocument } = await import('../../src/clean/index.js');
  const { modifiedDate } = await import('../../src/clean/published.js');
  const only = cleanDocument({ origin: 'only.html', html: page('<meta property="article:modified_time" content="2025-09-04T19:24:33Z">', '<h1>Budget approved for libraries</h1><div><span>Last updated:</span> <time datetime="2025-09-04">Sep 4, 2025</time></div>') });
  assert.equal(only.published, null);
  assert.equal(only.modified?.slice(0, 10), '2025-09-04');
  const two = cleanDocument({ origin: 'two.html', html: page('', '<h1>Budget approved for libraries</h1><div>Published 3 March 2023 · Updated 5 June 2024</div>') });
  assert.deepEqual([two.published, two.modified], ['2023-03-03', '2024-06-05']);
  const none = cleanDocument({ origin: 'none.html', html: page('<meta property="article:published_time" content="2023-03-03">', '<h1>Budget approved for libraries</h1>') });
  assert.equal(none.modified, null);
  // the latest revision wins; one before the publication day is inconsistent evidence and is dropped
  const c = (value: string, from = 'modified') => ({ value, from, evidence: value, weight: 0 });
  assert.equal(modifiedDate([c('2024-01-02'), c('2024-05-06T10:00:00Z'), c('2024-05-06'), c('2024-07-01', 'jsonld')], null), '2024-05-06T10:00:00Z');
  assert.equal(modifiedDate([c('2022-01-02')], '2023-03-03'), null);
});

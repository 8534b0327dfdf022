import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractHtml, normalizeDateValue, parseDateInText, dateFromUrl, stripSiteName } from '../../src/clean/html/index.js';

const fx = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

test('full article: metadata from JSON-LD @graph, og and canonical', () => {
  const r = extractHtml(fx('article-full.html'), 'https://ledger.example/x?utm=1');
  assert.equal(r.title, 'Harbour bridge reopens after repairs');
  assert.equal(r.author, 'Mara Lindqvist');
  assert.equal(r.siteName, 'The Coastal Ledger');
  assert.equal(r.language, 'en');
  assert.equal(r.url, 'https://ledger.example/news/harbour-bridge-reopens');
  assert.equal(r.description, 'The harbour bridge reopened on Tuesday.');
  assert.equal(r.published, '2024-03-05T08:15:00+01:00');
  assert.equal(r.publishedFrom, 'jsonld:datePublished');
  assert.ok(r.dateCandidates.some((c) => c.from === 'jsonld:datePublished' && c.weight > 0));
  assert.ok(!r.dateCandidates.some((c) => c.value.startsWith('2024-03-09') && c.weight > 0), 'modified date is never a candidate');
  assert.ok(r.dateCandidates.some((c) => c.value.startsWith('2024-03-09') && c.from === 'modified' && c.weight === 0), 'kept as evidence only');
});

test('full article: body kept, comments/related/share/newsletter/cookie/nav removed', () => {
  const r = extractHtml(fx('article-full.html'), null);
  const text = r.paragraphs.join('\n\n');
  assert.match(text, /reopened to traffic on Tuesday morning/);
  assert.match(text, /four hundred bolts/);
  assert.match(text, /review the total cost/);
  assert.ok(r.paragraphs.includes('Traffic returns'), 'heading is its own paragraph');
  assert.ok(r.paragraphs.includes('Speed limit on the bridge stays at forty kilometres per hour.'), 'list item is its own paragraph');
  assert.ok(r.paragraphs.some((p) => p.startsWith('We are relieved')), 'blockquote kept');
  for (const bad of [/taxpayers/, /northern suburbs/, /12 comments/, /Ferry timetable/, /Share on Facebook/, /newsletter/i, /cookies/, /Copyright/, /Sport/]) {
    assert.doesNotMatch(text, bad);
  }
  assert.ok(r.removed.some((x) => /comments/.test(x.reason)), 'comment removal recorded');
  assert.ok(!r.paragraphs.some((p) => / {2}|\n/.test(p)), 'whitespace normalised');
  assert.ok(!r.paragraphs.includes('By Mara Lindqvist'), 'byline is not body text');
});

test('og + article:modified_time only: no publication date', () => {
  const r = extractHtml(fx('modified-only.html'), 'https://tagesblatt.example/verkehr/neue-regeln');
  assert.equal(r.published, null);
  assert.equal(r.publishedFrom, null);
  assert.equal(r.dateCandidates.filter((c) => c.weight > 0).length, 0);
  assert.equal(r.title, 'Neue Regeln für den Stadtverkehr');
  assert.equal(r.language, 'de');
  assert.equal(r.siteName, 'Tagesblatt Nord');
});

test('time element in article meta, byline author, site suffix stripped', () => {
  const r = extractHtml(fx('time-element.html'), null);
  assert.equal(r.published, '2022-09-14');
  assert.match(r.publishedFrom ?? '', /^(time-element|header)$/);
  assert.equal(r.title, 'Council approves new library budget');
  assert.equal(r.author, 'Priya Natarajan');
  const text = r.paragraphs.join('\n');
  assert.match(text, /six to one/);
  assert.doesNotMatch(text, /Read more|School bus routes|Most read/);
});

test('URL date pattern is a candidate', () => {
  const html = fx('no-date.html');
  const r = extractHtml(html, 'https://paper.example/2021/07/30/river-cleanup/');
  assert.equal(r.published, '2021-07-30');
  assert.equal(r.publishedFrom, 'url');
  const r2 = extractHtml(html, 'https://paper.example/news/20190412-river-cleanup.html');
  assert.equal(r2.published, '2019-04-12');
});

test('page with no date at all gives null', () => {
  const r = extractHtml(fx('no-date.html'), 'https://paper.example/about/volunteers');
  assert.equal(r.published, null);
  assert.deepEqual(r.dateCandidates, []);
  assert.equal(r.paragraphs.length, 3);
  assert.equal(r.title, 'About our river cleanup volunteers');
  assert.equal(r.author, null);
});

test('broken or empty HTML never throws', () => {
  for (const bad of ['', '   ', '<html', '<<<>>>', '<div><p>unclosed <b>bold', '\u0000\u0001binary', '<script>{{{</script>']) {
    const r = extractHtml(bad, 'not a url');
    assert.ok(Array.isArray(r.paragraphs));
    assert.equal(r.published, null);
  }
  assert.deepEqual(extractHtml('', null).paragraphs, []);
  // @ts-expect-error wrong type on purpose
  assert.deepEqual(extractHtml(null, null).paragraphs, []);
});

test('stray element between </head> and <body> does not lose the body', () => {
  const html = `<html><head><title>T</title></head><script>var x=1;</script><body><article><h1>Storm closes ferry port</h1>${'<p>The ferry port closed on Friday as a storm brought winds of more than one hundred kilometres per hour to the coast and cancelled all crossings.</p>'.repeat(4)}</article></body></html>`;
  const r = extractHtml(html, null);
  assert.ok(r.paragraphs.length >= 1);
  assert.match(r.paragraphs.join(' '), /ferry port closed/);
});

test('date helpers', () => {
  assert.equal(normalizeDateValue('2024-01-02T03:04:05.000+0100'), '2024-01-02T03:04:05+01:00');
  assert.equal(normalizeDateValue('2024/1/2'), '2024-01-02');
  assert.equal(normalizeDateValue('20240102'), '2024-01-02');
  assert.equal(normalizeDateValue('2024-02-30'), null);
  assert.equal(normalizeDateValue('Tue, 05 Mar 2024 10:00:00 GMT'), '2024-03-05');
  assert.equal(normalizeDateValue('yesterday'), null);
  assert.equal(parseDateInText('Posted on March 3, 2024 by staff')?.value, '2024-03-03');
  assert.equal(parseDateInText('3 hours ago'), null);
  assert.equal(parseDateInText('in March 2024'), null, 'no day: no date');
  assert.equal(dateFromUrl('https://x.example/2023/01/02/story')?.value, '2023-01-02');
  assert.equal(dateFromUrl('https://x.example/2023/01/story'), null);
  assert.equal(dateFromUrl('https://x.example/id/123456789'), null);
});

test('site name suffix/prefix stripping', () => {
  assert.equal(stripSiteName('Big rise in rents | City Post', 'City Post', null), 'Big rise in rents');
  assert.equal(stripSiteName('Big rise in rents - citypost.example', null, 'https://www.citypost.example/a'), 'Big rise in rents');
  assert.equal(stripSiteName('City Post: Big rise in rents this year', 'City Post', null), 'City Post: Big rise in rents this year');
  assert.equal(stripSiteName('Mayor - the early years of a career in politics', null, null), 'Mayor - the early years of a career in politics');
});

test('several JSON-LD authors are joined; organisation only when no person', async () => {
  const { joinNames } = await import('../../src/clean/html/meta.js');
  assert.equal(joinNames(['A B']), 'A B');
  assert.equal(joinNames(['A B', 'C D']), 'A B and C D');
  assert.equal(joinNames(['A', 'B', 'C']), 'A, B, and C');
  const ld = (author: string): string => `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Wind farm approved","author":${author}}</script></head><body><h1>Wind farm approved</h1><p>x</p></body></html>`;
  assert.equal(extractHtml(ld('[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}]')).author, 'Ana Ruiz and Tom Berg');
  assert.equal(extractHtml(ld('[{"@type":"Organization","name":"Daily Wire Service"},{"@type":"Person","name":"Ana Ruiz"}]')).author, 'Ana Ruiz');
  assert.equal(extractHtml(ld('{"@type":"Person","name":"https://example.org/staff/ana"}')).author, null, 'never a URL');
});

test('author cleaning: prefixes, glued byline, dates and reading times', async () => {
  const { cleanAuthor } = await import('../../src/clean/html/meta.js');
  const { patterns } = await import('../../src/clean/html/patterns.js');
  const p = patterns();
  assert.equal(cleanAuthor('By Jane Roe', p), 'Jane Roe');
  assert.equal(cleanAuthor('Written by: Jane Roe', p), 'Jane Roe');
  assert.equal(cleanAuthor('ByJane Roe', p), 'Jane Roe');
  assert.equal(cleanAuthor('Jane Roe | Staff Writer', p), 'Jane Roe');
  assert.equal(cleanAuthor('Jane Roe, March 3, 2024', p), 'Jane Roe');
  assert.equal(cleanAuthor('August 28, 2025 • 5 min read', p), null);
  assert.equal(cleanAuthor('Name *', p), null);
  assert.equal(cleanAuthor('Jane Roe says:', p), null);
});

test('quality pass: boilerplate, author bio, date line and link lists around the body', async () => {
  const { qualityPass } = await import('../../src/clean/html/content.js');
  const { patterns } = await import('../../src/clean/html/patterns.js');
  const long = 'The regional water board approved the new reservoir plan after a long public hearing in which farmers and residents spoke for hours about costs.';
  const blocks = [
    { text: 'Home News Politics', tag: 'P', linkChars: 18 },
    { text: 'March 3, 2024', tag: 'P', linkChars: 0 },
    { text: long, tag: 'P', linkChars: 0 },
    { text: 'Sources: Board minutes', tag: 'LI', linkChars: 22 },
    { text: long.replace('reservoir', 'canal'), tag: 'P', linkChars: 0 },
    { text: 'Subscribe to our newsletter for daily updates', tag: 'P', linkChars: 0 },
    { text: 'Jane Roe is a freelance writer covering water policy.', tag: 'P', linkChars: 0 },
    { text: 'Ferry fares to rise next year', tag: 'LI', linkChars: 29 },
  ];
  const removed: { text: string; reason: string }[] = [];
  const out = qualityPass(blocks, { title: null, author: 'Jane Roe', pats: patterns() }, removed);
  assert.deepEqual(out, [long, 'Sources: Board minutes', long.replace('reservoir', 'canal')]);
  assert.equal(removed.length, 5);
});

test('URL dates with the month written as a word', () => {
  assert.equal(dateFromUrl('https://x.example/blog/2023/october/03/wine-styles')?.value, '2023-10-03');
  assert.equal(dateFromUrl('https://x.example/2023/m%C3%A4rz/3/artikel')?.value, '2023-03-03');
  assert.equal(dateFromUrl('https://x.example/2023/news/03/story'), null);
});

test('titles: a line break in the headline separates words; an <h1> unrelated to every metadata title is a label', () => {
  const br = extractHtml('<html><head><title>Weekend Coding Agent</title></head><body><h1>WEEKEND<br>CODING<br><span>AGENT</span></h1><p>x</p></body></html>');
  assert.equal(br.title, 'WEEKEND CODING AGENT');
  const label = extractHtml('<html><head><meta property="og:title" content="Cybersecurity Sector Update, Fall 2025"></head><body><h1>M&amp;A Updates</h1><p>x</p></body></html>');
  assert.equal(label.title, 'Cybersecurity Sector Update, Fall 2025');
  const variant = extractHtml('<html><head><meta property="og:title" content="Fall 2025 cybersecurity update"></head><body><h1>Cybersecurity in autumn</h1><p>x</p></body></html>');
  assert.equal(variant.title, 'Cybersecurity in autumn');
});

const body = (inner: string): string => `<!doctype html><html><head><title>Harbour pilots strike</title></head><body><article><h1>Harbour pilots strike</h1>${inner}</article></body></html>`;
const prose = (topic: string): string =>
  `<p>The harbour pilots walked out on Monday over ${topic}, leaving a dozen freighters waiting at anchor outside the breakwater while negotiators met in the port authority building for a second day.</p>`;

test('calls to action: a button link and its short box go, the article stays', () => {
  const html = body(`${prose('night shifts')}${prose('pension rules')}
    <div class="promo"><h3>Planning a shipment?</h3><p>Our brokers find you a berth.</p><a class="btn btn-primary" href="/q">Request a quote</a></div>
    ${prose('training budgets')}<p>Read the <a class="wp-block-button__link" href="/r">full report</a></p>`);
  const r = extractHtml(html, null);
  const text = r.paragraphs.join('\n');
  assert.match(text, /night shifts/);
  assert.match(text, /training budgets/);
  for (const bad of [/Planning a shipment/, /Our brokers/, /Request a quote/, /full report/]) assert.doesNotMatch(text, bad);
  assert.ok(r.removed.some((x) => x.reason === 'pre-prune call to action' && /Planning a shipment/.test(x.text)));
});

test('calls to action: one button per card of a listing is content, not a promotion', () => {
  const card = (n: number): string => `<div class="card"><h3>Pilot boat ${n}</h3><p>Twin engines, crew of ${n + 2}, based at the north quay.</p><a class="btn" href="/b${n}">See details</a></div>`;
  const html = body(`${prose('night shifts')}<section>${card(1)}</section><p>Between the cards.</p><section>${card(2)}</section><section>${card(3)}</section>${prose('pension rules')}`);
  const text = extractHtml(html, null).paragraphs.join('\n');
  for (const n of [1, 2, 3]) assert.match(text, new RegExp(`Pilot boat ${n}`));
});

test('quality pass: trailing notes in italics go, an all-italic text stays', async () => {
  const { qualityPass } = await import('../../src/clean/html/content.js');
  const { patterns } = await import('../../src/clean/html/patterns.js');
  const long = 'The regional water board approved the new reservoir plan after a long public hearing in which farmers and residents spoke for hours about costs.';
  const note = 'This story was produced with support from a regional journalism fund.';
  const ctx = { title: null, author: null, pats: patterns() };
  const upright = [
    { text: long, tag: 'P', linkChars: 0, emChars: 0 },
    { text: long.replace('reservoir', 'canal'), tag: 'P', linkChars: 0, emChars: 0 },
    { text: note, tag: 'P', linkChars: 0, emChars: note.length },
  ];
  const removed: { text: string; reason: string }[] = [];
  assert.deepEqual(qualityPass(upright, ctx, removed), [long, long.replace('reservoir', 'canal')]);
  assert.ok(removed.some((x) => x.reason === 'post-pass trailing note'));
  const italic = upright.map((b) => ({ ...b, emChars: b.text.length }));
  assert.equal(qualityPass(italic, ctx, []).length, 3, 'a poem or an all-italic page keeps its last paragraph');
});

test('blocks record italic text', async () => {
  const { blocksOf } = await import('../../src/clean/html/content.js');
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<html><body><div><p><em>Editor’s note: corrected.</em></p><p>Plain <i>and</i> text.</p></div></body></html>');
  const blocks = blocksOf((document as unknown as Document).body);
  assert.equal(blocks[0]!.emChars, blocks[0]!.text.length);
  assert.equal(blocks[1]!.emChars, 3);
});

test('calls to action: a sign-up form takes its pitch with it; a share button leaves the date line alone', () => {
  const html = body(`<div class="meta-row"><span>Ana Costa</span><span>March 4, 2024</span><button>Share</button></div>
    ${prose('night shifts')}${prose('pension rules')}
    <div class="box"><p>Get more harbour news</p><p>A free weekly letter about ships, ports and the people who run them.</p>
    <form><input type="email"><button>Submit</button></form></div>${prose('training budgets')}`);
  const r = extractHtml(html, null);
  const text = r.paragraphs.join('\n');
  assert.doesNotMatch(text, /Get more harbour news|free weekly letter|Submit/);
  assert.match(text, /training budgets/);
  assert.equal(r.published?.slice(0, 10), '2024-03-04', 'the date line with its button is still read');
});

test('quality pass: promotions and disclosures among the last paragraphs go, not inside the body', async () => {
  const { qualityPass } = await import('../../src/clean/html/content.js');
  const { patterns } = await import('../../src/clean/html/patterns.js');
  const long = 'The regional water board approved the new reservoir plan after a long public hearing in which farmers and residents spoke for hours about costs.';
  const promo = 'If you enjoyed this article, please consider sharing it with a friend.';
  const disclosure = 'Our reviewers test every kettle at home for a month, and the shop links on this page are affiliate links that fund that testing work over the year.';
  const p = (text: string) => ({ text, tag: 'P', linkChars: 0, emChars: 0 });
  const blocks = [p(promo), p(long), p(long.replace('reservoir', 'canal')), p(long.replace('reservoir', 'dam')), p(long.replace('reservoir', 'weir')), p(disclosure), p(promo.replace('friend', 'neighbour'))];
  const removed: { text: string; reason: string }[] = [];
  const out = qualityPass(blocks, { title: null, author: null, pats: patterns() }, removed);
  assert.equal(out[0], promo, 'far from the end it is the article talking');
  assert.ok(!out.includes(disclosure));
  assert.equal(out.length, 5);
  assert.equal(removed.filter((x) => x.reason === 'post-pass trailing promotion').length, 2);
});

test('quality pass: phrase-list furniture is recognised behind leading rules and bullets', async () => {
  const { qualityPass } = await import('../../src/clean/html/content.js');
  const { patterns } = await import('../../src/clean/html/patterns.js');
  const long = 'The regional water board approved the new reservoir plan after a long public hearing in which farmers and residents spoke for hours about costs.';
  const p = (text: string) => ({ text, tag: 'P', linkChars: 0, emChars: 0 });
  const out = qualityPass([p(long), p('---------- Share your story'), p('» Continue reading'), p(long.replace('reservoir', 'canal'))], { title: null, author: null, pats: patterns() }, []);
  assert.deepEqual(out, [long, long.replace('reservoir', 'canal')]);
});

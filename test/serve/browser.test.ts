// The web page in a real headless Chromium (Debian's /usr/bin/chromium through playwright-core).
// Skipped, with the reason, when that browser is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { listen, type Running } from '../../src/serve/index.js';
import { seededStore, bulkStore, type Seeded, XSS_TITLE } from './fixture.js';
import { launchChromium, openPage as open, skip } from './chromium.js';

let seeded: Seeded;
let srv: Running;
let browser: import('playwright-core').Browser | undefined;

before(async () => {
  if (skip) return;
  seeded = await seededStore();
  srv = await listen(seeded.store, 0, '127.0.0.1', { log: () => undefined });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.close();
  await seeded?.cleanup();
});

/** A fresh page of the served site that records dialogs, errors and requests leaving it. */
const openPage = () => open(browser!, srv.url, srv.url);

test('pick a dyad: chart, cited timeline in date order, expandable mentions', { skip }, async () => {
  const { page, dialogs, errors, foreign } = await openPage();
  // the picker is filled from the actors in the events
  await page.waitForSelector('#actor-a option[value="VEN"]', { state: 'attached' });
  const options = await page.$$eval('#actor-a option', (os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const c of ['USA', 'VEN', 'CHN', 'VENGOV']) assert.ok(options.includes(c), c);
  // all events before a choice: the dated ones listed, the undated one counted in a closed group
  await page.waitForSelector('#timeline li.event');
  assert.equal(await page.locator('#timeline li.event').count(), 6);
  assert.match(await page.textContent('#timeline .undated-group summary') ?? '', /^1 undated event/);
  assert.equal(await page.isHidden('#chart-section'), true);

  await page.selectOption('#actor-a', 'USA');
  await page.waitForFunction(() => location.hash.includes('a=USA'));
  await page.selectOption('#actor-b', 'VEN');
  await page.waitForFunction(() => location.hash.includes('b=VEN'));
  await page.waitForSelector('#chart svg g.bar');
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length === 5);
  await page.click('#timeline .undated-group summary');
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length === 6);

  const dates = await page.$$eval('#timeline li.event .event-when', (els) => els.map((e) => e.firstElementChild!.textContent));
  assert.deepEqual(dates, ['2019', '2022-03-05', '2022-03-20', '2022-05-10', '2023-01-01', 'undated'], 'the undated event listed in its group, after the dated ones');
  // chart: one bar group per month from the first to the last dated month, the legend, a Goldstein line
  const bars = await page.locator('#chart svg g.bar').count();
  assert.equal(bars, 11, 'months 2022-03 … 2023-01');
  assert.equal(await page.locator('#chart svg circle.gdot').count(), 3, 'a Goldstein mean for each month with events');
  assert.equal(await page.locator('#chart svg polyline.gline').count(), 0, 'no line drawn across empty months');
  assert.match(await page.textContent('#chart-note') ?? '', /1 undated event/);

  // mentions open with the evidence sentence, a link to the original and to the article view
  const first = page.locator('#timeline li.event').nth(1);
  assert.match(await first.locator('details.sources summary').textContent() ?? '', /1 source/);
  assert.equal(await first.locator('.mention blockquote').isVisible(), false);
  await first.locator('details.sources summary').focus();
  await page.keyboard.press('Enter');
  await first.locator('.mention blockquote').waitFor();
  assert.match(await first.locator('.mention blockquote').textContent() ?? '', /travelled to Southland on Saturday/);
  assert.equal(await first.locator('.cite a[target=_blank]').getAttribute('href'), 'https://news.example.org/2022/03/08/talks.html');
  await first.locator('.cite a', { hasText: 'read the article' }).click();
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('#article-title'), 'Envoys hold weekend talks in the capital');
  assert.match(await page.textContent('.removed') ?? '', /boilerplate.*Share this on social media/s);
  assert.match(await page.textContent('.article-text') ?? '', /broke off relations in 2019/);
  const marks = await page.$$eval('.article-text mark.evidence-mark', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marks, ['Senior officials from Northland travelled to Southland on Saturday and met the government.', 'The two countries broke off relations in 2019 and sanctions followed.'], 'coded sentences are marked in the text');
  assert.equal(await page.locator('.article-text p').count(), 2);

  // back to the dyad; clicking a bar narrows the timeline to that month
  await page.click('#back-link');
  await page.waitForSelector('#chart svg g.bar');
  await page.locator('#chart svg g.bar[data-period="2022-03"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length === 2);
  assert.equal(await page.isVisible('#period-chip'), true);

  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, [], 'no request leaves the server');
  if (process.env.STORYLINE_SCREENSHOTS) await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/dyad.png', fullPage: true });
  await page.close();
});

test('search from the keyboard shows highlighted results', { skip }, async () => {
  const { page, errors } = await openPage();
  await page.waitForSelector('#timeline li.event');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
  await page.keyboard.type('sanctions');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#results li.result');
  assert.equal(await page.locator('#results li.result').count(), 2);
  assert.equal(await page.locator('#results mark').first().textContent(), 'sanctions');
  assert.match(await page.textContent('#search-status') ?? '', /2 articles/);
  await page.fill('#q', 'nothingmatchesthis');
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => /No article/.test(document.getElementById('search-status')!.textContent ?? ''));
  assert.deepEqual(errors, []);
  if (process.env.STORYLINE_SCREENSHOTS) {
    await page.fill('#q', 'sanctions');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results li.result');
    await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/search.png', fullPage: true });
  }
  await page.close();
});

test('hostile article text is shown as text and never runs', { skip }, async () => {
  const { page, dialogs, errors } = await openPage();
  await page.waitForSelector('#timeline li.event');
  // its event summary and evidence sentence in the timeline
  const evt = page.locator('#timeline li.event', { hasText: 'ready to normalise' });
  assert.match(await evt.locator('.summary').textContent() ?? '', /<script>alert\(6\)<\/script>/);
  await evt.locator('details.sources summary').click();
  assert.match(await evt.locator('.mention blockquote').textContent() ?? '', /<b onmouseover=alert\(3\)>met<\/b>/);
  assert.equal(await evt.locator('.mention blockquote b, .mention blockquote script').count(), 0);
  await evt.locator('.mention blockquote').hover();
  // a javascript: URL never becomes a link
  assert.equal(await evt.locator('.cite a[target=_blank]').count(), 0);
  // an RTL override in an origin cannot reorder the citation line around it
  assert.equal(await evt.locator('.cite .origin').evaluate((el) => getComputedStyle(el).unicodeBidi), 'isolate');

  // search result title, then the article view
  await page.fill('#q', 'embargo');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results li.result');
  assert.equal(await page.textContent('#results li.result h2'), XSS_TITLE);
  assert.equal(await page.locator('#results img, #results script').count(), 0);
  await page.click('#results li.result h2 a');
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('#article-title'), XSS_TITLE);
  assert.match(await page.textContent('.article-text') ?? '', /<script>alert\(2\)<\/script>/);
  assert.match(await page.textContent('.removed') ?? '', /<iframe src=/);
  assert.equal(await page.locator('#main img, #main iframe, #main script, #main b').count(), 0);
  const addr = await page.$$eval('.meta-list a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(addr.every((h) => h === null || /^(https?:|#)/.test(h)), String(addr));
  assert.equal(await page.locator('.meta-list .unsafe-url').textContent(), 'javascript:alert(5)', 'a javascript: address is shown as text, not a link');
  assert.equal(await page.locator('.meta-list .unsafe-url').evaluate((el) => getComputedStyle(el).unicodeBidi), 'isolate');
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, [], 'no dialog fired');
  assert.deepEqual(errors, []);
  if (process.env.STORYLINE_SCREENSHOTS) await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/article.png', fullPage: true });
  await page.close();
});

test('dark colour scheme and a narrow screen still render the timeline', { skip }, async () => {
  const ctx = await browser!.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(srv.url + '#/?a=USA&b=VEN&by=year');
  await page.waitForSelector('#chart svg g.bar');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(247, 246, 242)', 'dark background');
  assert.equal(await page.locator('#chart svg g.bar').count(), 5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(overflow, false, 'no horizontal scrolling on a phone');
  if (process.env.STORYLINE_SCREENSHOTS) await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/dark-narrow.png', fullPage: true });
  await ctx.close();
});

test('a long timeline is drawn in pages and the chart copes with many periods', { skip }, async () => {
  const bulk = await bulkStore(450);
  const other = await listen(bulk.store, 0, '127.0.0.1', { log: () => undefined });
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const t0 = Date.now();
    await page.goto(other.url + '#/?a=USA&b=VEN');
    await page.waitForSelector('#chart svg g.bar');
    await page.waitForSelector('#timeline li.event');
    const ms = Date.now() - t0;
    assert.equal(await page.locator('#timeline li.event').count(), 200);
    assert.equal(await page.locator('#chart svg g.bar').count(), 45, 'one bar group per month, 2018-01 … 2021-09');
    await page.click('#timeline .more button');
    assert.equal(await page.locator('#timeline li.event').count(), 400);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('event')), true, 'focus moves to the first new entry');
    await page.click('#timeline .more button');
    assert.equal(await page.locator('#timeline li.event').count(), 450);
    assert.equal(await page.locator('#timeline .more').count(), 0);
    assert.equal(await page.locator('#chart svg polyline.gline').count(), 1, 'one unbroken mean line over contiguous months');
    const rows = await page.locator('#chart-table tbody tr').count();
    assert.equal(rows, 45);
    assert.deepEqual(errors, []);
    process.stderr.write(`# 450 events: first paint of chart + 200 entries in ${ms} ms\n`);
  } finally {
    await page.close();
    await other.close();
    await bulk.cleanup();
  }
});

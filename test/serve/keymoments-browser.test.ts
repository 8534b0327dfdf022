// The key-moments view and the dyad chart's key-moment marks in a real headless Chromium (as browser.test.ts does).
// Skipped, with the reason, when that browser is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type Running } from '../../src/serve/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { scoreEvents, keyMoments } from '../../src/salience/index.js';
import { CORPUS, mention, seed } from '../salience/helpers.js';
import { launchChromium, openPage as open, skip } from './chromium.js';

const HOSTILE = 'Police <img src=x onerror=alert(1)> fought <script>alert(2)</script> protesters in Port Said.';
const corpus = [
  ...CORPUS,
  mention({ article: 'h1', published: '2011-01-30', date: '2011-01-30', code: '190', domain: 'six.example', sentence: HOSTILE }),
  mention({ article: 'h2', published: '2011-01-30', date: '2011-01-30', code: '190', domain: 'seven.example', sentence: 'Security forces fought demonstrators in Port Said on Sunday.' }),
];

const dir = mkdtempSync(join(tmpdir(), 'sl-km-browser-'));
let store: Store;
let srv: Running;
let browser: import('playwright-core').Browser | undefined;
/** Salience of every key moment of the corpus, highest first (what the page must show). */
let saliences: number[] = [];

before(async () => {
  if (skip) return;
  await seed(join(dir, 'k.db'), corpus);
  store = await openStore(join(dir, 'k.db'));
  const events = await store.listEvents();
  const scores = scoreEvents(events, await store.listMentions());
  saliences = keyMoments(events, scores).map((e) => scores.get(e.id)!.salience).sort((x, y) => y - x);
  srv = await listen(store, 0, '127.0.0.1', { log: () => undefined });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await srv?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const openPage = (hash: string) => open(browser!, srv.url + hash, srv.url);

const count = (floor: number) => saliences.filter((s) => s >= floor - 1e-9).length;

test('key moments view: one per day above the slider, the slider narrows and widens the list at once', { skip }, async () => {
  assert.ok(count(0) >= 5 && count(0.5) < count(0), `the corpus spreads salience: ${saliences}`);
  const { page, dialogs, errors, foreign } = await openPage('#/');
  await page.waitForSelector('#timeline li.event');
  assert.equal(await page.isHidden('#km-controls'), true, 'the full timeline first');
  await page.click('#mode-key');
  await page.waitForFunction(() => location.hash.includes('view=key'));
  await page.waitForFunction(() => document.getElementById('events-title')!.textContent === 'Key moments');
  assert.equal(await page.getAttribute('#mode-key', 'aria-checked'), 'true');
  assert.equal(await page.isVisible('#km-controls'), true);
  assert.equal(await page.inputValue('#salience'), '0.5');
  await page.waitForFunction((n) => document.querySelectorAll('#timeline li.event').length === n, count(0.5));
  const shown = await page.$$eval('#timeline li.event .salience', (els) => els.map((e) => Number(e.textContent)));
  assert.ok(shown.every((s) => s >= 0.5), String(shown));
  assert.equal(await page.locator('#timeline li.event .salience meter').count(), shown.length);
  const dates = await page.$$eval('#timeline li.event time', (els) => els.map((e) => e.getAttribute('datetime')!));
  assert.deepEqual(dates, [...dates].sort(), 'date order');
  assert.equal(new Set(dates).size, dates.length, 'one per day');
  assert.match(await page.textContent('#timeline-status') ?? '', new RegExp(`${count(0.5)} key moments? with salience 0\\.50 or more`));
  assert.match(await page.getAttribute('#timeline li.event .salience', 'title') ?? '', /independent source/);

  // the slider, from the keyboard: Home shows every key moment, End none
  await page.focus('#salience');
  await page.keyboard.press('Home');
  await page.waitForFunction((n) => document.querySelectorAll('#timeline li.event').length === n, count(0));
  assert.equal(await page.textContent('#salience-value'), '0.00');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length === 0);
  assert.match(await page.textContent('#timeline-status') ?? '', /No key moment reaches salience 1\.00/);
  await page.waitForFunction(() => location.hash.includes('min=1.00'), undefined, { timeout: 5000 });
  // the floor survives a reload
  await page.reload();
  await page.waitForFunction(() => /No key moment/.test(document.getElementById('timeline-status')!.textContent ?? ''));
  assert.equal(await page.inputValue('#salience'), '1');
  // back to the full timeline
  await page.click('#mode-all');
  await page.waitForFunction(() => !location.hash.includes('view=key'));
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length > 0);
  assert.equal(await page.isHidden('#km-controls'), true);
  assert.equal(await page.locator('#timeline li.event .salience').count(), 0, 'the full timeline shows no salience');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, [], 'no request leaves the server');
  if (process.env.STORYLINE_SCREENSHOTS) {
    await page.goto(srv.url + '#/?view=key&min=0.30');
    await page.waitForSelector('#timeline li.event');
    await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/key-moments.png', fullPage: true });
  }
  await page.close();
});

test('the dyad chart marks its key moments, following the slider', { skip }, async () => {
  const { page, errors } = await openPage('#/?a=EGY&b=EGY&min=0');
  await page.waitForSelector('#chart svg g.bar');
  // key moments at floor 0: days in January and February 2011
  await page.waitForFunction(() => document.querySelectorAll('#chart svg .km-mark').length === 2);
  const periods = await page.$$eval('#chart svg .km-mark', (els) => els.map((e) => e.getAttribute('data-period')));
  assert.deepEqual(periods, ['2011-01', '2011-02']);
  assert.match(await page.textContent('#chart svg .km-mark title') ?? '', /key moments? in 2011-01:\n2011-01-25 /);
  assert.match(await page.textContent('#legend') ?? '', /Key moment \(salience 0\.00 or more\)/);
  // in key-moment mode the slider moves the marks too
  await page.click('#mode-key');
  await page.waitForFunction(() => document.getElementById('events-title')!.textContent === 'Key moments');
  await page.waitForSelector('#chart svg .km-mark');
  await page.focus('#salience');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelectorAll('#chart svg .km-mark').length === 0);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelectorAll('#chart svg .km-mark').length === 2);
  // a mark is part of its bar: clicking it narrows the list to its month
  await page.click('#chart svg .km-mark[data-period="2011-02"]');
  await page.waitForFunction(() => location.hash.includes('from=2011-02'));
  await page.waitForFunction(() => [...document.querySelectorAll('#timeline li.event time')].every((t) => t.getAttribute('datetime')!.startsWith('2011-02')));
  assert.equal(await page.locator('#chart svg .km-mark').count(), 2, 'the chart keeps marking the whole series');
  assert.deepEqual(errors, []);
  if (process.env.STORYLINE_SCREENSHOTS) await page.screenshot({ path: process.env.STORYLINE_SCREENSHOTS + '/key-moments-chart.png', fullPage: true });
  await page.close();
});

test('article text in a key moment is shown as text and never runs', { skip }, async () => {
  const { page, dialogs, errors } = await openPage('#/?view=key&min=0');
  const evt = page.locator('#timeline li.event', { hasText: 'Port Said' });
  await evt.waitFor();
  assert.equal(await evt.locator('img, script').count(), 0);
  await evt.locator('details.sources summary').click();
  assert.ok((await evt.locator('.mention blockquote').allTextContents()).includes(HOSTILE), 'the sentence is shown as it was written');
  assert.equal(await page.locator('#main img, #main script').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

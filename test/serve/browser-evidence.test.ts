// The web page's honest dates and evidence (issue 14), in a real headless Chromium: each date is marked with where it
// comes from, evidence sentences mark the trigger and the actors (each sentence once per event), undated events are
// counted in a closed group, the filters narrow the timeline, and the search covers events. Skipped without Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type Running } from '../../src/serve/index.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { remerge } from '../../src/pipeline/index.js';
import type { Article, EventMention } from '../../src/types.js';

const CHROMIUM = process.env.STORYLINE_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`;

const VISIT = 'Senior officials from Washington travelled to Caracas on Saturday and met the government.';
const TALKS = 'Envoys of both governments are holding talks in Caracas.';
const EMBARGO = 'Washington imposed an oil embargo on Caracas <b>years ago</b>.';

function article(id: string, source: string, published: string, text: string): Article {
  return {
    id, origin: `corpus/${id}.txt`, url: `https://${source}/${id}`, source, siteName: null, title: `Article ${id}`, description: null, author: null,
    published, publishedFrom: 'record-metadata', pageDate: null, modified: null, language: 'en', text, duplicateOf: null, removed: [], dateCandidates: [],
  };
}
/** The span of `words` in `sentence`. */
const at = (sentence: string, words: string): [number, number] => [sentence.indexOf(words), sentence.indexOf(words) + words.length];
const mention = (over: Partial<EventMention> & Pick<EventMention, 'sentence' | 'code'>): EventMention => ({
  source: 'USAGOV', sourceCountry: 'USA', target: 'VENGOV', targetCountry: 'VEN', root: over.code.slice(0, 2), plover: 'CONSULT', goldstein: 1.9, quadClass: 1,
  date: null, confidence: 0.8, sentenceStart: 0, ...over,
});

let dir: string;
let store: SqliteStore;
let srv: Running;
let browser: import('playwright-core').Browser | undefined;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'storyline-browser-evidence-'));
  store = new SqliteStore(join(dir, 'e.db'));
  const fp = (id: string) => ({ articleId: id, textHash: id, signature: new Uint32Array(4), tokens: 1, published: null });
  const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });
  await store.saveBatch([
    { inputKey: 'a', article: article('aaaa', 'one.example.org', '2022-03-08', VISIT), fingerprint: fp('aaaa'), mentions: [
      // the visit, coded twice from one sentence (a visit and a meeting): one piece of evidence
      mention({ sentence: VISIT, code: '042', date: day('2022-03-05'), dateFrom: 'expression', dateText: 'on Saturday', triggerSpan: at(VISIT, 'travelled'), sourceSpan: at(VISIT, 'from Washington'), targetSpan: at(VISIT, 'Caracas') }),
      mention({ sentence: VISIT, code: '040', date: day('2022-03-05'), dateFrom: 'expression', dateText: 'on Saturday', triggerSpan: at(VISIT, 'met'), sourceSpan: at(VISIT, 'from Washington'), targetSpan: at(VISIT, 'the government') }),
    ] },
    { inputKey: 'b', article: article('bbbb', 'two.example.net', '2022-04-02', `${TALKS} ${EMBARGO}`), fingerprint: fp('bbbb'), mentions: [
      mention({ sentence: TALKS, code: '046', date: day('2022-04-02'), dateFrom: 'published', triggerSpan: at(TALKS, 'talks') }),
      mention({ sentence: EMBARGO, code: '163', plover: 'SANCTION', goldstein: -8, quadClass: 4, sentenceStart: 57, triggerSpan: at(EMBARGO, 'imposed'), sourceSpan: at(EMBARGO, 'Washington'), targetSpan: at(EMBARGO, 'Caracas') }),
    ] },
  ]);
  await remerge(store);
  srv = await listen(store, 0, '127.0.0.1', { log: () => undefined });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => {
  await browser?.close();
  await srv?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(hash = '') {
  const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(srv.url + hash);
  return { page, errors, dialogs };
}

test('each date is marked with where it comes from; undated events are counted, listed on demand', { skip }, async () => {
  const { page, errors } = await open();
  await page.waitForSelector('#timeline li.event');
  const visit = page.locator('#timeline li.event', { hasText: 'travelled to Caracas' });
  assert.equal(await visit.locator('.basis.stated').textContent(), '“on Saturday”');
  const talks = page.locator('#timeline li.event', { hasText: 'holding talks' });
  assert.equal(await talks.locator('.basis.published').textContent(), 'publication day');
  assert.match(await talks.locator('.basis').getAttribute('title') ?? '', /No report states a date/);
  assert.match(await page.textContent('#timeline-status') ?? '', /3 events, 1 of them undated/);
  assert.equal(await page.locator('#timeline li.event').count(), 2, 'the undated event is not listed yet');
  await page.click('#timeline .undated-group summary');
  await page.waitForFunction(() => document.querySelectorAll('#timeline li.event').length === 3);
  assert.match(await page.locator('.undated-list li.event').textContent() ?? '', /oil embargo/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('evidence sentences mark the trigger and the actors, each sentence once per event, as text', { skip }, async () => {
  const { page, errors, dialogs } = await open();
  await page.waitForSelector('#timeline li.event');
  const visit = page.locator('#timeline li.event', { hasText: 'travelled to Caracas' });
  await visit.locator('details.sources summary').click();
  assert.equal(await visit.locator('.mention').count(), 1, 'one sentence, two mentions: shown once');
  assert.equal(await visit.locator('mark.hl-trigger').first().textContent(), 'travelled');
  assert.equal(await visit.locator('mark.hl-source').first().textContent(), 'from Washington');
  assert.equal(await visit.locator('mark.hl-target').first().textContent(), 'Caracas');
  assert.equal(await visit.locator('.mention blockquote').textContent(), VISIT, 'the marks keep the sentence as it is');
  await page.click('#timeline .undated-group summary');
  const embargo = page.locator('.undated-list li.event');
  await embargo.locator('details.sources summary').click();
  assert.equal(await embargo.locator('.mention blockquote').textContent(), EMBARGO, 'markup in a sentence stays text');
  assert.equal(await embargo.locator('.mention blockquote b').count(), 0);
  assert.equal(await embargo.locator('mark.hl-trigger').textContent(), 'imposed');
  // the article view marks them too
  await visit.locator('.cite a', { hasText: 'read the article' }).click();
  await page.waitForSelector('.coded blockquote');
  assert.deepEqual(await page.$$eval('.coded mark.hl-trigger', (ms) => ms.map((m) => m.textContent)), ['travelled', 'met']);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('filters narrow the timeline by event type, kind, period and news source; search covers events', { skip }, async () => {
  const { page, errors } = await open();
  await page.waitForSelector('#f-code optgroup', { state: 'attached' });
  await page.waitForSelector('#timeline li.event');
  const titles = () => page.$$eval('#timeline li.event .code-name', (els) => els.map((e) => e.textContent));
  await page.selectOption('#f-quad', '4');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('quad=4'));
  await page.waitForFunction(() => /1 event, 1 of them undated/.test(document.getElementById('timeline-status')!.textContent ?? ''));
  await page.click('#f-clear');
  await page.waitForFunction(() => !location.hash.includes('quad'));
  await page.selectOption('#f-code', '04');
  await page.selectOption('#f-outlet', 'two.example.net');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('outlet=two.example.net') && document.querySelectorAll('#timeline li.event').length === 1);
  assert.deepEqual(await titles(), ['Engage in negotiation']);
  await page.click('#f-clear');
  await page.fill('#f-from', '2022-04');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('from=2022-04') && document.querySelectorAll('#timeline li.event').length === 1);
  // search over events
  await page.fill('#q', 'embargo');
  await page.press('#q', 'Enter');
  await page.waitForSelector('#results li.result');
  await page.check('input[name="search-in"][value="events"]');
  await page.waitForFunction(() => location.hash.includes('in=events'));
  await page.waitForSelector('#results li.event');
  assert.equal(await page.locator('#results li.event').count(), 1);
  assert.match(await page.textContent('#search-status') ?? '', /1 event found/);
  assert.deepEqual(errors, []);
  await page.close();
});

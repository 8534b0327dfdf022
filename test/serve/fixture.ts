// A small, hand-written corpus for the serve tests: a real SQLite store in a temp folder, seeded through the
// store's own saveBatch / replaceEvents. Three articles (one hostile: markup in its title, text and sentences)
// and six events between two countries plus one with a third.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import type { Article, EventMention, StoryEvent } from '../../src/types.js';

export const XSS_TITLE = 'Talks resume <img src=x onerror=alert(1)> in the capital';
export const XSS_TEXT = 'Officials met on Monday. <script>alert(2)</script> The embargo stays.';
export const XSS_SENTENCE = 'Envoys <b onmouseover=alert(3)>met</b> to <script>alert(4)</script> talk.';

function article(id: string, over: Partial<Article>): Article {
  return {
    id, origin: `corpus/${id}.txt`, url: null, source: null, siteName: null, title: null, description: null, author: null,
    published: null, publishedFrom: null, pageDate: null, modified: null, language: 'en', text: '', duplicateOf: null, removed: [], dateCandidates: [],
    ...over,
  };
}

function mention(over: Partial<EventMention> & Pick<EventMention, 'source' | 'target' | 'code' | 'sentence'>): EventMention {
  return {
    sourceCountry: over.source.slice(0, 3), targetCountry: over.target.slice(0, 3), root: over.code.slice(0, 2), plover: 'CONSULT',
    goldstein: 1, quadClass: 1, date: null, confidence: 0.9, ...over,
  };
}

export const ARTICLES: Article[] = [
  article('a1111111111111111', {
    url: 'https://news.example.org/2022/03/08/talks.html', source: 'example.org', siteName: 'Example News',
    title: 'Envoys hold weekend talks in the capital', description: 'A first meeting in years.', author: 'A. Writer',
    published: '2022-03-08', publishedFrom: 'meta:article:published_time',
    text: 'Senior officials from Northland travelled to Southland on Saturday and met the government.\n\nThe two countries broke off relations in 2019 and sanctions followed.',
    removed: [{ text: 'Share this on social media', reason: 'boilerplate' }, { text: 'Top comments: great article', reason: 'comments' }],
    dateCandidates: [{ value: '2022-03-08', from: 'meta:article:published_time', evidence: '<meta property="article:published_time" content="2022-03-08">', weight: 9 }],
  }),
  article('b2222222222222222', {
    url: 'javascript:alert(5)', source: null, title: XSS_TITLE, published: '2023-01-02', publishedFrom: 'record-header', text: XSS_TEXT,
    removed: [{ text: '<iframe src="https://evil.example/"></iframe>', reason: 'markup' }],
  }),
  article('c3333333333333333', {
    title: 'Ministers sign a trade accord', published: null,
    text: 'Eastland and Northland signed a trade accord. The sanctions were reinstated in April.',
  }),
];

export const MENTIONS: Record<string, EventMention[]> = {
  a1111111111111111: [
    mention({ source: 'USAGOV', target: 'VENGOV', code: '043', goldstein: 2.8, quadClass: 1, date: { start: '2022-03-05', end: '2022-03-05', precision: 'day' }, sentence: 'Senior officials from Northland travelled to Southland on Saturday and met the government.' }),
    mention({ source: 'USA', target: 'VEN', code: '161', plover: 'REDUCE', goldstein: -4, quadClass: 3, date: { start: '2019-01-01', end: '2019-12-31', precision: 'year' }, sentence: 'The two countries broke off relations in 2019 and sanctions followed.' }),
  ],
  b2222222222222222: [
    mention({ source: 'VENGOV', target: 'USA', code: '036', goldstein: 4, quadClass: 1, date: { start: '2023-01-01', end: '2023-01-01', precision: 'day' }, sentence: XSS_SENTENCE }),
  ],
  c3333333333333333: [
    mention({ source: 'USA', target: 'VEN', code: '163', plover: 'SANCTION', goldstein: -8, quadClass: 4, sentence: 'The sanctions were reinstated in April.' }),
  ],
};

const m = (articleId: string, i: number) => {
  const a = ARTICLES.find((x) => x.id === articleId)!;
  return { articleId, origin: a.origin, sentence: MENTIONS[articleId]![i]!.sentence, url: a.url, published: a.published };
};

function event(over: Partial<StoryEvent> & Pick<StoryEvent, 'id' | 'source' | 'target' | 'code' | 'summary' | 'mentions'>): StoryEvent {
  return {
    date: null, sourceCountry: over.source.slice(0, 3), targetCountry: over.target.slice(0, 3), root: over.code.slice(0, 2), plover: 'CONSULT',
    goldstein: 1, quadClass: 1, sources: over.mentions.length, background: false, firstReported: null, ...over,
  };
}

export const EVENTS: StoryEvent[] = [
  // stored out of date order on purpose: the timeline must sort them
  event({ id: 'ev-visit', source: 'USAGOV', target: 'VENGOV', code: '043', goldstein: 2.8, quadClass: 1, date: { start: '2022-03-05', end: '2022-03-05', precision: 'day' }, summary: 'Northland officials visit Southland and meet its government.', mentions: [m('a1111111111111111', 0)], firstReported: '2022-03-08' }),
  event({ id: 'ev-undated', source: 'USA', target: 'VEN', code: '163', plover: 'SANCTION', goldstein: -8, quadClass: 4, summary: 'Northland reinstates sanctions on Southland.', mentions: [m('c3333333333333333', 0)] }),
  event({ id: 'ev-break', source: 'USA', target: 'VEN', code: '161', plover: 'REDUCE', goldstein: -4, quadClass: 3, date: { start: '2019-01-01', end: '2019-12-31', precision: 'year' }, summary: 'The two countries break off relations.', mentions: [m('a1111111111111111', 1)], background: true }),
  event({ id: 'ev-ready', source: 'VENGOV', target: 'USA', code: '036', goldstein: 4, quadClass: 1, date: { start: '2023-01-01', end: '2023-01-01', precision: 'day' }, summary: `Southland says it is ready to normalise relations ${'<script>alert(6)</script>'}.`, mentions: [m('b2222222222222222', 0)] }),
  event({ id: 'ev-aid', source: 'USA', target: 'VEN', code: '071', plover: 'AID', goldstein: 7.4, quadClass: 2, date: { start: '2022-03-20', end: '2022-03-20', precision: 'day' }, summary: 'Northland sends aid.', mentions: [m('a1111111111111111', 0)] }),
  event({ id: 'ev-threat', source: 'VENMIL', target: 'USA', code: '138', plover: 'THREATEN', goldstein: -7, quadClass: 3, date: { start: '2022-05-10', end: '2022-05-10', precision: 'day' }, summary: '=HYPERLINK("http://evil.example") Southland threatens force.', mentions: [m('a1111111111111111', 1)] }),
  event({ id: 'ev-trade', source: 'CHNGOV', target: 'USA', code: '057', plover: 'AGREE', goldstein: 8, quadClass: 1, date: { start: '2022-06-01', end: '2022-06-30', precision: 'month' }, summary: 'Eastland and Northland sign a trade accord.', mentions: [m('c3333333333333333', 0)] }),
];

export interface Seeded {
  store: Store;
  dir: string;
  path: string;
  cleanup(): Promise<void>;
}

export async function seededStore(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
  const path = join(dir, 'test.db');
  const store = new SqliteStore(path);
  await store.saveBatch(ARTICLES.map((a) => ({
    inputKey: 'key-' + a.id, article: a, mentions: MENTIONS[a.id] ?? [],
    fingerprint: { articleId: a.id, textHash: 'h' + a.id, signature: new Uint32Array([1, 2, 3, 4]), tokens: a.text.split(/\s+/).length, published: a.published },
  })));
  await store.replaceEvents(EVENTS);
  return {
    store, dir, path,
    async cleanup() {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A store with `n` generated events between two countries over several years (for paging and speed). */
export async function bulkStore(n: number): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-bulk-'));
  const path = join(dir, 'bulk.db');
  const store = new SqliteStore(path);
  const a = ARTICLES[0]!;
  await store.saveBatch([{ inputKey: 'bulk', article: a, mentions: [], fingerprint: { articleId: a.id, textHash: 'x', signature: new Uint32Array(4), tokens: 1, published: a.published } }]);
  const quads = [1, 2, 3, 4] as const;
  const events: StoryEvent[] = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2018, 0, 1) + i * 3 * 86400000).toISOString().slice(0, 10);
    const q = quads[i % 4]!;
    return event({
      id: `bulk-${i}`, source: i % 2 ? 'USAGOV' : 'VENGOV', target: i % 2 ? 'VENGOV' : 'USAGOV', code: ['042', '071', '112', '190'][i % 4]!,
      quadClass: q, goldstein: [1.9, 7.4, -2, -10][i % 4]!, date: { start: day, end: day, precision: 'day' },
      summary: `Generated event number ${i}.`, mentions: [{ articleId: a.id, origin: a.origin, sentence: `Sentence ${i}.`, url: a.url, published: a.published }],
    });
  });
  await store.replaceEvents(events);
  return { store, dir, path, async cleanup() { await store.close().catch(() => undefined); rmSync(dir, { recursive: true, force: true }); } };
}

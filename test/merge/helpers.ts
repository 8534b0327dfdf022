// Builds StoredMention records from the compact fixture rows in test/fixtures/merge/scenarios.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, EventMention, Precision, StoredMention } from '../../src/types.js';
import type { Store } from '../../src/store/types.js';

type Row = [string, string, string | null, string | null, string | null, string, string | null, string, string | null, string, string | null, number, string];

const GOLDSTEIN: Record<string, number> = { '040': 1, '042': 1.9, '043': 2.8, '046': 7, '057': 8, '161': -4, '163': -8, '173': -5, '172': -5 };

export function quadOf(code: string): 1 | 2 | 3 | 4 {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

export function mention(r: Row): StoredMention {
  const [id, articleId, published, domain, duplicateOf, source, sourceCountry, target, targetCountry, code, date, confidence, sentence] = r;
  let d: StoredMention['date'] = null;
  if (date) {
    const [span, precision] = date.split('/');
    const [start, end] = span!.split('..');
    d = { start: start!, end: end!, precision: precision as Precision };
  }
  return {
    id, articleId, origin: `corpus/${articleId}.txt`, url: domain ? `https://${domain}/${articleId}` : null, published, duplicateOf, source_domain: domain,
    source, sourceCountry, target, targetCountry, code, root: code.slice(0, 2), plover: '', goldstein: GOLDSTEIN[code] ?? 0, quadClass: quadOf(code),
    date: d, sentence, confidence,
  };
}

const fixtures = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/merge/scenarios.json', import.meta.url)), 'utf8')) as Record<string, Row[] | string>;

export function scenario(name: string): StoredMention[] {
  const rows = fixtures[name];
  if (!Array.isArray(rows)) throw new Error(`no scenario ${name}`);
  return rows.map(mention);
}

/** The article a fixture mention stands for: its text is the mention's sentence. */
export function articleOf(m: StoredMention): Article {
  return {
    id: m.articleId, origin: m.origin, url: m.url, source: m.source_domain ?? null, siteName: null, title: `Article ${m.articleId}`, description: null, author: null,
    published: m.published, publishedFrom: null, pageDate: null, modified: null, language: 'en', text: m.sentence, removed: [], dateCandidates: [], duplicateOf: m.duplicateOf,
  };
}

/** Saves fixture mentions into a store with their articles (one per articleId), as the pipeline would. */
export async function storeMentions(store: Store, ms: StoredMention[]): Promise<void> {
  const byArticle = new Map<string, StoredMention[]>();
  for (const m of ms) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  await store.saveBatch([...byArticle.values()].map((list) => ({
    inputKey: 'k-' + list[0]!.articleId,
    article: articleOf(list[0]!),
    mentions: list.map(({ id, articleId, origin, url, published, duplicateOf, source_domain, ...rest }) => rest as EventMention),
    fingerprint: { articleId: list[0]!.articleId, textHash: list[0]!.articleId, signature: new Uint32Array(4), tokens: 1, published: list[0]!.published },
  })));
}

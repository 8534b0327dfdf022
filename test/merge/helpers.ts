// Builds StoredMention records from the compact fixture rows in test/fixtures/merge/scenarios.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Precision, StoredMention } from '../../src/types.js';

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

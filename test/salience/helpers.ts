// Hand-made corpora for the salience tests: stored mentions written compactly, merged by the real merge stage.
import type { Precision, StoredMention } from '../../src/types.js';

export interface M {
  article: string;
  published: string | null;
  sentence: string;
  /** YYYY-MM-DD, or start..end/precision. */
  date?: string | null;
  dateFrom?: 'expression' | 'published';
  code?: string;
  source?: string;
  target?: string;
  goldstein?: number;
  duplicateOf?: string | null;
  domain?: string | null;
}

const quadOf = (code: string): 1 | 2 | 3 | 4 => {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
};

let seq = 0;

export function mention(m: M): StoredMention {
  const code = m.code ?? '190';
  const source = m.source ?? 'EGYCOP';
  const target = m.target ?? 'EGYCVL';
  let date: StoredMention['date'] = null;
  if (m.date) {
    const [span, precision] = m.date.split('/');
    const [start, end] = span!.split('..');
    date = { start: start!, end: end ?? start!, precision: (precision ?? 'day') as Precision };
  }
  return {
    id: `${m.article}:${seq++}`, articleId: m.article, origin: `corpus/${m.article}.txt`, url: m.domain ? `https://${m.domain}/${m.article}` : null,
    published: m.published, duplicateOf: m.duplicateOf ?? null, source_domain: m.domain ?? null,
    source, sourceCountry: source.slice(0, 3), target, targetCountry: target.slice(0, 3), code, root: code.slice(0, 2), plover: '',
    goldstein: m.goldstein ?? (code.startsWith('19') ? -10 : code.startsWith('01') ? 0 : 2), quadClass: quadOf(code),
    date, dateFrom: m.dateFrom ?? (m.date ? (m.date === m.published ? 'published' : 'expression') : null), sentence: m.sentence, confidence: 0.9,
  };
}

export const mentions = (ms: M[]) => ms.map(mention);

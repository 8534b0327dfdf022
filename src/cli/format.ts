import type { Article, StoredMention } from '../types.js';

/** The contract's Article shape (internal fields such as removals stay out of `articles --json`). */
export function toContractArticle(a: Article) {
  return {
    id: a.id, origin: a.origin, url: a.url, source: a.source, siteName: a.siteName, title: a.title, description: a.description,
    author: a.author, published: a.published, publishedFrom: a.publishedFrom, pageDate: a.pageDate, modified: a.modified, language: a.language,
    text: a.text, duplicateOf: a.duplicateOf,
  };
}

/** The contract's Mention shape. */
export function toContractMention(m: StoredMention) {
  return {
    id: m.id, articleId: m.articleId, origin: m.origin, url: m.url, published: m.published,
    source: m.source, sourceCountry: m.sourceCountry, target: m.target, targetCountry: m.targetCountry,
    code: m.code, root: m.root, plover: m.plover, goldstein: m.goldstein, quadClass: m.quadClass, date: m.date,
    dateFrom: m.dateFrom ?? null, dateText: m.dateText ?? null, sentence: m.sentence, sentenceStart: m.sentenceStart ?? null, trigger: m.trigger ?? null,
    sourceSpan: m.sourceSpan ?? null, targetSpan: m.targetSpan ?? null, triggerSpan: m.triggerSpan ?? null, confidence: m.confidence,
  };
}

export function formatDate(d: { start: string; end: string; precision: string } | null): string {
  if (!d) return 'undated';
  switch (d.precision) {
    case 'year': return d.start.slice(0, 4);
    case 'decade': return d.start.slice(0, 3) + '0s';
    case 'quarter': return `${d.start.slice(0, 4)}-Q${Math.floor((Number(d.start.slice(5, 7)) - 1) / 3) + 1}`;
    case 'month': return d.start.slice(0, 7);
    case 'week': return `${d.start}/${d.end.slice(5)}`;
    default: return d.start === d.end ? d.start : `${d.start}/${d.end.slice(5)}`;
  }
}

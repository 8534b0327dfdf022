import type { DateCandidate, Removal } from '../../types.js';

/** What the HTML reader of the clean stage gets out of one page. */
export interface HtmlExtract {
  /** Canonical URL from <link rel=canonical>/og:url, else the URL given. */
  url: string | null;
  title: string | null;
  description: string | null;
  author: string | null;
  siteName: string | null;
  /** Declared language (html lang / og:locale / meta), ISO 639-1, or null. */
  language: string | null;
  /** Main-content paragraphs in order (headings, list items and block quotes each a paragraph). */
  paragraphs: string[];
  /** Best publication date from the page's own evidence, or null; never a modified date. */
  published: string | null;
  publishedFrom: string | null;
  /** Every date candidate seen, with its evidence and weight. */
  dateCandidates: DateCandidate[];
  /** Blocks pruned before/after Readability, with reasons (comments, related links, share bars…). */
  removed: Removal[];
}

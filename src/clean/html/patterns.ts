// Loads data/clean/html-patterns.json (linguistic/boilerplate knowledge lives in data, not code).
import { readData } from '../../util/data.js';

interface RawPatterns {
  prune: Record<string, string[]>;
  protect: string;
  buttonClass: string;
  pruneRoles: string[];
  pruneTags: string[];
  boilerplateParagraph: string[];
  promoParagraph: string[];
  jsonldArticleTypes: string[];
  jsonldPageTypes: string[];
  publishedMeta: Record<string, number>;
  modifiedHint: string;
  dateClassHint: string;
  bylineHint: string;
  authorNoise: string;
  taxonomyToken: string;
  authorBio: string;
}

export interface HtmlPatterns {
  prune: { reason: string; re: RegExp }[];
  protect: RegExp;
  /** A class attribute that styles a link as a button ("btn-primary", "wp-block-button__link", "hero-cta"). */
  buttonClass: RegExp;
  pruneRoles: Set<string>;
  pruneTags: Set<string>;
  boilerplateParagraph: RegExp[];
  /** Self-promotion, disclosures, author self-introductions: dropped among the article's last paragraphs. */
  promoParagraph: RegExp;
  articleTypes: Set<string>;
  pageTypes: Set<string>;
  publishedMeta: Map<string, number>;
  modifiedHint: RegExp;
  dateClassHint: RegExp;
  bylineHint: RegExp;
  authorNoise: RegExp;
  taxonomyToken: RegExp;
  /** A short author biography ("Jane Doe is a freelance writer…"): dropped when it trails the article. */
  authorBio: RegExp;
}


export function compilePatterns(raw: RawPatterns): HtmlPatterns {
  return {
    // A hit must start the class token or end it ("comments-area", "post-comments"), whole words between - and _.
    prune: Object.entries(raw.prune).map(([reason, alts]) => {
      const alt = alts.join('|');
      return { reason, re: new RegExp(`^(?:${alt})(?:[-_]|$)|[-_](?:${alt})$`, 'i') };
    }),
    protect: new RegExp(raw.protect, 'i'),
    buttonClass: new RegExp(raw.buttonClass, 'i'),
    pruneRoles: new Set(raw.pruneRoles.map((s) => s.toLowerCase())),
    pruneTags: new Set(raw.pruneTags.map((s) => s.toUpperCase())),
    boilerplateParagraph: raw.boilerplateParagraph.map((s) => new RegExp(s, 'i')),
    promoParagraph: new RegExp(raw.promoParagraph.map((s) => `(?:${s})`).join('|'), 'i'),
    articleTypes: new Set(raw.jsonldArticleTypes),
    pageTypes: new Set(raw.jsonldPageTypes),
    publishedMeta: new Map(Object.entries(raw.publishedMeta).map(([k, v]) => [k.toLowerCase(), v])),
    modifiedHint: new RegExp(raw.modifiedHint, 'i'),
    dateClassHint: new RegExp(raw.dateClassHint, 'i'),
    bylineHint: new RegExp(raw.bylineHint, 'i'),
    authorNoise: new RegExp(raw.authorNoise, 'iu'),
    taxonomyToken: new RegExp(raw.taxonomyToken, 'i'),
    authorBio: new RegExp(raw.authorBio, 'u'),
  };
}

let cached: HtmlPatterns | null = null;
export function patterns(): HtmlPatterns {
  if (!cached) {
    const raw = readData<RawPatterns>('clean/html-patterns.json');
    cached = compilePatterns(raw);
  }
  return cached;
}

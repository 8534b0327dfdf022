// HTML reader of the clean stage: one linkedom parse → metadata (JSON-LD, meta, <time>, URL) → pre-pruning of
// boilerplate (data/clean/html-patterns.json) → Readability → paragraph quality pass → fallback if too little.
import { parseHTML } from 'linkedom';
import type { Removal } from '../../types.js';
import type { HtmlExtract } from './extract-types.js';
import { patterns } from './patterns.js';
import { indexMeta, ldArticles, pickAuthor, pickDescription, pickLanguage, pickSiteName, pickTitle, pickUrl } from './meta.js';
import { bodyDateCandidates, dateElementCandidates, headerZoneCandidates, headlineElement, metaDateCandidates, originalPublicationCandidates, pickPublished } from './pubdate.js';
import { findCallsToAction, prePrune, pruneCallsToAction, removeCallsToAction } from './prune.js';
import { blocksOf, densestRoot, fallbackRoot, qualityPass, runReadability, type Block } from './content.js';

export type { HtmlExtract } from './extract-types.js';
export { normalizeDateValue, parseDateInText, dateFromUrl } from './dates.js';
export { stripSiteName } from './meta.js';

const MIN_TEXT = 250;
/** When the densest container is marked as the article body, its blocks are used without Readability (faster, and as good). */
const HYBRID = true;

function isMarkedBody(root: Element, pats: ReturnType<typeof patterns>): boolean {
  let e: Element | null = root;
  for (let i = 0; i < 2 && e; i++, e = e.parentElement) {
    if (e.getAttribute('itemprop') === 'articleBody') return true;
    const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (cls.split(/\s+/).some((t) => t && pats.protect.test(t))) return true;
  }
  return false;
}
/** Readability's text is replaced by the densest container's when the page holds PARA_RATIO× more prose and the container gives ALT_RATIO× more text. */
const ALT_RATIO = 1.5;
const PARA_RATIO = 1.5;

const HEAD_TAGS = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'NOSCRIPT', 'TITLE', 'BASE', 'TEMPLATE']);

/**
 * linkedom's document.body getter silently inserts a NEW empty <body> when the element after <head> is not the
 * body (stray <script>/<div> between </head> and <body>, common on real pages); Readability then sees an empty
 * page. Put the tree into the shape a browser would build: <html><head/><body/></html>.
 */
function normalizeTree(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  let head: Element | null = null;
  let body: Element | null = null;
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'HEAD' && !head) head = c;
    else if (c.tagName === 'BODY' && !body) body = c;
  }
  if (!head) {
    head = doc.createElement('head');
    root.prepend(head);
  }
  if (!body) {
    body = doc.createElement('body');
    root.append(body);
  }
  if (root.firstElementChild !== head) root.prepend(head);
  const before: Element[] = [];
  const after: Element[] = [];
  let seenBody = false;
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (c === body) seenBody = true;
    else if (c !== head) (seenBody ? after : before).push(c);
  }
  const anchor = body.firstChild;
  for (const el of before) {
    if (HEAD_TAGS.has(el.tagName)) head.append(el);
    else body.insertBefore(el, anchor);
  }
  for (const el of after) body.append(el);
  if (head.nextElementSibling !== body) head.after(body);
}

/**
 * Drops markup that never carries text before parsing (speed: linkedom builds every node): scripts other than
 * JSON-LD, styles, inline SVG, HTML comments. An HTML parser ends these elements at the same closing tag.
 */
export function stripInert(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '');
}

/**
 * HTML attribute names are case-insensitive and a browser lower-cases them; linkedom keeps them as written, so
 * camel-case names that JSX renders verbatim (React's `dateTime`, `itemProp`, `httpEquiv`) would escape every
 * lookup and selector. They are lower-cased in the source before parsing (only where a value follows, `name=`, so
 * prose that mentions the word is left alone): one regex pass, far cheaper than a walk over every attribute.
 */
const CAMEL_ATTRS = /(\s)(dateTime|itemProp|itemType|itemID|itemRef|httpEquiv|charSet|hrefLang)(?=\s*=)/g;
export function lowerCamelAttributes(html: string): string {
  return html.replace(CAMEL_ATTRS, (_m, sp: string, name: string) => sp + name.toLowerCase());
}

/** Browsers stop nesting at a depth too (Blink: 512); deeper trees make recursive DOM walks overflow the stack. */
export const MAX_NESTING = 256;
/** Void elements, and elements whose end tag may be omitted (an open <p> or <li> does not nest the next one). */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'html', 'head', 'body']);
const TAG_RE = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/**
 * Drops the start and end tags of elements nested deeper than `max` (their text stays, in the deepest kept
 * element): a hostile or broken page of 100 000 nested <div>s would otherwise cost minutes or crash the reader.
 * A page within the limit is returned unchanged. Counts tags from the source, as a parser would nest them.
 */
export function capNesting(html: string, max = MAX_NESTING): string {
  let depth = 0;
  let excess = 0;
  let changed = false;
  const out = html.replace(TAG_RE, (m, close: string, name: string, selfClose: string) => {
    if (selfClose || NOT_NESTING.has(name.toLowerCase())) return m;
    if (close) {
      if (excess > 0) {
        excess--;
        return '';
      }
      if (depth > 0) depth--;
      return m;
    }
    if (depth >= max) {
      excess++;
      changed = true;
      return '';
    }
    depth++;
    return m;
  });
  return changed ? out : html;
}

function parse(html: string): Document | null {
  try {
    html = capNesting(lowerCamelAttributes(stripInert(html)));
    const src = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(src);
    const doc = document as unknown as Document;
    normalizeTree(doc);
    return doc;
  } catch {
    // a page linkedom cannot parse has no document: the caller reads no markup from it
    return null;
  }
}

function emptyExtract(url: string | null): HtmlExtract {
  return { url, title: null, description: null, author: null, siteName: null, language: null, paragraphs: [], published: null, publishedFrom: null, dateCandidates: [], removed: [] };
}

function fallbackParagraphs(html: string, ctx: Parameters<typeof qualityPass>[1]): string[] {
  const doc = parse(html);
  if (!doc) return [];
  const scratch: Removal[] = [];
  pruneCallsToAction(doc, ctx.pats, scratch);
  prePrune(doc, ctx.pats, scratch);
  const root = fallbackRoot(doc, ctx.pats);
  if (!root) return [];
  // Fallback keeps only paragraph-like blocks of some length: a page body holds menus and teasers too.
  const blocks = blocksOf(root).filter((b) => b.text.length >= 40 || /^H[1-6]$|^LI$/.test(b.tag));
  return qualityPass(blocks, ctx, scratch);
}

/** Extracts main text and metadata from one HTML page. Never throws; broken input gives empty paragraphs. */
export function extractHtml(html: string, url?: string | null): HtmlExtract {
  const givenUrl = url ?? null;
  if (typeof html !== 'string' || !html.trim()) return emptyExtract(givenUrl);
  try {
    const doc = parse(html);
    if (!doc || !doc.documentElement) return emptyExtract(givenUrl);
    const pats = patterns();
    const meta = indexMeta(doc);
    const articles = ldArticles(meta, pats);
    const pageUrl = pickUrl(doc, meta, givenUrl);
    const siteName = pickSiteName(meta, articles);
    const { title } = pickTitle(doc, meta, articles, siteName, pageUrl ?? givenUrl);
    const author = pickAuthor(doc, meta, articles, pats, siteName);
    const language = pickLanguage(doc, meta);
    const description = pickDescription(meta, articles);
    const dateCandidates = metaDateCandidates(meta, articles, pats);

    // Dates next to the headline and date elements are read before pruning: boilerplate rules may drop a byline
    // box with its date.
    const h1 = headlineElement(doc, title);
    dateCandidates.push(...headerZoneCandidates(doc, h1, givenUrl ?? pageUrl), ...dateElementCandidates(doc, h1, pats));
    const removed: Removal[] = [];
    const calls = findCallsToAction(doc, pats);
    prePrune(doc, pats, removed);
    dateCandidates.push(...bodyDateCandidates(doc, givenUrl ?? pageUrl, h1, pats));
    // After the date search, which reads the byline row with its "Share" and "Follow" buttons as it is.
    removeCallsToAction(doc, calls, removed);

    const ctx = { title, author, pats };
    const dense = densestRoot(doc);
    const altBlocks: Block[] = dense ? blocksOf(dense.root) : [];
    const confident = !!dense && HYBRID && isMarkedBody(dense.root, pats);
    const content = confident ? null : runReadability(doc);
    let paragraphs = content ? qualityPass(blocksOf(content), ctx, removed) : confident ? qualityPass(altBlocks, ctx, removed) : [];
    let len = paragraphs.reduce((n, p) => n + p.length, 0);
    if (dense && dense.paraChars > PARA_RATIO * len) {
      // Readability kept less than half of the page's prose: take the densest container instead.
      const scratch: Removal[] = [];
      const alt = qualityPass(altBlocks, ctx, scratch);
      const altLen = alt.reduce((n, p) => n + p.length, 0);
      if (altLen > ALT_RATIO * len) {
        removed.push(...scratch);
        removed.push({ text: paragraphs.join(' ').slice(0, 160), reason: 'readability result replaced by densest container' });
        paragraphs = alt;
        len = altLen;
      }
    }
    if (len < MIN_TEXT) {
      const fb = fallbackParagraphs(html, ctx);
      const fbLen = fb.reduce((n, p) => n + p.length, 0);
      if (fbLen > len) paragraphs = fb;
    }
    // The article's own text may state when it first appeared ("originally published on …").
    dateCandidates.push(...originalPublicationCandidates(doc, paragraphs.join('\n')));
    const best = pickPublished(dateCandidates, givenUrl ?? pageUrl);
    return {
      url: pageUrl,
      title,
      description,
      author,
      siteName,
      language,
      paragraphs,
      published: best?.value ?? null,
      publishedFrom: best?.from ?? null,
      dateCandidates,
      removed,
    };
  } catch {
    // a page the extractor fails on gives an empty extract (then reported as no article text), not a failed batch
    return emptyExtract(givenUrl);
  }
}

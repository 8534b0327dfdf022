// Main content: Readability over the (pruned) linkedom document, then a paragraph-level quality pass.
import { Readability } from '@mozilla/readability';
import type { Removal } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { normKey, normSpace, wordCount } from './text.js';
import { parseDateInText } from './dates.js';

export interface Block {
  text: string;
  tag: string;
  linkChars: number;
  /** Characters inside <em>/<i>/<small>: a paragraph set wholly in italics is an editor's note, disclosure or bio. */
  emChars?: number;
}

const EMPHASIS_TAGS = new Set(['EM', 'I', 'SMALL']);

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT',
  'FIGURE', 'FIGCAPTION', 'HR', 'FORM', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'CENTER', 'FIELDSET', 'LEGEND',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);

/** Splits an element into text blocks: every block-level element (p, heading, li, blockquote…) starts a new one. */
export function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  let buf = '';
  let spans: [number, number][] = [];
  let ems: [number, number][] = [];
  let tag = root.tagName;
  const covered = (list: [number, number][], from: number, to: number): number => {
    let n = 0;
    for (const [a, b] of list) {
      const lo = Math.max(a, from), hi = Math.min(b, to);
      if (hi > lo) n += normSpace(buf.slice(lo, hi)).length;
    }
    return n;
  };
  const push = (from: number, to: number): void => {
    const raw = buf.slice(from, to);
    const text = normSpace(raw);
    if (!text) return;
    const link = covered(spans, from, to);
    const em = ems.length ? covered(ems, from, to) : 0;
    out.push({ text, tag, linkChars: Math.min(link, text.length), emChars: Math.min(em, text.length) });
  };
  const flush = (): void => {
    // Two <br> in a row separate paragraphs inside one block.
    const re = /\n[ \t\r\u00a0]*\n/g;
    let from = 0;
    for (let m = re.exec(buf); m; m = re.exec(buf)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, buf.length);
    buf = '';
    spans = [];
    ems = [];
  };
  const walk = (node: Node, blockTag: string): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        buf += (c as Text).data.replace(/\n/g, ' ');
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const t = el.tagName;
      if (SKIP_TAGS.has(t)) continue;
      if (t === 'BR') {
        buf += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(t)) {
        flush();
        tag = t;
        walk(el, t);
        flush();
        tag = blockTag;
      } else if (t === 'A' || EMPHASIS_TAGS.has(t)) {
        const before = buf.length;
        walk(el, blockTag);
        (t === 'A' ? spans : ems).push([before, buf.length]);
      } else {
        walk(el, blockTag);
      }
    }
  };
  walk(root, root.tagName);
  flush();
  return out;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

function isProbablyVisible(node: Element): boolean {
  const style = node.getAttribute?.('style');
  if (style && HIDDEN_STYLE.test(style)) return false;
  if (node.hasAttribute?.('hidden')) return false;
  if (node.getAttribute?.('aria-hidden') === 'true') {
    const cls = node.getAttribute('class') ?? '';
    return cls.includes('fallback-image');
  }
  return true;
}

export function runReadability(doc: Document): Element | null {
  try {
    const reader = new Readability<Element>(doc, {
      charThreshold: 500,
      keepClasses: true,
      disableJSONLD: true,
      serializer: (n: Node) => n as Element,
    });
    // Same test as Readability's own, reading the style attribute instead of node.style: linkedom builds a
    // CSSStyleDeclaration object for every element asked, which is a large share of the run time.
    (reader as unknown as { _isProbablyVisible: (n: Element) => boolean })._isProbablyVisible = isProbablyVisible;
    const r = reader.parse();
    return r?.content ?? null;
  } catch {
    // Readability failing on a page leaves the page's other content paths to the caller
    return null;
  }
}

/** Link density above which a block inside the article body is dropped too (2 = never: inline link lists are content). */
const LINK_INSIDE = 2;
export interface QualityContext {
  title: string | null;
  author: string | null;
  pats: HtmlPatterns;
}

function isAuthorBio(text: string, ctx: QualityContext): boolean {
  if (ctx.pats.authorBio.test(text)) return true;
  if (!ctx.author) return false;
  const first = ctx.author.split(/[\s,]+/)[0] ?? '';
  return first.length > 1 && (text.startsWith(`${ctx.author} is `) || text.startsWith(`${ctx.author} has `) || (text.startsWith(`${first} `) && /^\S+ (is|has|was) (an? |the )/.test(text)));
}

function isOnlyDate(text: string): boolean {
  const d = parseDateInText(text);
  return !!d && d.text.length >= 0.6 * text.replace(/^(posted|published|date|on)\s*:?\s*/i, '').length;
}

/** Phrase-list furniture, read past leading rules and bullets ("---- Share your story", "» Read more"). */
function isBoilerplate(text: string, pats: HtmlPatterns): boolean {
  const t = text.replace(/^[^\p{L}\p{N}]+/u, '');
  return pats.boilerplateParagraph.some((re) => re.test(t));
}

/** Paragraph-level quality pass: drops boilerplate-like, link-dense and repeated paragraphs. */
export function qualityPass(blocks: Block[], ctx: QualityContext, removed: Removal[]): string[] {
  const out: Block[] = [];
  const seen = new Set<string>();
  const titleKey = ctx.title ? normKey(ctx.title) : '';
  const authorKey = ctx.author ? normKey(ctx.author) : '';
  const drop = (text: string, reason: string): void => {
    removed.push({ text: text.slice(0, 160), reason: `post-pass ${reason}` });
  };
  // Link lists inside the article (sources, further reading in the text) are content; before the first and after
  // the last real paragraph they are navigation or teasers.
  const real = (b: Block): boolean => wordCount(b.text) >= 20 && b.linkChars / Math.max(1, b.text.length) < 0.3;
  let firstReal = blocks.findIndex(real);
  let lastReal = blocks.length - 1 - [...blocks].reverse().findIndex(real);
  if (firstReal < 0) {
    firstReal = blocks.length;
    lastReal = -1;
  }
  blocks.forEach((b, i) => {
    const text = b.text;
    const outside = i < firstReal || i > lastReal;
    const key = normKey(text);
    if (!key) return;
    const words = wordCount(text);
    const cell = b.tag === 'TD' || b.tag === 'TH';
    if (seen.has(key) && words < 80 && !cell) return drop(text, 'repeated');
    if (titleKey && key === titleKey && i < 5) return drop(text, 'title');
    if (authorKey && words <= 12 && (key === authorKey || key === `by ${authorKey}` || (key.startsWith('by ') && key.includes(authorKey)))) return drop(text, 'byline');
    const density = text.length ? b.linkChars / text.length : 0;
    if (density > 0.6 && words < 40 && (outside || density > LINK_INSIDE) && !/^H[1-6]$/.test(b.tag)) return drop(text, 'link-dense');
    if (words <= 25 && isBoilerplate(text, ctx.pats)) return drop(text, 'boilerplate');
    if (i >= lastReal - 1 && i >= blocks.length - 4 && words <= 80 && isAuthorBio(text, ctx)) return drop(text, 'author bio');
    if (words <= 6 && !cell && (i < firstReal + 3 || i > lastReal) && /\d/.test(text) && isOnlyDate(text)) return drop(text, 'date line');
    seen.add(key);
    out.push(b);
  });
  trimTail(out, drop);
  dropTrailingPromo(out, ctx, drop);
  return out.map((b) => b.text);
}

/** Promotions and disclosures are looked for among this many last paragraphs, up to PROMO_WORDS words long. */
const PROMO_TAIL = 3;
const PROMO_WORDS = 120;

function dropTrailingPromo(out: Block[], ctx: QualityContext, drop: (text: string, reason: string) => void): void {
  for (let i = out.length - 1; i >= Math.max(1, out.length - PROMO_TAIL); i--) {
    const b = out[i]!;
    if (wordCount(b.text) <= PROMO_WORDS && ctx.pats.promoParagraph.test(b.text)) {
      drop(b.text, 'trailing promotion');
      out.splice(i, 1);
    }
  }
}

/** Share of a block's text set in italics/small print above which it reads as a note rather than article prose. */
const NOTE_EMPHASIS = 0.9;
/** At most this many trailing notes go, and only from a text that is mostly upright (an all-italic text is prose). */
const MAX_NOTES = 3;
const PROSE_EMPHASIS = 0.3;

/**
 * The article's tail: trailing headings with nothing after them ("Related articles" left over), and notes set
 * wholly in italics or small print after the last paragraph (editor's notes, disclosures, author taglines).
 */
function trimTail(out: Block[], drop: (text: string, reason: string) => void): void {
  let chars = 0, em = 0;
  for (const b of out) {
    chars += b.text.length;
    em += b.emChars ?? 0;
  }
  let notes = em < PROSE_EMPHASIS * chars ? MAX_NOTES : 0;
  for (;;) {
    const b = out[out.length - 1];
    if (!b || out.length < 2) return;
    const words = wordCount(b.text);
    if (words <= 6 && /^H[1-6]$/.test(b.tag)) drop(b.text, 'trailing heading');
    else if (notes > 0 && words >= 4 && words <= 150 && (b.emChars ?? 0) >= NOTE_EMPHASIS * b.text.length) {
      drop(b.text, 'trailing note');
      notes--;
    } else return;
    out.pop();
  }
}

/**
 * Second opinion on the main content, computed before Readability (which mutates the DOM): the deepest element
 * that still holds most (share `cover`) of the page's paragraph text, counting only <p> that are not link lists.
 * Written by hand because Readability exposes no way to get its runner-up candidates.
 */
export function densestRoot(doc: Document, cover = 0.8): { root: Element; paraChars: number; acc: Map<Element, number> } | null {
  const body = doc.body;
  if (!body) return null;
  const acc = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const len = normSpace(p.textContent).length;
    if (len < 30) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += normSpace(a.textContent).length;
    if (links / len > 0.5) continue;
    total += len;
    for (let e: Element | null = p.parentElement; e; e = e.parentElement) acc.set(e, (acc.get(e) ?? 0) + len);
  }
  if (!total) return null;
  let root: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
      if ((acc.get(c) ?? 0) >= cover * total) {
        next = c;
        break;
      }
    }
    if (!next || next.tagName === 'P') break;
    root = next;
  }
  return { root, paraChars: total, acc };
}

/** Root for the fallback when Readability returns nothing or very little. */
export function fallbackRoot(doc: Document, pats: HtmlPatterns): Element | null {
  const sel = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
  for (const s of sel) {
    const els = Array.from(doc.querySelectorAll(s));
    if (els.length) return els.reduce((a, b) => ((a.textContent ?? '').length >= (b.textContent ?? '').length ? a : b));
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (attr.split(/\s+/).some((t) => pats.protect.test(t)) && (el.textContent ?? '').length > 200) return el;
  }
  return doc.body;
}

// Pre-pruning before Readability: comment sections, related links, share bars, newsletter boxes, cookie banners,
// navigation. Patterns (class/id/role/aria) come from data/clean/html-patterns.json.
import type { Removal } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { normSpace, wordCount } from './text.js';
import { parseDateInText } from './dates.js';

/** Only container elements are pruned by class/id; inline elements (span, code, a…) never are. */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'LI', 'HEADER', 'FOOTER', 'NAV', 'FORM', 'TABLE', 'FIGURE', 'DL', 'IFRAME', 'INS', 'DIALOG', 'DETAILS']);
/** Subtrees never visited (code listings keep their "comment" spans). */
const NO_DESCEND = new Set(['PRE', 'CODE', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'SCRIPT', 'STYLE']);

function textLen(el: Element): number {
  return normSpace(el.textContent).length;
}

function paraTextLen(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').length;
  return n;
}

export function linkDensity(el: Element): number {
  const total = textLen(el);
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += normSpace(a.textContent).length;
  return Math.min(1, links / total);
}

/** Which prune category an element's class/id/role/aria-label points to, or null. */
export function classify(el: Element, pats: HtmlPatterns): string | null {
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  if (role && pats.pruneRoles.has(role)) return `role:${role}`;
  const tokens: string[] = [];
  const cls = el.getAttribute('class');
  if (cls) tokens.push(...cls.split(/\s+/));
  const id = el.getAttribute('id');
  if (id) tokens.push(id);
  const aria = el.getAttribute('aria-label');
  if (aria && aria.length < 40) tokens.push(aria.trim().toLowerCase().replace(/\s+/g, '-'));
  for (const dc of ['data-component', 'data-module', 'data-testid', 'data-type']) {
    const v = el.getAttribute(dc);
    if (v && v.length < 60) tokens.push(v);
  }
  if (!tokens.length) return null;
  let hit: string | null = null;
  for (const tok of tokens) {
    if (!tok || pats.taxonomyToken.test(tok)) continue;
    if (pats.protect.test(tok)) return null;
    if (hit) continue;
    for (const { reason, re } of pats.prune) {
      if (re.test(tok)) {
        hit = `${reason}:${tok}`;
        break;
      }
    }
  }
  return hit;
}

function summary(el: Element): string {
  return normSpace(el.textContent).slice(0, 160);
}

/**
 * Removes boilerplate blocks in place and records them. Safety: a block that holds a large share of the page's
 * paragraph text with few links is kept (a mis-named wrapper), except comment sections, which never hold the
 * article body unless they contain the headline or an articleBody marker.
 */
export function prePrune(doc: Document, pats: HtmlPatterns, removed: Removal[]): void {
  const body = doc.body ?? doc.documentElement;
  if (!body) return;
  let totalPara = 0;
  let computed = false;
  const total = (): number => {
    if (!computed) {
      totalPara = paraTextLen(body);
      computed = true;
    }
    return totalPara;
  };
  const visit = (el: Element): void => {
    const children = Array.from(el.children);
    for (const c of children) {
      const tag = c.tagName;
      let reason: string | null = null;
      if (pats.pruneTags.has(tag)) reason = `tag:${tag.toLowerCase()}`;
      else if (CONTAINER_TAGS.has(tag)) reason = classify(c, pats);
      if (reason) {
        const isComments = reason.startsWith('comments');
        let keep = false;
        if (isComments) {
          keep = !!c.querySelector('h1, [itemprop="articleBody"]');
        } else if (reason.startsWith('newsletter') && c.querySelector('time')) {
          keep = true; // a call-to-action strip that carries the article's date is its header line
        } else {
          // A mis-named wrapper (e.g. an off-canvas page container) holds the headline or much of the text.
          if (c.querySelector('h1, article, main, [itemprop="articleBody"]')) keep = true;
          else {
            const pl = paraTextLen(c);
            if (pl > 300 && pl > 0.35 * total()) keep = true;
          }
        }
        if (!keep) {
          const text = summary(c);
          if (text) removed.push({ text, reason: `pre-prune ${reason}` });
          c.remove();
          continue;
        }
      }
      if (!NO_DESCEND.has(tag)) visit(c);
    }
  };
  visit(body);
}

/** A call-to-action box holds at most this many words besides its button (heading, one pitch line, the button). */
const CTA_MAX_WORDS = 60;
/** Climbing from a button stops below these: they hold the page or the article, never just a promotion. */
const CTA_STOP = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** A link or element styled as a button: role="button" or a button class token (btn-primary, wp-block-button__link). */
export function isButtonLike(el: Element, pats: HtmlPatterns): boolean {
  if ((el.getAttribute('role') ?? '').toLowerCase() === 'button') return true;
  const cls = el.getAttribute('class');
  return !!cls && pats.buttonClass.test(cls); // token boundaries include the spaces between classes
}

/** Elements that belong to the article itself: a call-to-action box never contains one. */
const ARTICLE_META_TAGS = new Set(['TIME', 'H1', 'ARTICLE', 'MAIN']);

interface Inspected {
  /** Text with its text nodes kept apart ("Aug 9, 2025" + "Share" stay two words, not "2025Share"). */
  text: string;
  /** Holds the headline, the article container or a machine-readable date. */
  meta: boolean;
}

/** One walk over a (small) subtree: its spaced text, up to `max` chars, and whether it holds article elements. */
function inspect(el: Element, max: number): Inspected {
  let text = '';
  let meta = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c && !meta && text.length <= max; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = (c as Text).data.trim();
        if (t) text += ` ${t}`;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (ARTICLE_META_TAGS.has(e.tagName) || e.hasAttribute('datetime') || e.getAttribute('itemprop') === 'articleBody') meta = true;
        else walk(e);
      }
    }
  };
  walk(el);
  return { text, meta };
}

/**
 * Climbing never enters an ancestor that carries the article's date or byline (a "Share" button in the
 * author-and-date line), nor the headline or the article container.
 */
function holdsArticleMeta(e: Element, seen: Inspected, pats: HtmlPatterns): boolean {
  if (seen.meta) return true;
  const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
  return pats.bylineHint.test(cls) || pats.dateClassHint.test(cls) || (MAYBE_DATE.test(seen.text) && !!parseDateInText(seen.text));
}

/** Cheap pre-test before the date parser: a full date carries a year or a numeric d/m/y form. */
const MAYBE_DATE = /(?<!\d)(?:19|20)\d{2}(?!\d)|\d[./-]\d{1,2}[./-]\d/;

/**
 * The promotion a button or form belongs to: the largest ancestor that is still short (heading + pitch + button)
 * and holds neither the headline, the article container, nor its date or byline. Returns the control itself when
 * its parent is already long text. `cache` keeps the verdict on ancestors shared by several controls.
 */
export function ctaBox(control: Element, pats: HtmlPatterns, cache = new Map<Element, boolean>()): Element {
  let box = control;
  for (let e = control.parentElement; e && !CTA_STOP.has(e.tagName); e = e.parentElement) {
    let ok = cache.get(e);
    if (ok === undefined) {
      const seen = inspect(e, CTA_MAX_WORDS * 12);
      ok = wordCount(seen.text) <= CTA_MAX_WORDS && !holdsArticleMeta(e, seen, pats);
      cache.set(e, ok);
    }
    if (!ok) break;
    box = e;
  }
  return box;
}

/**
 * Boxes that repeat this many times (under one parent, or with the same tag and class anywhere) are the cards of
 * a list of items (products, courses, listings), not a promotion.
 */
const CTA_LIST = 3;

/** Controls that make a call to action: links styled as buttons, buttons, and short forms (sign-up boxes). */
function ctaControls(body: Element, pats: HtmlPatterns): Element[] {
  const out: Element[] = [];
  for (const a of Array.from(body.getElementsByTagName('a'))) if (isButtonLike(a, pats)) out.push(a);
  for (const tag of ['button', 'form']) {
    for (const el of Array.from(body.getElementsByTagName(tag))) if (wordCount(el.textContent ?? '') <= CTA_MAX_WORDS) out.push(el);
  }
  return out;
}

/**
 * Calls to action: links styled as buttons ("Request a quote", "Shop now"), buttons and sign-up forms, with the
 * short box around them (a pitch heading and line). Controls whose boxes repeat side by side (one per card of a
 * listing) are left alone: the cards are the content. Found on the whole page (before pruning, while forms and
 * buttons are still there) and removed later with removeCallsToAction, after the date search has read the page.
 */
export function findCallsToAction(doc: Document, pats: HtmlPatterns): Element[] {
  const body = doc.body;
  if (!body) return [];
  const boxes = new Set<Element>();
  const cache = new Map<Element, boolean>();
  for (const c of ctaControls(body, pats)) boxes.add(ctaBox(c, pats, cache));
  const perParent = new Map<Element | null, number>();
  const perShape = new Map<string, number>();
  const shape = (b: Element): string => `${b.tagName} ${b.getAttribute('class') ?? ''}`;
  for (const b of boxes) {
    perParent.set(b.parentElement, (perParent.get(b.parentElement) ?? 0) + 1);
    perShape.set(shape(b), (perShape.get(shape(b)) ?? 0) + 1);
  }
  return [...boxes].filter((b) => (perParent.get(b.parentElement) ?? 0) < CTA_LIST && (perShape.get(shape(b)) ?? 0) < CTA_LIST);
}

export function removeCallsToAction(doc: Document, boxes: Element[], removed: Removal[]): void {
  const body = doc.body;
  if (!body) return;
  for (const box of boxes) {
    if (!body.contains(box)) continue; // pruned already, or inside a box removed before
    const text = summary(box);
    if (text) removed.push({ text, reason: 'pre-prune call to action' });
    box.remove();
  }
}

/** Both steps at once, where no date search sits between them. */
export function pruneCallsToAction(doc: Document, pats: HtmlPatterns, removed: Removal[]): void {
  removeCallsToAction(doc, findCallsToAction(doc, pats), removed);
}

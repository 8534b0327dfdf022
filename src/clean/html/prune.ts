// Pre-pruning before Readability: comment sections, related links, share bars, newsletter boxes, cookie banners,
// navigation. Patterns (class/id/role/aria) come from data/clean/html-patterns.json.
import type { Removal } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { normSpace, wordCount } from './text.js';

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
const CTA_MAX_WORDS = 50;
/** Climbing from a button stops below these: they hold the page or the article, never just a promotion. */
const CTA_STOP = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** A link or element styled as a button: role="button" or a button class token (btn-primary, wp-block-button__link). */
export function isButtonLike(el: Element, pats: HtmlPatterns): boolean {
  if ((el.getAttribute('role') ?? '').toLowerCase() === 'button') return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  for (const tok of cls.split(/\s+/)) if (tok && pats.buttonClass.test(tok)) return true;
  return false;
}

/**
 * The promotion a button belongs to: the largest ancestor that is still short (heading + pitch + button) and holds
 * neither the headline nor the article container. Returns the button itself when its parent is already long text.
 */
export function ctaBox(button: Element): Element {
  let box = button;
  for (let e = button.parentElement; e && !CTA_STOP.has(e.tagName); e = e.parentElement) {
    if (wordCount(e.textContent ?? '') > CTA_MAX_WORDS) break;
    if (e.querySelector('h1, article, main, [itemprop="articleBody"]')) break;
    box = e;
  }
  return box;
}

/**
 * Boxes that repeat this many times (under one parent, or with the same tag and class anywhere) are the cards of
 * a list of items (products, courses, listings), not a promotion.
 */
const CTA_LIST = 3;

/**
 * Calls to action: links styled as buttons ("Request a quote", "Shop now") and the short box around them
 * (a pitch heading and line). Runs after the class-based pruning, on what is left of the page. Buttons whose
 * boxes repeat side by side (one per card of a listing) are left alone: the cards are the content.
 */
export function pruneCallsToAction(doc: Document, pats: HtmlPatterns, removed: Removal[]): void {
  const body = doc.body;
  if (!body) return;
  const boxes = new Set<Element>();
  for (const a of Array.from(body.getElementsByTagName('a'))) if (isButtonLike(a, pats)) boxes.add(ctaBox(a));
  const perParent = new Map<Element | null, number>();
  const perShape = new Map<string, number>();
  const shape = (b: Element): string => `${b.tagName} ${b.getAttribute('class') ?? ''}`;
  for (const b of boxes) {
    perParent.set(b.parentElement, (perParent.get(b.parentElement) ?? 0) + 1);
    perShape.set(shape(b), (perShape.get(shape(b)) ?? 0) + 1);
  }
  for (const box of boxes) {
    if ((perParent.get(box.parentElement) ?? 0) >= CTA_LIST || (perShape.get(shape(box)) ?? 0) >= CTA_LIST) continue;
    if (!body.contains(box)) continue; // inside a box removed before
    const text = summary(box);
    if (text) removed.push({ text, reason: 'pre-prune call to action' });
    box.remove();
  }
}

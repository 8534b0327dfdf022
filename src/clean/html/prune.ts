// Pre-pruning before Readability: comment sections, related links, share bars, newsletter boxes, cookie banners,
// navigation. Patterns (class/id/role/aria) come from data/clean/html-patterns.json.
import type { Removal } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { normSpace } from './text.js';

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

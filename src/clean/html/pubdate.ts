// Publication-date evidence from one page: JSON-LD, <meta>, <time>, byline/date elements, URL, text near the title.
// Modified/updated dates are never candidates.
import type { DateCandidate } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { dateFromUrl, normalizeDateValue, parseDateInText } from './dates.js';
import { ldPages, ldString, type JsonObj, type MetaIndex } from './meta.js';
import { normSpace } from './text.js';

function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/** Candidates from structured metadata (call before the DOM is pruned or mutated). */
export function metaDateCandidates(meta: MetaIndex, articles: JsonObj[], pats: HtmlPatterns): DateCandidate[] {
  const out: DateCandidate[] = [];
  articles.forEach((a, i) => {
    for (const [key, w] of [['datePublished', 10], ['dateCreated', 6], ['uploadDate', 7]] as const) {
      const raw = ldString(a[key]);
      const v = normalizeDateValue(raw);
      if (v && raw) out.push({ value: v, from: `jsonld:${key}`, evidence: raw, weight: i === 0 ? w : w - 1 });
    }
  });
  for (const p of ldPages(meta, pats)) {
    const raw = ldString(p['datePublished']);
    const v = normalizeDateValue(raw);
    if (v && raw) out.push({ value: v, from: 'jsonld-page:datePublished', evidence: raw, weight: 4 });
  }
  for (const [key, values] of meta.byKey) {
    if (pats.modifiedHint.test(key)) continue;
    let w = pats.publishedMeta.get(key);
    if (key === 'datepublished') w = 9;
    if (w === undefined) continue;
    const raw = values[0]!;
    const v = normalizeDateValue(raw);
    if (v) out.push({ value: v, from: `meta:${key}`, evidence: raw, weight: w });
  }
  return out;
}

function inModifiedContext(el: Element, pats: HtmlPatterns): boolean {
  let cur: Element | null = el;
  for (let i = 0; i < 3 && cur; i++) {
    if (pats.modifiedHint.test(attrText(cur))) return true;
    cur = cur.parentElement;
  }
  // Text immediately before: "Updated: <time>".
  const prev = el.previousSibling;
  const before = normSpace(prev?.textContent ?? '').slice(-30) + ' ' + normSpace(el.parentElement?.textContent ?? '').slice(0, 25);
  const own = normSpace(el.textContent);
  const lead = before.replace(own, '');
  return /\b(updated|modified|edited|revised|aktualisiert|mis à jour|actualizado)\b/i.test(lead);
}

function headerContext(el: Element, pats: HtmlPatterns): number {
  let cur: Element | null = el.parentElement;
  let bonus = 0;
  for (let i = 0; i < 5 && cur; i++) {
    const tag = cur.tagName;
    if (tag === 'HEADER') bonus = Math.max(bonus, 2);
    if (tag === 'ARTICLE' || tag === 'MAIN') bonus = Math.max(bonus, 1);
    if (pats.dateClassHint.test(attrText(cur)) || pats.bylineHint.test(attrText(cur))) bonus = Math.max(bonus, 2);
    cur = cur.parentElement;
  }
  return bonus;
}

/** Candidates from the page body (<time>, date/byline elements, text near the headline) and the URL. */
export function bodyDateCandidates(doc: Document, url: string | null, h1: Element | null, pats: HtmlPatterns): DateCandidate[] {
  const out: DateCandidate[] = [];
  const times = Array.from(doc.querySelectorAll('time')).slice(0, 12);
  times.forEach((t, i) => {
    if (inModifiedContext(t, pats)) return;
    const dt = t.getAttribute('datetime') ?? t.getAttribute('content');
    const raw = dt ?? normSpace(t.textContent);
    const v = dt ? normalizeDateValue(dt) : parseDateInText(raw)?.value ?? null;
    if (!v) return;
    const ip = (t.getAttribute('itemprop') ?? '').toLowerCase();
    let w = 4 + headerContext(t, pats) + (i === 0 ? 1 : 0);
    if (t.hasAttribute('pubdate') || ip === 'datepublished') w = 9;
    out.push({ value: v, from: ip === 'datepublished' ? 'time-element:itemprop' : 'time-element', evidence: raw.slice(0, 80), weight: w });
  });
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]:not(meta):not(time)')).slice(0, 3)) {
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? normSpace(el.textContent);
    const v = normalizeDateValue(raw);
    if (v) out.push({ value: v, from: 'itemprop:datePublished', evidence: raw.slice(0, 80), weight: 9 });
  }
  // Byline/date elements written for people: "Published March 3, 2024". The first one in document order is the
  // article's own; later ones usually belong to teasers of other articles, so they weigh less.
  let seen = 0;
  let last: Element | null = null;
  let lastText = '';
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (seen >= 4) break;
    const tag = el.tagName;
    if (tag === 'TIME' || tag === 'BODY' || tag === 'HTML' || tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (!pats.dateClassHint.test(attrText(el)) || pats.modifiedHint.test(attrText(el))) continue;
    if (last && (last.contains(el) || el.contains(last))) continue;
    const text = normSpace(el.textContent);
    if (!text || text.length > 160 || text === lastText) continue;
    const d = parseDateInText(text);
    if (!d) continue;
    const lead = text.slice(Math.max(0, d.index - 25), d.index);
    if (/\b(updated|modified|edited|revised)\b/i.test(lead)) continue;
    last = el;
    lastText = text;
    out.push({ value: d.value, from: 'byline', evidence: text.slice(0, 100), weight: seen === 0 ? 5 : 3 });
    seen++;
  }
  const u = dateFromUrl(url);
  if (u) out.push({ value: u.value, from: 'url', evidence: u.evidence, weight: u.weight });
  // Text fallback: the first full date written shortly after the headline.
  if (h1 && !out.some((c) => c.weight >= 5)) {
    let text = '';
    let cur: Element | null = h1;
    for (let hops = 0; hops < 12 && cur && text.length < 400; hops++) {
      const next: Element | null = cur.nextElementSibling;
      if (next) {
        cur = next;
        text += ' ' + normSpace(next.textContent).slice(0, 300);
      } else cur = cur.parentElement;
    }
    const d = parseDateInText(text.slice(0, 400));
    if (d) {
      const lead = text.slice(Math.max(0, d.index - 25), d.index);
      if (!/\b(updated|modified|edited|revised)\b/i.test(lead)) out.push({ value: d.value, from: 'text', evidence: text.slice(Math.max(0, d.index - 30), d.index + d.text.length + 10).trim(), weight: 5 });
    }
  }
  return out;
}

/** A date needs this much support to be reported: a lone weak hint (a WebPage date, a teaser date) is not enough. */
export const MIN_DATE_SCORE = 5;

/**
 * Best candidate: per calendar day, the strongest weight plus 1 for every other independent source (different
 * `from`) naming the same day; earliest day wins ties. Null when no day reaches MIN_DATE_SCORE.
 */
export function pickPublished(cands: DateCandidate[]): DateCandidate | null {
  const byDay = new Map<string, { max: number; froms: Set<string>; best: DateCandidate }>();
  for (const c of cands) {
    if (c.weight <= 0) continue;
    const day = c.value.slice(0, 10);
    const src = c.from.replace(/:.*$/, '');
    const e = byDay.get(day);
    if (!e) byDay.set(day, { max: c.weight, froms: new Set([src]), best: c });
    else {
      e.froms.add(src);
      e.max = Math.max(e.max, c.weight);
      if (c.weight > e.best.weight || (c.weight === e.best.weight && c.value.length > e.best.value.length)) e.best = c;
    }
  }
  let best: { day: string; score: number; best: DateCandidate } | null = null;
  for (const [day, e] of byDay) {
    const score = e.max + Math.min(3, e.froms.size - 1);
    if (!best || score > best.score || (score === best.score && day < best.day)) best = { day, score, best: e.best };
  }
  return best && best.score >= MIN_DATE_SCORE ? best.best : null;
}

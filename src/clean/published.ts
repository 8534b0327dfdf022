// Publication date from the collected evidence: rank candidates by reliability and agreement, then check the
// winner against the body. A page-header date that the body contradicts (body dates weeks earlier, written as
// news of the day with weekday references) is the page's date, not the article's.
import type { DateCandidate } from '../types.js';
import { dateFromUrl } from './html/index.js';
import { dayDiff, explicitDates, weekdayReferences, weekdaysIn, weekdayOf } from './dates.js';

export interface PublishedChoice {
  published: string | null;
  publishedFrom: string | null;
  pageDate: string | null;
  candidates: DateCandidate[];
}

/** Sources that are never a publication date. */
const NEVER = new Set(['crawl', 'crawledAt', 'modified', 'body-anchor']);
/** Weak sources that must agree with the body to win. */
const WEAK_WEIGHT = 3;
/** A page-header date this many days after the latest body date, with weekday references, is a page date. */
const CONTRADICTION_DAYS = 14;

export function dateFromUrlPath(url: string | null): DateCandidate | null {
  const u = dateFromUrl(url);
  return u ? { value: u.value, from: 'url', evidence: u.evidence, weight: u.weight } : null;
}

/**
 * Body contradiction test for a weak date D: the body reports news of the day (weekday-only references like "on
 * Friday") and its latest explicit full date is long before D. Returns that body date (the anchor) or null.
 */
export function bodyContradicts(day: string, body: string): { anchor: string; evidence: string } | null {
  const refs = weekdayReferences(body);
  if (!refs.length) return null;
  const dates = explicitDates(body).filter((d) => dayDiff(d.value, day) <= 1);
  if (!dates.length) return null;
  const latest = dates.reduce((a, b) => (a.value.slice(0, 10) >= b.value.slice(0, 10) ? a : b));
  if (dayDiff(day, latest.value) <= CONTRADICTION_DAYS) return null;
  return { anchor: latest.value.slice(0, 10), evidence: body.slice(Math.max(0, latest.index - 30), latest.index + latest.text.length + 5).trim() };
}

/** The latest revision date among the candidates (a day-first value), none before the publication day. */
export function modifiedDate(cands: DateCandidate[], published: string | null): string | null {
  let best: string | null = null;
  for (const c of cands) {
    if (c.from !== 'modified' || !/^\d{4}-\d{2}-\d{2}/.test(c.value)) continue;
    if (published && c.value.slice(0, 10) < published.slice(0, 10)) continue;
    if (!best || c.value.slice(0, 10) > best.slice(0, 10) || (c.value.slice(0, 10) === best.slice(0, 10) && c.value.length > best.length)) best = c.value;
  }
  return best;
}

export function choosePublished(cands: DateCandidate[], body: string): PublishedChoice {
  const usable = cands.filter((c) => !NEVER.has(c.from) && /^\d{4}-\d{2}-\d{2}/.test(c.value));
  const out: DateCandidate[] = [...cands];
  const byDay = new Map<string, { score: number; best: DateCandidate; froms: Set<string>; withTime: DateCandidate | null }>();
  for (const c of usable) {
    const day = c.value.slice(0, 10);
    const e = byDay.get(day);
    if (!e) byDay.set(day, { score: c.weight, best: c, froms: new Set([c.from]), withTime: c.value.length > 10 ? c : null });
    else {
      if (!e.froms.has(c.from)) { e.score = Math.max(e.score, c.weight) + 0.5; e.froms.add(c.from); }
      else e.score = Math.max(e.score, c.weight);
      if (c.weight > e.best.weight) e.best = c;
      if (c.value.length > 10 && (!e.withTime || c.weight > e.withTime.weight)) e.withTime = c;
    }
  }
  const ranked = [...byDay.entries()].sort((a, b) => b[1].score - a[1].score || b[1].best.weight - a[1].best.weight || a[0].localeCompare(b[0]));
  const header = usable.filter((c) => c.from === 'site-header');
  let pageDate: string | null = null;
  const textDays = new Set(usable.filter((c) => c.from === 'text').map((c) => c.value.slice(0, 10)));
  for (const [day, e] of ranked) {
    // Loose date lines in the body only count when they agree with each other (lists of dated teasers don't).
    if (e.best.from === 'text' && e.froms.size === 1 && textDays.size > 1) continue;
    if (e.best.weight <= WEAK_WEIGHT) {
      const contra = bodyContradicts(day, body);
      if (contra) {
        if (e.froms.has('site-header')) pageDate = pageDate ?? day;
        out.push({ value: contra.anchor, from: 'body-anchor', evidence: contra.evidence, weight: 1 });
        continue;
      }
    }
    const value = e.withTime && e.withTime.value.slice(0, 10) === day ? e.withTime.value : e.best.value;
    if (!pageDate) {
      const other = header.find((h) => h.value.slice(0, 10) !== day);
      if (other) pageDate = other.value.slice(0, 10);
    }
    return { published: value, publishedFrom: e.best.from, pageDate, candidates: out };
  }
  if (!pageDate && header.length) pageDate = header[0]!.value.slice(0, 10);
  return { published: null, publishedFrom: null, pageDate, candidates: out };
}

export { weekdaysIn, weekdayOf };

// Date evidence for the text cleaner: date lines (bylines, page-header dates, timestamp lines), explicit dates in
// the body, and numeric-date disambiguation by a stated weekday. chrono-node parses month-name dates in several
// languages; numeric d.m.y / m/d/y dates are read here because chrono fixes one order per locale and cannot use
// the weekday written next to the date to choose between 3 May and 5 March.
import type * as chrono from 'chrono-node';
import { chronoLocaleOf } from '../util/chrono.js';
import { normalizeDateValue } from './html/index.js';
import { words } from './text.js';
import { readDataJson } from './data.js';
import { monthWordTest } from './months.js';
import { pad, validDay } from '../util/calendar.js';

const MAX_YEAR = new Date().getUTCFullYear() + 1;
const MIN_YEAR = 1900;

export interface FoundDate {
  /** YYYY-MM-DD or ISO date-time. */
  value: string;
  /** The matched text and its offset. */
  text: string;
  index: number;
  /** How an ambiguity was settled, if there was one. */
  note?: string;
}

/** A calendar day a news page can plausibly be dated (1990 to next year): the clean stage's check of a candidate. */
export function plausibleDay(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && validDay(y, m, d);
}

export function weekdayOf(day: string): number {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

export { dayDiff } from '../util/calendar.js';

const LOCALES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
const PARSERS: { parse: (t: string, ref?: Date) => chrono.ParsedResult[] }[] = LOCALES.map((l) => chronoLocaleOf(l));
// A date with letters that the locale parsers can read in full (day, month, year) names its month in words, or is a
// slashed year-first date followed by a time ("2022/03/08 at 10 am"); other text spares the seven parsers.
let hasMonthWord: ((text: string) => boolean) | null = null;
function mayHoldWordDate(text: string): boolean {
  hasMonthWord ??= monthWordTest(LOCALES);
  return hasMonthWord(text) || /\d{4}\/\d{1,2}\/\d{1,2}/.test(text);
}

/** Weekdays (0 = Sunday) stated in a short piece of text, in any supported language. */
export function weekdaysIn(text: string): number[] {
  if (!/\p{L}{3}/u.test(text)) return []; // a weekday name needs letters: spare the seven parsers
  return [...new Set(firstLocaleResults(text, (r) => r.start.isCertain('weekday')).map((r) => r.start.get('weekday')!))];
}

/** Results of the first locale parser that finds any result passing `keep` (parsers never throw past here). */
function firstLocaleResults(text: string, keep: (r: chrono.ParsedResult) => boolean): chrono.ParsedResult[] {
  for (const p of PARSERS) {
    let rs: chrono.ParsedResult[];
    try {
      rs = p.parse(text);
    } catch {
      // a locale parser that fails on this text has found nothing in it
      rs = [];
    }
    const kept = rs.filter(keep);
    if (kept.length) return kept;
  }
  return [];
}

/** Numeric dates d.m.yyyy, m/d/yyyy, d-m-yyyy with the day/month order settled (weekday nearby, impossible month, else convention). */
export function numericDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const re = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d\p{L}]|[./-]\d)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    const dm = plausibleDay(y, b, a) ? `${y}-${pad(b)}-${pad(a)}` : null; // day.month
    const md = plausibleDay(y, a, b) ? `${y}-${pad(a)}-${pad(b)}` : null; // month/day
    let value: string | null;
    let note: string | undefined;
    if (dm && md && dm !== md) {
      const window = text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 20));
      const wds = weekdaysIn(window);
      const dmOk = wds.includes(weekdayOf(dm));
      const mdOk = wds.includes(weekdayOf(md));
      if (dmOk && !mdOk) { value = dm; note = 'day-month order from weekday'; }
      else if (mdOk && !dmOk) { value = md; note = 'month-day order from weekday'; }
      else { value = m[2] === '/' ? md : dm; note = m[2] === '/' ? 'month/day by convention' : 'day.month by convention'; }
    } else value = dm ?? md;
    if (value) out.push({ value, text: m[0], index: m.index, note });
  }
  return out;
}

function fromChrono(r: chrono.ParsedResult): string | null {
  const c = r.start;
  if (!(c.isCertain('day') && c.isCertain('month') && c.isCertain('year'))) return null;
  const y = c.get('year')!, mo = c.get('month')!, d = c.get('day')!;
  if (!plausibleDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return day;
  const h = c.get('hour')!, mi = c.get('minute') ?? 0;
  let tz = '';
  if (c.isCertain('timezoneOffset')) {
    const off = c.get('timezoneOffset')!;
    tz = off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  }
  return `${day}T${pad(h)}:${pad(mi)}:00${tz}`;
}

/** Fully specified dates (day, month, year written) in a text, in order. Relative expressions are ignored. */
export function explicitDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const iso = /(?<![\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?(?![\d])/g;
  let m: RegExpExecArray | null;
  while ((m = iso.exec(text))) {
    const v = normalizeDateValue(m[0]);
    if (v) found.push({ value: v, text: m[0], index: m.index });
  }
  for (const n of numericDates(text)) if (!overlaps(found, n)) found.push(n);
  if (/\p{L}/u.test(text) && /\d{4}/.test(text) && mayHoldWordDate(text)) {
    for (const p of PARSERS) {
      let rs: chrono.ParsedResult[];
      try {
        rs = p.parse(text, new Date(Date.UTC(2000, 0, 1)));
      } catch {
        // a locale parser that fails on this text has found nothing in it
        rs = [];
      }
      let any = false;
      for (const r of rs) {
        if (!/\p{L}/u.test(r.text)) continue; // numeric forms are handled above
        if (!/\d{4}/.test(r.text)) continue; // the year must be written: no "today", "in 10 minutes"
        const v = fromChrono(r);
        if (!v) continue;
        const f = { value: v, text: r.text, index: r.index };
        if (!overlaps(found, f)) { found.push(f); any = true; }
      }
      if (any) break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function overlaps(list: FoundDate[], f: FoundDate): boolean {
  return list.some((x) => f.index < x.index + x.text.length && x.index < f.index + f.text.length);
}

/** One regex per label list, compiled once: a label at the end of the text before a date. */
let labels: { modified: RegExp; published: RegExp } | null = null;
function dateLabels(): { modified: RegExp; published: RegExp } {
  if (!labels) {
    const raw = readDataJson('data/clean/dates.json') as { modified: string[]; published: string[] };
    const re = (ws: string[]) => new RegExp(`(^|[^\\p{L}])(${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(\\s+(on|at|le|am|el|em|il|op))?$`, 'u');
    labels = { modified: re(raw.modified), published: re(raw.published) };
  }
  return labels;
}

/** The label written just before a date: "modified" (updated/revised…), "published", or null. */
export function dateLabel(before: string): 'modified' | 'published' | null {
  const t = before.toLowerCase().replace(/[\s:|,–—-]+$/, '').slice(-30);
  const L = dateLabels();
  if (L.modified.test(t)) return 'modified';
  if (L.published.test(t)) return 'published';
  return null;
}

/**
 * A date line: a short paragraph that is essentially one date (plus weekday, time, zone, a place name or a
 * "published/updated" label, a vote count). With two dates ("Published … Updated …") the published one is
 * taken. Returns the date (with its label in `note`), or null.
 */
export function dateLine(p: string): FoundDate | null {
  if (p.length > 120 || !/\d{2}/.test(p)) return null;
  let ds = explicitDates(p);
  if (ds.length === 2) {
    const pub = ds.filter((d, i) => dateLabel(p.slice(i ? ds[0]!.index + ds[0]!.text.length : 0, d.index)) !== 'modified');
    if (pub.length !== 1) return null;
    const other = ds.find((d) => d !== pub[0])!;
    p = p.slice(0, other.index) + p.slice(other.index + other.text.length);
    ds = explicitDates(p);
  }
  if (ds.length !== 1) return null;
  const d = ds[0]!;
  const label = dateLabel(p.slice(0, d.index));
  if (label) d.note = label;
  const rest = (p.slice(0, d.index) + ' ' + p.slice(d.index + d.text.length)).replace(/\b(utc|gmt|[ap]\.?m\.?|[+-]\d{2}:?\d{2})\b/gi, ' ');
  const restWords = words(rest).filter((w) => !/^\d{1,2}$/.test(w) && !/^\d{1,2}:\d{2}$/.test(w));
  const labelWords = label ? 2 : 0;
  // (a weekday excuses one word at most: a line with more words than that is no date line, without running the
  //  seven locale parsers of weekdaysIn on it)
  if (restWords.length - 1 - labelWords > 3) return null;
  const weekdays = weekdaysIn(rest).length ? 1 : 0;
  return restWords.length - weekdays - labelWords <= 3 ? d : null;
}

/** A year-only line ("2023") or a time-only line ("10:30 am"). */
export function isBareTimeLine(p: string): boolean {
  return /^(?:19|20)\d{2}$/.test(p.trim()) || /^\d{1,2}:\d{2}(?::\d{2})?\s*([ap]\.?m\.?)?\s*(utc|gmt)?$/i.test(p.trim());
}

/**
 * News-of-the-day references: weekday-only expressions ("on Saturday", "el viernes") that only make sense close
 * to the publication date.
 */
export function weekdayReferences(text: string): string[] {
  return firstLocaleResults(text, (r) => r.start.isCertain('weekday') && !r.start.isCertain('day')).map((r) => r.text);
}

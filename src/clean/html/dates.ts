// Date normalisation for the HTML reader: attribute/meta values and short byline strings → ISO date(-time).
import type * as chrono from 'chrono-node';
import { chronoLocaleOf } from '../../util/chrono.js';
import { normSpace } from './text.js';
import { pad, validDay } from '../../util/calendar.js';

const MAX_YEAR = new Date().getUTCFullYear() + 1;
const MIN_YEAR = 1990;

/** A day a page's own metadata can plausibly carry (1990 to next year). */
function plausibleDay(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && validDay(y, m, d);
}

const ISO_RE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?(?![\d])/i;

/**
 * Normalises a machine-readable date value (ISO 8601, YYYY/MM/DD, YYYYMMDD, epoch, RFC 2822) to
 * "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[±HH:MM|Z]". The calendar day is kept as written (no time-zone shift).
 */
export function normalizeDateValue(raw: string | null | undefined): string | null {
  const s = normSpace(raw);
  if (!s) return null;
  const m = ISO_RE.exec(s);
  if (m) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (!plausibleDay(y, mo, d)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return day;
    const h = +m[4], mi = +m[5]!, sec = m[6] ? +m[6] : 0;
    if (h > 23 || mi > 59 || sec > 59) return day;
    let tz = m[7] ?? '';
    if (/^(utc|gmt)$/i.test(tz)) tz = 'Z';
    else if (tz && tz !== 'Z' && !tz.includes(':')) tz = `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${day}T${pad(h)}:${pad(mi)}:${pad(sec)}${tz}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/.exec(s);
  if (compact) {
    const y = +compact[1]!, mo = +compact[2]!, d = +compact[3]!;
    return plausibleDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const dt = new Date(ms);
    const y = dt.getUTCFullYear();
    return plausibleDay(y, dt.getUTCMonth() + 1, dt.getUTCDate()) ? dt.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  }
  return parseDateInText(s)?.value ?? null;
}

export interface TextDate {
  value: string;
  index: number;
  text: string;
  /** The start of a period written as one expression ("12 – 17 December 2025"). */
  range?: boolean;
}

/**
 * Finds the first fully specified calendar date (day, month and year all written) in a short human text,
 * e.g. "March 3, 2024", "3 Mar 2024", "2024-03-03". Relative expressions ("2 hours ago") are ignored on
 * purpose: they would turn the crawl day into a publication date. Uses chrono's strict parser.
 */
export function parseDateInText(text: string): TextDate | null {
  if (!text || !/\d/.test(text)) return null;
  const iso = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text);
  let results: chrono.ParsedResult[];
  try {
    results = chronoLocaleOf('en').strict.parse(text, new Date(Date.UTC(MAX_YEAR - 1, 0, 1)));
  } catch {
    // chrono failing on a page's text has found no date in it
    results = [];
  }
  let best: TextDate | null = null;
  for (const r of results) {
    const c = r.start;
    if (r.end) continue; // a period ("12 – 17 December 2025") is not one date
    if (!(c.isCertain('day') && c.isCertain('month') && c.isCertain('year'))) continue;
    // The year must be written out: relative phrases ("3 hours ago") are 'certain' for chrono but not for us.
    if (!/(?<!\d)(19|20)\d{2}(?!\d)/.test(r.text)) continue;
    const y = c.get('year')!, mo = c.get('month')!, d = c.get('day')!;
    if (!plausibleDay(y, mo, d)) continue;
    best = { value: `${y}-${pad(mo)}-${pad(d)}`, index: r.index, text: r.text };
    break;
  }
  if (iso && (!best || iso.index < best.index)) {
    const y = +iso[1]!, mo = +iso[2]!, d = +iso[3]!;
    if (plausibleDay(y, mo, d)) best = { value: `${y}-${pad(mo)}-${pad(d)}`, index: iso.index, text: iso[0] };
  }
  return best;
}

/** Dates written into the URL path: /2023/01/02/, /2023-01-02-, /20230102/. */
export function dateFromUrl(url: string | null | undefined): { value: string; evidence: string; weight: number } | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
    path = decodeURIComponent(path);
  } catch {
    /* keep raw */
  }
  const slashed = /(?:^|\/)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.+-]|$)/.exec(path);
  if (slashed) {
    const y = +slashed[1]!, mo = +slashed[2]!, d = +slashed[3]!;
    if (plausibleDay(y, mo, d)) return { value: `${y}-${pad(mo)}-${pad(d)}`, evidence: slashed[0].replace(/^\//, ''), weight: 6 };
  }
  // A month written as a word: /2023/october/03/, /2023/oct/03/ (read by the date parsers, any of their languages).
  const named = /(?:^|\/)((?:19|20)\d{2})\/(\p{L}{3,12})\/(0?[1-9]|[12]\d|3[01])(?=[/_.+-]|$)/u.exec(path);
  if (named) {
    const day = +named[3]!;
    const d = datesInText(`${day} ${named[2]} ${named[1]}`, 'dm', false)[0] ?? datesInText(`${day}. ${named[2]} ${named[1]}`, 'dm', false)[0];
    if (d) return { value: d.value, evidence: named[0].replace(/^\//, ''), weight: 6 };
  }
  const compact = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (compact) {
    const y = +compact[1]!, mo = +compact[2]!, d = +compact[3]!;
    if (plausibleDay(y, mo, d)) return { value: `${y}-${pad(mo)}-${pad(d)}`, evidence: compact[0].replace(/^[/_-]/, ''), weight: 5 };
  }
  return null;
}

/** Day/month order for all-numeric dates: US English writes month first, (nearly) everyone else day first. */
export type NumericOrder = 'md' | 'dm';

export function numericOrderFor(lang: string | null | undefined): NumericOrder {
  const l = (lang ?? '').toLowerCase().replace('_', '-');
  if (!l || l === 'en' || l === 'en-us' || l.startsWith('en-us')) return 'md';
  return 'dm';
}

const OTHER_LANGS: { parse: (t: string, ref?: Date) => chrono.ParsedResult[] }[] = ['de', 'fr', 'es', 'pt', 'it', 'nl'].map(chronoLocaleOf);

function overlapsAny(list: TextDate[], index: number, len: number): boolean {
  return list.some((x) => index < x.index + x.text.length && x.index < index + len);
}

/**
 * Every fully specified calendar date in a short human text (a byline, a date line), in order: ISO forms,
 * all-numeric forms (order from the page language unless the values settle it), and month-name forms in English
 * (chrono strict) or, for pages in other languages, the first of chrono's other locales that finds one.
 * Relative expressions ("2 days ago") never count: the year must be written.
 */
export function datesInText(text: string, order: NumericOrder = 'md', english = true): TextDate[] {
  const out: TextDate[] = [];
  // Every form read here writes a four-digit year: texts without one are skipped before any parsing.
  if (!text || !/(?<!\d)(19|20)\d{2}(?!\d)/.test(text)) return out;
  const iso = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = iso.exec(text))) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (plausibleDay(y, mo, d)) out.push({ value: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, text: m[0] });
  }
  const num = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d|[./-]\d)/g;
  while ((m = num.exec(text))) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    const dm = plausibleDay(y, b, a) ? `${y}-${pad(b)}-${pad(a)}` : null;
    const md = plausibleDay(y, a, b) ? `${y}-${pad(a)}-${pad(b)}` : null;
    // Month first is a slash convention (US); dotted and dashed numeric dates are day first nearly everywhere.
    const v = dm && md ? (order === 'md' && m[2] === '/' ? md : dm) : dm ?? md;
    if (v && !overlapsAny(out, m.index, m[0].length)) out.push({ value: v, index: m.index, text: m[0] });
  }
  if (/\p{L}/u.test(text)) {
    const strict = chronoLocaleOf('en').strict;
    const parsers = english ? [strict] : [strict, ...OTHER_LANGS];
    for (const p of parsers) {
      let rs: chrono.ParsedResult[];
      try {
        rs = p.parse(text, new Date(Date.UTC(MAX_YEAR - 1, 0, 1)));
        // chrono can swallow a date written right before another one ("June 29, 2020 November 12, 2021"):
        // read the text in front of its first result again.
        for (let k = 0; k < 2 && rs.length && rs[0]!.index > 6; k++) {
          const head = p.parse(text.slice(0, rs[0]!.index), new Date(Date.UTC(MAX_YEAR - 1, 0, 1)));
          if (!head.length) break;
          rs = [...head, ...rs];
        }
      } catch {
        // a locale parser failing on this text has found no date in it
        rs = [];
      }
      let any = false;
      for (const r of rs) {
        if (!/\p{L}/u.test(r.text) || !/(?<!\d)(19|20)\d{2}(?!\d)/.test(r.text)) continue;
        const c = r.start;
        if (!(c.isCertain('day') && c.isCertain('month') && c.isCertain('year'))) continue;
        const y = c.get('year')!, mo = c.get('month')!, d = c.get('day')!;
        if (!plausibleDay(y, mo, d) || overlapsAny(out, r.index, r.text.length)) continue;
        out.push({ value: `${y}-${pad(mo)}-${pad(d)}`, index: r.index, text: r.text, ...(r.end ? { range: true } : {}) });
        any = true;
      }
      if (any) break;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

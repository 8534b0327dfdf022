// Calendar arithmetic on plain {y,m,d} values (UTC, no time zones) and TIMEX3 value → interval conversion.
import type { DateInterval, Precision } from '../types.js';
import { type YMD, dayDiff, daysInMonth, pad, parseDay, validDay } from '../util/calendar.js';

export { type YMD, dayDiff, daysInMonth, pad, parseDay, validDay };

export function ymd(y: number, m: number, d: number): YMD {
  const t = new Date(Date.UTC(y, m - 1, d));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}


export const fmtDay = (t: YMD): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

export function addDays(t: YMD, n: number): YMD {
  return ymd(t.y, t.m, t.d + n);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function weekday(t: YMD): number {
  const w = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(t: YMD): { y: number; w: number } {
  const thursday = addDays(t, 4 - weekday(t));
  const jan1 = ymd(thursday.y, 1, 1);
  const dayOfYear = dayDiff(thursday, jan1);
  return { y: thursday.y, w: Math.floor(dayOfYear / 7) + 1 };
}

export function fmtWeek(t: YMD): string {
  const { y, w } = isoWeek(t);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Monday of ISO week w of year y. */
export function isoWeekStart(y: number, w: number): YMD {
  const jan4 = ymd(y, 1, 4);
  return addDays(jan4, 1 - weekday(jan4) + (w - 1) * 7);
}

export function cmp(a: YMD, b: YMD): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * TIMEX3 value → the days it covers and its precision. Handles YYYY, YYYY-MM, YYYY-MM-DD(Thh…), YYYY-Www, YYYY-Www-WE,
 * YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI, decades (199X or 199) and centuries (19XX). Other values (PAST_REF, P2Y, XXXX-…) → null.
 */
export function intervalOf(value: string | null | undefined): (DateInterval & { precision: Precision }) | null {
  if (!value) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const t = parseDay(`${m[1]}-${m[2]}-${m[3]}`);
    return t ? { start: fmtDay(t), end: fmtDay(t), precision: 'day' } : null;
  }
  if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const mon = isoWeekStart(Number(m[1]), Number(m[2]));
    if (m[3]) return { start: fmtDay(addDays(mon, 5)), end: fmtDay(addDays(mon, 6)), precision: 'week' };
    return { start: fmtDay(mon), end: fmtDay(addDays(mon, 6)), precision: 'week' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]), mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}`, precision: 'month' };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]), q = Number(m[2]);
    const em = q * 3;
    return { start: fmtMonth(y, em - 2) + '-01', end: fmtMonth(y, em) + '-' + pad(daysInMonth(y, em)), precision: 'quarter' };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = Number(m[1]);
    return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30`, precision: 'quarter' } : { start: `${m[1]}-07-01`, end: `${y}-12-31`, precision: 'quarter' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [a, b] = SEASON_MONTHS[m[2]!]!;
    const e = addMonths(y, 1, b - 1);
    return { start: fmtMonth(y, a) + '-01', end: fmtMonth(e.y, e.m) + '-' + pad(daysInMonth(e.y, e.m)), precision: 'quarter' };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  if ((m = /^(\d{3})X?$/.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, precision: 'decade' };
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31`, precision: 'century' };
  return null;
}

/** The finer unit a part of an interval of each precision is counted in ("late 2023": months; "late March": days). */
const PART_UNIT: Partial<Record<Precision, 'day' | 'month' | 'year'>> = {
  century: 'year', decade: 'year', year: 'month', quarter: 'month', month: 'day', week: 'day',
};

/** The consecutive days, months or years [start, end] of an interval, as intervals. */
function slots(iv: DateInterval, unit: 'day' | 'month' | 'year'): DateInterval[] {
  const s = parseDay(iv.start)!, e = parseDay(iv.end)!;
  const out: DateInterval[] = [];
  if (unit === 'day') {
    for (let d = s; cmp(d, e) <= 0; d = addDays(d, 1)) out.push({ start: fmtDay(d), end: fmtDay(d) });
  } else if (unit === 'month') {
    for (let k = s.y * 12 + s.m - 1; k <= e.y * 12 + e.m - 1; k++) {
      const y = Math.floor(k / 12), m = (k % 12) + 1;
      out.push({ start: `${fmtMonth(y, m)}-01`, end: `${fmtMonth(y, m)}-${pad(daysInMonth(y, m))}` });
    }
  } else {
    for (let y = s.y; y <= e.y; y++) out.push({ start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` });
  }
  return out;
}

/**
 * Narrows an interval to its start / middle / end third (TIMEX3 mod START/MID/END: "early 2023", "mid-March"). The
 * thirds are whole units one step finer than the interval's precision, and the precision becomes that unit's: "late
 * 2023" is September–December at month precision, "late March" the 22nd–31st at day precision, "the late 1970s"
 * 1977–1979 at year precision. Without a precision the thirds are counted in days.
 */
export function narrow(iv: DateInterval, mod: 'START' | 'MID' | 'END' | undefined, precision?: Precision): DateInterval & { precision?: Precision } {
  if (!mod) return precision ? { ...iv, precision } : iv;
  const unit = precision ? PART_UNIT[precision] : 'day';
  const parts = unit ? slots(iv, unit) : [];
  if (parts.length < 3) return precision ? { ...iv, precision } : iv;
  const n = parts.length, third = Math.floor(n / 3);
  const [a, b] = mod === 'START' ? [0, third - 1] : mod === 'MID' ? [third, n - third - 1] : [n - third, n - 1];
  const out = { start: parts[a]!.start, end: parts[b]!.end };
  return precision ? { ...out, precision: unit === 'day' ? 'day' : unit === 'month' ? 'month' : 'year' } : out;
}

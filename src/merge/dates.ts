// Date arithmetic on YYYY-MM-DD interval bounds (UTC day numbers) and display at a date's precision.
import type { DateInterval, EventDate, Precision } from '../types.js';

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a YYYY-MM-DD or ISO date-time string; NaN if unparsable. */
export function dayNumber(s: string): number {
  let n = dayCache.get(s);
  if (n === undefined) {
    const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(s);
    n = m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) : NaN;
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(s, n);
  }
  return n;
}
const dayCache = new Map<string, number>();

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in an inclusive interval. */
export function intervalDays(d: DateInterval): number {
  return dayNumber(d.end) - dayNumber(d.start) + 1;
}

export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function intersect(a: DateInterval, b: DateInterval): DateInterval | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}

/** Days strictly between two non-overlapping intervals (0 when they touch). */
export function gapDays(a: DateInterval, b: DateInterval): number {
  if (overlaps(a, b)) return -1;
  return a.end < b.start ? dayNumber(b.start) - dayNumber(a.end) - 1 : dayNumber(a.start) - dayNumber(b.end) - 1;
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5, century: 6 };
export function precisionRank(p: Precision): number {
  return PRECISION_RANK[p] ?? 6;
}

/** The date as written at its precision: 2022-03-05, 2022-03-05/06 (a span of days), 2022-03, 2023-Q4, 2019, 2010s. */
export function formatEventDate(d: EventDate | null): string {
  if (!d) return 'undated';
  const y = d.start.slice(0, 4);
  switch (d.precision) {
    case 'day':
      return d.start === d.end ? d.start : formatSpan(d);
    case 'month':
      return d.start.slice(0, 7) === d.end.slice(0, 7) ? d.start.slice(0, 7) : formatSpan(d);
    case 'quarter': {
      const q = Math.floor((Number(d.start.slice(5, 7)) - 1) / 3) + 1;
      return `${y}-Q${q}`;
    }
    case 'year':
      return d.start.slice(0, 4) === d.end.slice(0, 4) ? y : formatSpan(d);
    case 'decade':
      return `${y.slice(0, 3)}0s`;
    default:
      return formatSpan(d);
  }
}

/** ISO 8601 interval, abbreviated on the right: 2022-03-05/06, 2022-02-28/03-06, 2021-12-27/2022-01-02. */
function formatSpan(d: DateInterval): string {
  if (d.start === d.end) return d.start;
  if (d.start.slice(0, 7) === d.end.slice(0, 7)) return `${d.start}/${d.end.slice(8)}`;
  if (d.start.slice(0, 4) === d.end.slice(0, 4)) return `${d.start}/${d.end.slice(5)}`;
  return `${d.start}/${d.end}`;
}

// Counted units of time: TIMEX3 duration values (P2Y, PT5H30M), the value n units away from a day, the span a
// counted duration covers up to the reference date, and quarters as running indexes.
import type { Precision } from '../../types.js';
import { type YMD, addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, pad, quarterOf, ymd } from '../dates.js';
import type { UnitCode } from '../lexicon.js';
import type { Ctx, G } from './context.js';

/** The value of the unit n units away from base ("last week" from a day: its ISO week one week back). */
export function unitShiftValue(unit: UnitCode, base: YMD, n: number): string {
  switch (unit) {
    case 'D': return fmtDay(addDays(base, n));
    case 'W': return fmtWeek(addDays(base, 7 * n));
    case 'FN': return fmtWeek(addDays(base, 14 * n));
    case 'M': { const t = addMonths(base.y, base.m, n); return fmtMonth(t.y, t.m); }
    case 'Q': { const k = base.y * 4 + quarterOf(base.m) - 1 + n; return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`; }
    case 'Y': return pad(base.y + n, 4);
    case 'DE': return `${Math.floor((base.y + 10 * n) / 10)}X`;
    case 'CE': return `${pad(Math.floor((base.y + 100 * n) / 100))}XX`;
    case 'H': case 'MIN': case 'S': return fmtDay(base);
  }
}

// A fractional count goes into the next smaller unit it fills whole: "2 1/2 years ago" by months, "a half century
// ago" by years (fifty), "a week and a half" by days
const FINER: Partial<Record<UnitCode, [UnitCode, number]>> = { CE: ['Y', 100], DE: ['Y', 10], Y: ['M', 12], Q: ['M', 3], FN: ['D', 14], W: ['D', 7] };

/** The value n units away from base, at the precision of the unit (of the finer unit a fractional count goes into). */
export function landingValue(unit: UnitCode, base: YMD, n: number): string {
  if (Number.isInteger(n)) return unitShiftValue(unit, base, n);
  const finer = FINER[unit];
  if (finer) return unitShiftValue(finer[0], base, Math.round(n * finer[1]));
  return unitShiftValue(unit, base, Math.round(n));
}

const FRACTIONS: Record<string, number> = { '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** The fraction added to a count: "2 1/2 years", "5½ hours", "a year and a half". */
export function fractionOf(g: G, ctx: Ctx): number {
  const f = g.frac ?? g.frac2;
  if (f) return FRACTIONS[f] ?? 0;
  return ctx.lang.cues.andAHalf.test(ctx.text) ? 0.5 : 0;
}

/**
 * A fractional count as whole units plus the remainder in the next smaller unit, as TimeML writes it:
 * 2.5 years → P2Y6M, 5.5 hours → PT5H30M, 1.5 minutes → PT1M30S, 1.5 days → P1DT12H, 2.5 decades → P25Y.
 */
export function fractionalDuration(n: number, code: UnitCode): string {
  const whole = Math.floor(n);
  const sub = (per: number) => Math.round((n - whole) * per);
  switch (code) {
    case 'Y': return `P${whole ? `${whole}Y` : ''}${sub(12)}M`;
    case 'M': return `P${whole ? `${whole}M` : ''}${sub(30)}D`;
    case 'W': return `P${whole * 7 + sub(7)}D`;
    case 'D': return `P${whole ? `${whole}D` : ''}T${sub(24)}H`;
    case 'H': return `PT${whole ? `${whole}H` : ''}${sub(60)}M`;
    case 'MIN': return `PT${whole ? `${whole}M` : ''}${sub(60)}S`;
    case 'Q': return `P${Math.round(n * 3)}M`;
    case 'DE': return `P${Math.round(n * 10)}Y`;
    case 'CE': return `P${Math.round(n * 100)}Y`;
  }
  return durationValue(n, code);
}

export function durationValue(n: number | 'X', code: UnitCode): string {
  if (code === 'H' || code === 'MIN' || code === 'S') return `PT${n}${code === 'MIN' ? 'M' : code}`;
  // ISO 8601 has no decade, century, fortnight or quarter designator: counted ones go into years, weeks or months
  // ("two decades" P20Y), and so do vague ones ("decades" PXY, "recent quarters" PXM)
  if (code === 'DE') return n === 'X' ? 'PXY' : `P${n * 10}Y`;
  if (code === 'CE') return n === 'X' ? 'PXY' : `P${n * 100}Y`;
  if (code === 'FN') return n === 'X' ? 'PXW' : `P${n * 2}W`;
  if (code === 'Q') return n === 'X' ? 'PXM' : `P${n * 3}M`;
  return `P${n}${code}`;
}

const SPAN_PRECISION: Partial<Record<UnitCode, Precision>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade' };

/** The days n units before (dir -1) or after (dir 1) the reference date cover ("the past two months"). */
export function durationInterval(ref: YMD, unit: UnitCode, n: number, dir: 1 | -1): { start: string; end: string; precision: Precision } | null {
  let other: YMD;
  switch (unit) {
    case 'D': other = addDays(ref, dir * n); break;
    case 'W': other = addDays(ref, dir * 7 * n); break;
    case 'M': { const t = addMonths(ref.y, ref.m, dir * n); other = ymd(t.y, t.m, Math.min(ref.d, daysInMonth(t.y, t.m))); break; }
    case 'Q': { const t = addMonths(ref.y, ref.m, dir * 3 * n); other = ymd(t.y, t.m, Math.min(ref.d, daysInMonth(t.y, t.m))); break; }
    case 'Y': other = ymd(ref.y + dir * n, ref.m, Math.min(ref.d, daysInMonth(ref.y + dir * n, ref.m))); break;
    case 'DE': other = ymd(ref.y + dir * 10 * n, ref.m, 1); break;
    default: return null;
  }
  const [a, b] = dir < 0 ? [other, ref] : [ref, other];
  return { start: fmtDay(a), end: fmtDay(b), precision: SPAN_PRECISION[unit]! };
}

/** A quarter value as a running index (year * 4 + quarter - 1), or null. */
export function quarterIndex(v: string | null | undefined): number | null {
  const m = v ? /^(\d{4})-Q([1-4])$/.exec(v) : null;
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
}

export const fmtQuarter = (k: number): string => `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;

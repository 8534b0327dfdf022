// Plain calendar helpers shared by the stages (UTC days, no time zones): zero padding, day validity, day distance.
// One copy of each; the time stage builds its calendar arithmetic on them (src/time/dates.ts).

/** A calendar day. */
export interface YMD { y: number; m: number; d: number }

/** n as a decimal string padded with zeros to `width` digits: pad(3) "03", pad(987, 4) "0987". */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days in month m (1–12) of year y (Gregorian). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when y-m-d is a day of the Gregorian calendar (month 1–12, day 1 … days in that month). */
export function validDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The day a YYYY-MM-DD string (optionally followed by a time, "2024-07-03T10:00") starts with, or null when invalid. */
export function parseDay(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return validDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** True when s is exactly a valid day YYYY-MM-DD (as a command-line date must be). */
export function isDayString(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseDay(s) !== null;
}

const dayNumber = (t: YMD | string): number => {
  const d = typeof t === 'string' ? parseDay(t) : t;
  return d ? Date.UTC(d.y, d.m - 1, d.d) / 86400000 : NaN;
};

/** The day n days after a YYYY-MM-DD day (n < 0: before): shiftDay('2024-03-01', -1) = '2024-02-29'. */
export function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/** Days from b to a (a − b): dayDiff('2024-07-03', '2024-07-01') = 2. Strings are read by their YYYY-MM-DD prefix. */
export function dayDiff(a: YMD | string, b: YMD | string): number {
  return Math.round(dayNumber(a) - dayNumber(b));
}

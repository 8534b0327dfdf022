// Dyad series: per period, event counts by QuadClass and Goldstein sums/means in both directions.
import type { StoryEvent } from '../types.js';
import { sideMatches } from './filter.js';
import { precisionRank } from './dates.js';

export type Period = 'month' | 'quarter' | 'year';

export interface DirectionStats {
  events: number;
  /** Counts for QuadClass 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict), 4 (material conflict). */
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number | null;
}

export interface DyadPeriod {
  period: string;
  /** a → b */
  ab: DirectionStats;
  /** b → a */
  ba: DirectionStats;
  /** both directions */
  total: DirectionStats;
}

export interface DyadSeries {
  a: string;
  b: string;
  by: Period;
  periods: DyadPeriod[];
  /** Events of the dyad without a date. */
  undated: number;
  /** Dated events whose precision is coarser than the period (a year-only date in a monthly series): not placed. */
  coarser: number;
}

const emptyStats = (): DirectionStats => ({ events: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null });

function add(s: DirectionStats, e: StoryEvent): void {
  s.events++;
  if (e.quadClass >= 1 && e.quadClass <= 4) s.quadClass[e.quadClass - 1]++;
  s.goldsteinSum = round(s.goldsteinSum + (Number.isFinite(e.goldstein) ? e.goldstein : 0));
  s.goldsteinMean = round(s.goldsteinSum / s.events);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function periodOf(date: string, by: Period): string {
  const y = date.slice(0, 4);
  if (by === 'year') return y;
  if (by === 'month') return date.slice(0, 7);
  return `${y}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

function nextPeriod(p: string, by: Period): string {
  const y = Number(p.slice(0, 4));
  if (by === 'year') return String(y + 1);
  if (by === 'month') {
    const m = Number(p.slice(5, 7));
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const q = Number(p.slice(6));
  return q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
}

/** Series for the dyad a–b (codes or countries, as in filters); periods from the first to the last, gaps filled. */
export function dyadSeries(events: StoryEvent[], a: string, b: string, by: Period = 'month'): DyadSeries {
  const byPeriod = new Map<string, DyadPeriod>();
  let undated = 0, coarser = 0;
  const limit = precisionRank(by);
  for (const e of events) {
    const ab = sideMatches(e.source, e.sourceCountry, a) && sideMatches(e.target, e.targetCountry, b);
    const ba = sideMatches(e.source, e.sourceCountry, b) && sideMatches(e.target, e.targetCountry, a);
    if (!ab && !ba) continue;
    if (!e.date) { undated++; continue; }
    if (precisionRank(e.date.precision) > limit || periodOf(e.date.start, by) !== periodOf(e.date.end, by)) { coarser++; continue; }
    const p = periodOf(e.date.start, by);
    let row = byPeriod.get(p);
    if (!row) byPeriod.set(p, (row = { period: p, ab: emptyStats(), ba: emptyStats(), total: emptyStats() }));
    add(ab ? row.ab : row.ba, e);
    add(row.total, e);
  }
  const keys = [...byPeriod.keys()].sort();
  const periods: DyadPeriod[] = [];
  if (keys.length) {
    const last = keys[keys.length - 1]!;
    for (let p = keys[0]!; ; p = nextPeriod(p, by)) {
      periods.push(byPeriod.get(p) ?? { period: p, ab: emptyStats(), ba: emptyStats(), total: emptyStats() });
      if (p >= last || periods.length > 100_000) break;
    }
  }
  return { a, b, by, periods, undated, coarser };
}

const BARS = '▁▂▃▄▅▆▇█';

/** A terminal sparkline; null values are blanks. The range is the values' own unless given. */
export function sparkline(values: (number | null)[], range?: { min: number; max: number }): string {
  const nums = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!nums.length) return values.map(() => ' ').join('');
  const min = range?.min ?? Math.min(...nums), max = range?.max ?? Math.max(...nums);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return ' ';
      if (max === min) return BARS[3];
      const i = Math.round(((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (BARS.length - 1));
      return BARS[i];
    })
    .join('');
}

const fmtNum = (x: number | null, w: number) => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(2)).padStart(w);

/** A terminal table: per period, counts by QuadClass, Goldstein sum and mean for a→b, b→a and both; then a sparkline. */
export function formatDyadTable(s: DyadSeries): string {
  const ab = `${s.a}→${s.b}`, ba = `${s.b}→${s.a}`;
  const block = (d: DirectionStats) => `${fmtNum(d.events, 4)} ${d.quadClass.map((q) => fmtNum(q, 3)).join(' ')} ${fmtNum(d.goldsteinSum, 7)} ${fmtNum(d.goldsteinMean, 6)}`;
  const SUB = '   n  Q1  Q2  Q3  Q4   G.sum G.mean';
  const row = (first: string, cells: string[]) => `${first.padEnd(8)} | ${cells.map((c) => c.padStart(SUB.length)).join(' | ')}`;
  const lines = [
    `${s.a} – ${s.b} by ${s.by}: events, QuadClass counts (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict), Goldstein sum and mean`,
    '',
    row('period', [ab, ba, 'both']),
    row('', [SUB, SUB, SUB]),
  ];
  for (const p of s.periods) lines.push(row(p.period, [block(p.ab), block(p.ba), block(p.total)]));
  if (!s.periods.length) lines.push('(no dated events at this precision)');
  else {
    const means = s.periods.map((p) => p.total.goldsteinMean);
    lines.push('', `Goldstein mean ${s.periods[0]!.period} ${sparkline(means, { min: -10, max: 10 })} ${s.periods[s.periods.length - 1]!.period}  (scale −10 … +10)`);
  }
  const notes: string[] = [];
  if (s.undated) notes.push(`${s.undated} undated event${s.undated === 1 ? '' : 's'}`);
  if (s.coarser) notes.push(`${s.coarser} event${s.coarser === 1 ? '' : 's'} dated less precisely than a ${s.by}`);
  if (notes.length) lines.push(`Not in the table: ${notes.join(', ')}.`);
  return lines.join('\n') + '\n';
}

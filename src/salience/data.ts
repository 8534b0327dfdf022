// Loads and checks data/salience/weights.json: the salience formula's weights (see data/salience/README.md).
import type { Precision } from '../types.js';
import { readData } from '../util/data.js';

export const FEATURES = ['reports', 'day', 'coverage', 'actors', 'type', 'goldstein'] as const;
export type Feature = (typeof FEATURES)[number];
export const PRECISIONS: Precision[] = ['day', 'week', 'month', 'quarter', 'year', 'decade'];
export const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

export interface SalienceWeights {
  weights: Record<Feature, number>;
  reports: { fresh: number; later: number; background: number; freshDays: number; backgroundDays: number };
  /** Factor when no source states the event's date in its text. */
  datePublishedOnly: number;
  precision: Record<Precision, number>;
  /** CAMEO root ("01" … "20") → weight 0 … 1. */
  type: Record<string, number>;
  /** Two sentences are one wire text when equal after normalisation and at least this many words long. */
  wireCopyMinWords: number;
}

interface WeightsFile {
  weights: Record<string, number>;
  reports: Record<string, number | string>;
  datePublishedOnly: { factor: number };
  precision: Record<string, number | string>;
  type: Record<string, number | string>;
  wireCopy: { minWords: number };
}

const unit = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;

/** Checks a weights file and returns the weights; throws an Error naming the first problem. */
export function parseWeights(f: WeightsFile): SalienceWeights {
  const fail = (what: string) => {
    throw new Error(`data/salience/weights.json: ${what}`);
  };
  const weights = {} as Record<Feature, number>;
  for (const k of FEATURES) {
    if (!unit(f.weights?.[k])) fail(`weights.${k} must be a number 0 … 1`);
    weights[k] = f.weights[k]!;
  }
  const extra = Object.keys(f.weights).filter((k) => !(FEATURES as readonly string[]).includes(k));
  if (extra.length) fail(`unknown weights ${extra.join(', ')}`);
  const sum = FEATURES.reduce((s, k) => s + weights[k], 0);
  if (Math.abs(sum - 1) > 1e-9) fail(`weights must sum to 1 (they sum to ${sum})`);
  const r = f.reports ?? {};
  for (const k of ['fresh', 'later', 'background']) if (!unit(r[k])) fail(`reports.${k} must be a number 0 … 1`);
  for (const k of ['freshDays', 'backgroundDays']) if (!Number.isInteger(r[k]) || (r[k] as number) < 0) fail(`reports.${k} must be a whole number of days`);
  if ((r.freshDays as number) >= (r.backgroundDays as number)) fail('reports.freshDays must be less than reports.backgroundDays');
  if (!unit(f.datePublishedOnly?.factor)) fail('datePublishedOnly.factor must be a number 0 … 1');
  const precision = {} as Record<Precision, number>;
  for (const p of PRECISIONS) {
    if (!unit(f.precision?.[p])) fail(`precision.${p} must be a number 0 … 1`);
    precision[p] = f.precision[p] as number;
  }
  const type: Record<string, number> = {};
  for (const root of ROOTS) {
    if (!unit(f.type?.[root])) fail(`type.${root} must be a number 0 … 1`);
    type[root] = f.type[root] as number;
  }
  if (!Number.isInteger(f.wireCopy?.minWords) || f.wireCopy.minWords < 1) fail('wireCopy.minWords must be a whole number of at least 1');
  return {
    weights,
    reports: { fresh: r.fresh as number, later: r.later as number, background: r.background as number, freshDays: r.freshDays as number, backgroundDays: r.backgroundDays as number },
    datePublishedOnly: f.datePublishedOnly.factor,
    precision,
    type,
    wireCopyMinWords: f.wireCopy.minWords,
  };
}

let cached: SalienceWeights | null = null;

export function salienceWeights(): SalienceWeights {
  return (cached ??= parseWeights(readData<WeightsFile>('salience/weights.json')));
}

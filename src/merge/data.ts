// Loads the merge stage's data files (data/merge/*.json): code compatibility and the words ignored
// when comparing wording. Knowledge lives in data; this module only indexes it.
import { readData } from '../util/data.js';


export interface CompatibleFile {
  symmetric: { codes: string[] };
  reversed: { pairs: [string, string][] };
  sameEvent: { groups: string[][] };
}

export interface WordsFile {
  function: string[];
  dateWords: string[];
}

export interface MergeData {
  symmetric: Set<string>;
  /** Code y → x for reversed pairs [x, y]: "A y B" is read as "B x A". */
  reversedOf: Map<string, string>;
  /** Code → indexes of the sameEvent groups it belongs to. */
  groupsOf: Map<string, number[]>;
  /** Root → canonical root of its blocking family (roots linked by a cross-root group share a block). */
  rootFamily: Map<string, string>;
  ignoredWords: Set<string>;
}

export function buildMergeData(c: CompatibleFile, w: WordsFile): MergeData {
  const reversedOf = new Map<string, string>();
  for (const [x, y] of c.reversed.pairs) reversedOf.set(y, x);
  const groupsOf = new Map<string, number[]>();
  c.sameEvent.groups.forEach((g, i) => g.forEach((code) => groupsOf.set(code, [...(groupsOf.get(code) ?? []), i])));
  // Union of roots linked by a group or a reversed pair, so that compatible codes always share a block.
  const parent = new Map<string, string>();
  const find = (r: string): string => {
    let p = parent.get(r) ?? r;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    return p;
  };
  const link = (codes: string[]) => {
    const roots = [...new Set(codes.map((k) => k.slice(0, 2)))].sort();
    for (const r of roots.slice(1)) {
      const a = find(roots[0]!), b = find(r);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  };
  c.sameEvent.groups.forEach(link);
  c.reversed.pairs.forEach(link);
  const rootFamily = new Map<string, string>();
  for (const r of parent.keys()) rootFamily.set(r, find(r));
  return {
    symmetric: new Set(c.symmetric.codes),
    reversedOf,
    groupsOf,
    rootFamily,
    ignoredWords: new Set([...w.function, ...w.dateWords].map((s) => s.toLowerCase())),
  };
}

let cached: MergeData | null = null;

export function readCompatibleFile(): CompatibleFile {
  return readData<CompatibleFile>('merge/compatible.json');
}

export function mergeData(): MergeData {
  if (!cached) {
    const w = readData<WordsFile>('merge/words.json');
    cached = buildMergeData(readCompatibleFile(), w);
  }
  return cached;
}

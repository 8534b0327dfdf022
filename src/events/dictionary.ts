// The converted PETRARCH2 verb dictionary (data/events/dictionary/verbs.json): verb synonym blocks whose patterns
// apply to every verb of the block. Compiled once into an index by verb form, so that a sentence asks only the blocks
// of its own verbs. Pattern syntax (data/events/README.md, "Dictionary patterns"): `*` the verb; before it, words of
// the subject; after it, in order: `w` a noun phrase headed by w, `a_b` one ending in the words "a b", `&set` a
// synonym set, `(prep X)` a prepositional phrase (X: a noun element, `+`, `$`, `^` or nothing; `a|b` alternative
// prepositions), `+` the target, `$` the source, `^` any noun phrase.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readData, projectRoot } from '../util/data.js';

/** A noun element: alternative word sequences, the last word of each being the head of its noun phrase. */
export interface NounEl { kind: 'noun'; alts: string[][] }
export type DictEl =
  | NounEl
  | { kind: 'pp'; preps: string[]; obj: NounEl | { kind: 'target' } | { kind: 'source' } | { kind: 'skip' } | null }
  | { kind: 'target' }
  | { kind: 'source' }
  | { kind: 'skip' };

export interface DictPattern {
  /** Elements before the verb (words of the subject) and after it, in order. */
  pre: DictEl[];
  post: DictEl[];
  /** Code of the event source → target; null with no `rev`: a null pattern that stops coding. */
  code: string | null;
  /** Code of the paired event target → source ([042:043]; [:173] has only this one). */
  rev?: string;
  /** Literal words and phrases: the more, the more specific (the most specific matching pattern wins). */
  weight: number;
  src: string;
  family: string;
  /** The one verb of the block the pattern holds for (a frame of prepositions only: dictionary-policy.json frameWords). */
  owner?: string;
}

export interface DictVerb {
  /** Words of the verb ("beef up" has two) and which one is inflected. */
  words: string[];
  head: number;
  code: string | null;
  family: DictFamily;
  /** The code a verb takes when no pattern of its block matches, if policy allows one. */
  bare: string | null;
}

export interface DictFamily {
  name: string; code: string | null; rev?: string; patterns: DictPattern[];
  /** Storyline's policy (dictionary-policy.json): the block's bare default is not used. */
  noBare: boolean;
}

export interface Dictionary {
  /** Verb word (lemma or an inflected form) → the verbs it may be. */
  byForm: Map<string, DictVerb[]>;
  families: DictFamily[];
  synsets: Map<string, string[][]>;
}

export interface VerbsFile {
  synsets: Record<string, string[]>;
  families: { name: string; code: string | null; rev?: string; verbs: { words: string[]; head: number; forms: string[]; code: string | null }[]; patterns: { p: string; code: string | null; rev?: string; owner?: string }[] }[];
}

function noun(tok: string, synsets: Map<string, string[][]>): NounEl {
  // "financial_aid", "&weapon", "peace_&proposal", "&weapon_attack": each "&set" word stands for every phrase of
  // its synonym set
  let alts: string[][] = [[]];
  for (const w of tok.split('_')) {
    let options: string[][] = [[w]];
    if (w.startsWith('&')) {
      const set = synsets.get(w.slice(1));
      if (!set) throw new Error(`dictionary: undefined synonym set ${w}`);
      options = set;
    }
    alts = alts.flatMap((a) => options.map((o) => [...a, ...o]));
  }
  return { kind: 'noun', alts };
}

function element(tok: string, synsets: Map<string, string[][]>): DictEl {
  if (tok === '+') return { kind: 'target' };
  if (tok === '$') return { kind: 'source' };
  if (tok === '^') return { kind: 'skip' };
  if (tok.startsWith('(')) {
    const inner = tok.slice(1, -1).trim().split(/\s+/);
    const preps = inner[0]!.split('|');
    const rest = inner.slice(1);
    if (!rest.length) return { kind: 'pp', preps, obj: null };
    if (rest.length > 1) {
      // "(to + )" written with a space, or a phrase of two nouns: read as one noun phrase
      if (rest.every((r) => r !== '+' && r !== '$' && r !== '^')) return { kind: 'pp', preps, obj: noun(rest.join('_'), synsets) };
    }
    const o = element(rest[0]!, synsets);
    if (o.kind === 'pp') throw new Error(`dictionary: nested phrase in ${tok}`);
    return { kind: 'pp', preps, obj: o as NounEl };
  }
  return noun(tok, synsets);
}

/** Splits a pattern body into its elements (parenthesised phrases stay whole). */
export function compileDictPattern(src: string, code: string | null, rev: string | undefined, family: string, synsets: Map<string, string[][]>, owner?: string): DictPattern {
  const toks: string[] = src.match(/\([^)]*\)|\S+/g) ?? [];
  const star = toks.indexOf('*');
  if (star < 0) throw new Error(`dictionary: pattern without a verb position: ${src}`);
  const pre = toks.slice(0, star).map((t) => element(t, synsets));
  const post = toks.slice(star + 1).map((t) => element(t, synsets));
  let weight = 0;
  for (const e of [...pre, ...post]) {
    if (e.kind === 'noun') weight += 1 + (Math.min(...e.alts.map((a) => a.length)) - 1) * 0.5;
    else if (e.kind === 'pp') weight += 0.5 + (e.obj?.kind === 'noun' ? 1 : e.obj ? 0.25 : 0);
    else weight += 0.25;
  }
  return { pre, post, code, ...(rev ? { rev } : {}), weight, src, family, ...(owner ? { owner } : {}) };
}

/** A block whose patterns compile when first asked for: a sentence meets a few dozen of the ~400 blocks, and compiling
 *  them all (synonym sets expanded into every phrase) took a fifth of `storyline code`'s start-up. */
function lazyFamily(f: VerbsFile['families'][number], noBare: boolean, synsets: Map<string, string[][]>, dropped: Set<string> = new Set()): DictFamily {
  let patterns: DictPattern[] | null = null;
  return {
    name: f.name, code: f.code, ...(f.rev ? { rev: f.rev } : {}), noBare,
    get patterns(): DictPattern[] {
      if (!patterns) {
        patterns = f.patterns.filter((p) => !dropped.has(p.p)).map((p) => compileDictPattern(p.p, p.code, p.rev, f.name, synsets, p.owner));
        // most specific first; a tie keeps the file's order
        patterns.sort((a, b) => b.weight - a.weight);
      }
      return patterns;
    },
  };
}

export interface Policy { noBareRoots: string[]; noBareFamilies: string[]; noBareVerbs: string[]; droppedPatterns?: Record<string, string[]> }

/** A language's compiled dictionary (data/events/<lang>/dictionary/verbs.json under its dictionary-policy.json); an
 *  empty one when the language has none. */
export function loadDictionary(lang: string): Dictionary {
  if (!existsSync(join(projectRoot(), 'data', 'events', lang, 'dictionary', 'verbs.json'))) return { byForm: new Map(), families: [], synsets: new Map() };
  return compileDictionary(readData<VerbsFile>(`events/${lang}/dictionary/verbs.json`), readData<Policy>(`events/${lang}/dictionary-policy.json`));
}

/** Compiles converted verb blocks (the shape scripts/build-dictionaries.ts writes) under a policy. */
export function compileDictionary(file: VerbsFile, policy: Policy): Dictionary {
  const noBareRoots = new Set(policy.noBareRoots), noBareFamilies = new Set(policy.noBareFamilies), noBareVerbs = new Set(policy.noBareVerbs);
  const synsets = new Map<string, string[][]>(Object.entries(file.synsets).map(([k, v]) => [k, v.map((p) => p.split(' '))]));
  const byForm = new Map<string, DictVerb[]>();
  const families: DictFamily[] = [];
  for (const name of Object.keys(policy.droppedPatterns ?? {})) if (!file.families.some((f) => f.name === name)) throw new Error(`dictionary policy: no block ${name} to drop patterns of`);
  for (const f of file.families) {
    // (the blocks compile lazily: a pattern naming an undefined synonym set is still refused here, at load)
    for (const pt of f.patterns) for (const m of pt.p.matchAll(/&([^\s_()|]+)/g)) if (!synsets.has(m[1]!)) throw new Error(`dictionary: undefined synonym set &${m[1]} in ${f.name}: ${pt.p}`);
    // (patterns the policy drops: "DISCOVER: * dead" made bodies found an attack)
    const dropped = new Set(policy.droppedPatterns?.[f.name] ?? []);
    for (const d of dropped) if (!f.patterns.some((p) => p.p === d)) throw new Error(`dictionary policy: ${f.name} has no pattern "${d}" to drop`);
    const fam = lazyFamily(f, noBareFamilies.has(f.name), synsets, dropped);
    families.push(fam);
    for (const v of f.verbs) {
      // the verb's own code, else its block's (unless policy turns the block's default off)
      const own = v.code ?? (fam.noBare ? null : fam.code);
      const bare = own && !noBareRoots.has(own.slice(0, 2)) && !noBareVerbs.has(v.words.join(' ')) ? own : null;
      const dv: DictVerb = { words: v.words, head: v.head, code: v.code, family: fam, bare };
      for (const form of new Set([v.words[v.head]!, ...v.forms])) {
        const l = byForm.get(form) ?? [];
        l.push(dv);
        byForm.set(form, l);
      }
    }
  }
  return { byForm, families, synsets };
}

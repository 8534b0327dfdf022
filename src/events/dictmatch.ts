// Matches the converted PETRARCH2 verb dictionary (dictionary.ts) at a verb. PETRARCH reads its patterns against a
// constituency parse: a pattern's noun is the head of a noun phrase that is a child of the verb phrase, its
// "(prep X)" a prepositional phrase child. Storyline has parts of speech but no parse, so the verb phrase is read as
// the tokens after the verb up to the end of its clause or the next predicate, and phrases are found in it: a noun
// phrase is a run of determiners, adjectives, numbers and nouns whose last noun is its head; one that follows a
// preposition belongs to that preposition's phrase, not to the verb. Written by hand: no npm library reads these
// patterns, and the shallow reading keeps the coder fast.
import type { Token, ResolvedActor } from '../actors/index.js';
import type { Pattern } from './patterns.js';
import type { Match } from './match.js';
import type { DictEl, DictFamily, DictPattern, DictVerb, NounEl } from './dictionary.js';
import type { EventLanguage } from './language.js';
import { verbLemmas, isPassive, subjectWithLaterVerb } from './syntax.js';


/** Longest verb phrase read after the verb, in tokens. */
const WINDOW = 14;
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'VERB', 'X']);
const PREP_POS = new Set(['ADP', 'PART', 'ADV', 'SCONJ']);

/** A dictionary word fits a token by surface form or lemma; a plural noun fits its singular. */
function fits(t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (t.norm === w || t.lemma === w) return true;
  return t.norm === w + 's' || t.norm === w + 'es' || t.norm.length === w.length + 2 && /[^aeiou]y$/.test(w) && t.norm === w.slice(0, -1) + 'ies';
}

/** Every word w with fits(t, w) for some token of [from, to): the token's form and lemma, and the singulars its
 *  plural form may stand for (exactly the words `fits` accepts). */
function fittingWords(tokens: Token[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const { norm, lemma } = tokens[k]!;
    out.add(norm);
    out.add(lemma);
    if (norm.endsWith('s')) out.add(norm.slice(0, -1));
    if (norm.endsWith('es')) out.add(norm.slice(0, -2));
    if (norm.endsWith('ies')) { const y = norm.slice(0, -3) + 'y'; if (/[^aeiou]y$/.test(y)) out.add(y); }
  }
  return out;
}

/** Words one of which a pattern element needs in its phrase: a noun element the last word of one of its
 *  alternatives (the head it ends at), a phrase element one of its prepositions (and its object's head); null when
 *  the element needs no particular word. */
interface Need { heads: Set<string> | null; preps: string[] | null }
function needOf(el: DictEl): Need | null {
  const heads = (n: NounEl) => (n.alts.some((a) => !a.length) ? null : new Set(n.alts.map((a) => a[a.length - 1]!)));
  if (el.kind === 'noun') return { heads: heads(el), preps: null };
  if (el.kind === 'pp') return { heads: el.obj?.kind === 'noun' ? heads(el.obj) : null, preps: el.preps };
  return null;
}

/** The needs of a pattern's elements before and after the verb, compiled once per pattern. A dictionary block has up
 *  to ~190 patterns, each read at every one of its verbs: a pattern missing a word it needs from the verb phrase (or
 *  from the words before the verb) cannot match, and checking that against the phrase's words is much cheaper than
 *  matchPost/matchPre reading noun phrases for each alternative. Only a pre-check: it changes no result. */
const needsCache = new WeakMap<DictPattern, { pre: Need[]; post: Need[] }>();
function needsOf(p: DictPattern): { pre: Need[]; post: Need[] } {
  let n = needsCache.get(p);
  if (!n) {
    const list = (els: DictEl[]) => els.map(needOf).filter((x): x is Need => !!x && !!(x.heads || x.preps));
    n = { pre: list(p.pre.filter((e) => e.kind === 'noun')), post: list(p.post) };
    needsCache.set(p, n);
  }
  return n;
}

/** A block's patterns by the words their first need after the verb asks for (a head word or a preposition), and
 *  the patterns that need no word there: the patterns whose first need the verb phrase holds are found with a
 *  lookup per word of the phrase rather than a set intersection per pattern. Compiled once per block. */
interface FamilyIndex { byWord: Map<string, number[]>; open: number[] }
const familyCache = new WeakMap<DictFamily, FamilyIndex>();
function familyIndex(f: DictFamily): FamilyIndex {
  let x = familyCache.get(f);
  if (!x) {
    x = { byWord: new Map(), open: [] };
    f.patterns.forEach((p, i) => {
      const first = needsOf(p).post[0];
      if (!first) { x!.open.push(i); return; }
      for (const w of first.heads ?? first.preps!) {
        const l = x!.byWord.get(w);
        if (!l) x!.byWord.set(w, [i]); else if (l[l.length - 1] !== i) l.push(i);
      }
    });
    familyCache.set(f, x);
  }
  return x;
}

/** Marks the patterns of block `f` that the verb phrase may match: those with no word needed first, and those whose
 *  first need is among `words` (a head) or `norms` (a preposition). Unmarked patterns cannot match. */
function candidates(f: DictFamily, words: Set<string>, norms: Set<string>): Uint8Array {
  const ix = familyIndex(f);
  const mark = new Uint8Array(f.patterns.length);
  for (const i of ix.open) mark[i] = 1;
  // (a head need is looked up among the fitting words, a preposition among the forms; marking from both is a superset)
  for (const w of words) { const l = ix.byWord.get(w); if (l) for (const i of l) mark[i] = 1; }
  for (const w of norms) { const l = ix.byWord.get(w); if (l) for (const i of l) mark[i] = 1; }
  return mark;
}

/** Whether `words` (fittingWords of the span) and `norms` (its tokens' forms) hold every need. */
function hasNeeds(needs: Need[], words: Set<string>, norms: Set<string> | null): boolean {
  for (const n of needs) {
    if (n.heads && !someIn(n.heads, words)) return false;
    if (n.preps && !n.preps.some((x) => norms!.has(x))) return false;
  }
  return true;
}

function someIn(a: Set<string>, b: Set<string>): boolean {
  if (a.size > b.size) [a, b] = [b, a];
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The words of one alternative ending at token `end` (inclusive). */
function endsAt(tokens: Token[], end: number, words: string[]): boolean {
  const s = end - words.length + 1;
  if (s < 0) return false;
  for (let k = 0; k < words.length; k++) if (!fits(tokens[s + k], words[k]!)) return false;
  return true;
}

/** The noun phrase that starts at `i` (determiners, adjectives, numbers, nouns, a possessive): [start, head, end). */
function nounPhrase(tokens: Token[], i: number, limit: number): { head: number; end: number } | null {
  let k = i, head = -1;
  while (k < limit) {
    const t = tokens[k]!;
    if (t.norm === "'s" || t.norm === '-' || NP_POS.has(t.pos)) { if (HEAD_POS.has(t.pos) && t.pos !== 'ADJ' || t.pos === 'ADJ' && head < 0) head = k; k++; continue; }
    // "aid and medicine": a coordinated noun continues the phrase
    if ((t.norm === 'and' || t.norm === 'or') && k + 1 < limit && NP_POS.has(tokens[k + 1]!.pos) && head >= 0) { k++; continue; }
    break;
  }
  return head >= 0 ? { head, end: k } : null;
}

/** The end (exclusive) of the verb phrase after `from`: its clause, up to the next predicate or punctuation. */
function phraseEnd(L: EventLanguage, tokens: Token[], from: number, clause: number[], c: number): number {
  const lim = Math.min(tokens.length, from + WINDOW);
  for (let k = from; k < lim; k++) {
    const t = tokens[k]!;
    if (clause[k] !== c || L.words.punctStop.has(t.norm) || t.norm === ',' || t.pos === 'AUX') return k;
    // a verb that is not a participle inside a noun phrase ("the occupied territories") starts another predicate
    if (t.pos === 'VERB' && k > from && !/^(DET|ADJ)$/.test(tokens[k - 1]!.pos)) return k;
  }
  return lim;
}

interface Found { end: number; target: ResolvedActor | null }

/** A noun element: a noun phrase of the verb phrase (not inside a prepositional phrase) whose head ends one of its
 *  alternatives. */
function matchNoun(tokens: Token[], el: NounEl, from: number, limit: number): Found | null {
  for (let i = from; i < limit; i++) {
    const np = nounPhrase(tokens, i, limit);
    if (!np) { if (PREP_POS.has(tokens[i]!.pos) && tokens[i]!.pos === 'ADP') { const inner = nounPhrase(tokens, i + 1, limit); if (inner) i = inner.end - 1; } continue; }
    for (let h = i; h < np.end; h++) {
      if (!HEAD_POS.has(tokens[h]!.pos)) continue;
      // the head or a noun of a compound ending the phrase ("aid convoy" is a convoy)
      if (h !== np.head && h !== np.end - 1) continue;
      if (el.alts.some((a) => endsAt(tokens, h, a))) return { end: h + 1, target: null };
    }
    i = np.end - 1;
  }
  return null;
}

/** An actor starting within the noun phrase at `i` (after determiners and adjectives). */
function actorAtPhrase(tokens: Token[], actorAt: (ResolvedActor | undefined)[], i: number, limit: number): ResolvedActor | null {
  for (let k = i; k < Math.min(limit, i + 4); k++) {
    const a = actorAt[k];
    if (a) return a;
    if (!/^(DET|ADJ|NUM)$/.test(tokens[k]!.pos) && tokens[k]!.norm !== "'s") return null;
  }
  return null;
}

function matchPP(tokens: Token[], actorAt: (ResolvedActor | undefined)[], el: Extract<DictEl, { kind: 'pp' }>, from: number, limit: number): Found | null {
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    // a phrase of the trigger comes before the next verb: "ordered companies to explore for oil" has no "(for)" of
    // "order", and an infinitive's "to" is no preposition
    if (t.pos === 'VERB' || t.norm === 'to' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return null;
    if (!el.preps.includes(t.norm) || !PREP_POS.has(t.pos) && t.norm !== 'to') continue;
    const o = el.obj;
    if (!o) return { end: k + 1, target: null };
    if (o.kind === 'target' || o.kind === 'source') {
      const a = actorAtPhrase(tokens, actorAt, k + 1, limit);
      if (a) return { end: a.tokEnd, target: o.kind === 'target' ? a : null };
      continue;
    }
    const np = nounPhrase(tokens, k + 1, limit);
    if (!np) continue;
    if (o.kind === 'skip') return { end: np.end, target: null };
    for (let h = np.end - 1; h > k; h--) if (HEAD_POS.has(tokens[h]!.pos) && o.alts.some((a) => endsAt(tokens, h, a))) return { end: h + 1, target: null };
  }
  return null;
}

/** Matches the elements after the verb in order; the target is the actor of a "+" element, if any. */
function matchPost(L: EventLanguage, tokens: Token[], actorAt: (ResolvedActor | undefined)[], els: DictEl[], from: number, limit: number): Found | null {
  let cur = from;
  let target: ResolvedActor | null = null;
  for (const el of els) {
    let f: Found | null = null;
    if (el.kind === 'noun') f = matchNoun(tokens, el, cur, limit);
    else if (el.kind === 'pp') f = matchPP(tokens, actorAt, el, cur, limit);
    else if (el.kind === 'target' || el.kind === 'source') {
      // an actor as the verb's object: not after a preposition
      for (let k = cur; k < Math.min(limit, cur + 4) && !f; k++) {
        if (tokens[k]!.pos === 'ADP' && !L.words.targetMarkers.has(tokens[k]!.norm)) break;
        const a = actorAt[k];
        if (a) f = { end: a.tokEnd, target: el.kind === 'target' ? a : null };
      }
    } else {
      const np = nounPhrase(tokens, cur, limit);
      f = np ? { end: np.end, target: null } : null;
    }
    if (!f) return null;
    if (f.target) target = f.target;
    cur = f.end;
  }
  return { end: cur, target };
}

/** Words of the subject before the verb: each pre-verb noun must end within the few words before it. */
function matchPre(tokens: Token[], els: DictEl[], ti: number, clause: number[]): boolean {
  const lo = Math.max(0, ti - 6);
  return els.every((el) => {
    if (el.kind !== 'noun') return true;
    // (the subject's words: not past a comma, nor a noun inside a prepositional phrase, "sued … in a federal court on
    //  Wednesday, accusing them": no court accuses)
    for (let h = ti - 1; h >= lo && clause[h] === clause[ti] && tokens[h]!.norm !== ','; h--) if (el.alts.some((a) => endsAt(tokens, h, a)) && !inPrepPhrase(tokens, h)) return true;
    return false;
  });
}

/** Whether the noun at h heads a phrase opened by a preposition ("in a federal court"). */
function inPrepPhrase(tokens: Token[], h: number): boolean {
  let k = h - 1;
  while (k >= 0 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.pos === 'ADP';
}

/** The dictionary verbs a token may be, with the span of a multi-word verb ("beef up", "wire tap"). */
function verbsAt(L: EventLanguage, tokens: Token[], ti: number): { v: DictVerb; start: number; end: number }[] {
  const d = L.dictionary;
  const t = tokens[ti]!;
  const keys = new Set([t.norm, t.lemma, ...(t.norm !== t.lemma ? verbLemmas(L, t) : [])]);
  const out: { v: DictVerb; start: number; end: number }[] = [];
  const seen = new Set<DictVerb>();
  for (const k of keys) for (const v of d.byForm.get(k) ?? []) {
    if (seen.has(v)) continue;
    seen.add(v);
    const start = ti - v.head;
    if (start < 0) continue;
    let ok = true;
    for (let w = 0; w < v.words.length && ok; w++) if (w !== v.head && tokens[start + w]?.norm !== v.words[w]) ok = false;
    if (ok) out.push({ v, start, end: start + v.words.length });
  }
  // longer verbs first ("call off" before "call")
  return out.sort((a, b) => b.v.words.length - a.v.words.length);
}

/** A Storyline pattern record for a dictionary match, as the role and modality rules read patterns. */
function asPattern(code: string, p: DictPattern | null, v: DictVerb, hasTarget: boolean): Pattern & { mutual?: boolean; swap?: boolean } {
  return {
    code, source: `dictionary ${v.family.name}: ${p ? p.src : v.words.join(' ')}`, trigger: [v.words], rest: hasTarget ? [{ kind: 'target' }] : [],
    weight: p?.weight ?? 0, hasTarget, nominal: false, dictionary: true,
    ...(p && p.rev && p.rev === p.code ? { mutual: true } : {}),
    ...(p && !p.code && p.rev ? { swap: true } : {}),
  };
}

/** The verb governs another predicate rather than stating an act of its own: a reporting or expecting verb ("said",
 *  "hopes"), or one whose complement is an infinitive ("voted to expel", "plans to visit", "needs to hold"): the
 *  governed verb is the event, and the modality rules read the governor. */
function governs(L: EventLanguage, tokens: Token[], ti: number, end: number): boolean {
  const mod = L.mod;
  const t = tokens[ti]!;
  if (mod.reporting.has(t.lemma) || mod.predictive.has(t.lemma)) return true;
  const W = L.words;
  let k = end;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' && tokens[k]!.norm !== W.infinitiveMarker)) k++;
  // (a language whose infinitive is a verb form: "amenazó con expulsar", "decidió postergar")
  const bareInfinitive = (i: number) => !!W.infinitiveEnding && tokens[i]?.pos === 'VERB' && W.infinitiveEnding.test(tokens[i]!.norm);
  if (W.infinitiveEnding && (bareInfinitive(k) || tokens[k]?.pos === 'ADP' && bareInfinitive(k + 1))) return true;
  return tokens[k]?.norm === W.infinitiveMarker && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || W.complementizers.has(tokens[k]?.norm ?? '');
}

/** "men linked to X", "the sites struck overnight": a participle right after the noun it describes, itself the object
 *  of a verb or a preposition, is a reduced relative — no act of that noun. */
function reducedRelative(L: EventLanguage, tokens: Token[], ti: number, actors: ResolvedActor[]): boolean {
  const t = tokens[ti]!;
  if (t.norm === t.lemma || !/(ed|en|wn|ung|ght|ept|eld|id|ut)$/.test(t.norm)) return false;
  const prev = tokens[ti - 1];
  if (!prev || !/^(NOUN|PROPN)$/.test(prev.pos)) return false;
  const before = actors.find((a) => a.tokEnd === ti);
  if (before && subjectWithLaterVerb(L, tokens, before, ti)) return true;
  let k = (before?.tokStart ?? ti - 1) - 1;
  while (k >= 0 && /^(DET|ADJ|NUM|NOUN)$/.test(tokens[k]!.pos)) k--;
  return k >= 0 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'ADP');
}

/** The actor a bare verb acts on: its direct object, or the object of a preposition that introduces targets, within
 *  its verb phrase. */
function bareObject(L: EventLanguage, tokens: Token[], actorAt: (ResolvedActor | undefined)[], from: number, limit: number): ResolvedActor | null {
  for (let k = from; k < limit; k++) {
    const a = actorAt[k];
    if (a) return a.kind === 'modifier' && !a.country ? null : a;
    const t = tokens[k]!;
    if (t.pos === 'ADP' && !L.words.targetIntro.has(t.norm)) return null;
    if (!/^(DET|ADJ|NUM|ADP|ADV|PART)$/.test(t.pos) && t.norm !== "'s") return null;
  }
  return null;
}

/** Tries the dictionary at a verb; null when no verb of the dictionary is there, or when its pattern says no event. */
export function tryDictionary(L: EventLanguage, tokens: Token[], ti: number, actorAt: (ResolvedActor | undefined)[], clause: number[], actors: ResolvedActor[]): Match | null {
  const t = tokens[ti]!;
  // a capitalized word inside the sentence is a name ("Omar Said"), not a verb
  if (t.cap && ti > 0 && !/^["'`(“]$/.test(tokens[ti - 1]!.text)) return null;
  if (reducedRelative(L, tokens, ti, actors)) return null;
  for (const { v, start, end } of verbsAt(L, tokens, ti)) {
    if (governs(L, tokens, ti, end)) return null;
    const limit = phraseEnd(L, tokens, end, clause, clause[ti]!);
    const passive = isPassive(L, tokens, ti);
    // the words of the verb phrase and of the few before the verb, for the patterns' pre-check (needsOf)
    const postWords = fittingWords(tokens, end, limit);
    const postNorms = new Set<string>();
    for (let k = end; k < limit; k++) postNorms.add(tokens[k]!.norm);
    let preWords: Set<string> | null = null;
    const mark = candidates(v.family, postWords, postNorms);
    for (let pi = 0; pi < v.family.patterns.length; pi++) {
      if (!mark[pi]) continue;
      const p = v.family.patterns[pi]!;
      if (p.owner && p.owner !== v.words.join(' ')) continue;
      // in the passive the object stands before the verb: only patterns of prepositional phrases can follow it
      if (passive && p.post.some((e) => e.kind !== 'pp')) continue;
      const needs = needsOf(p);
      if (!hasNeeds(needs.post, postWords, postNorms)) continue;
      if (needs.pre.length && !hasNeeds(needs.pre, (preWords ??= fittingWords(tokens, start - 6, start)), null)) continue;
      if (p.pre.length && !matchPre(tokens, p.pre, start, clause)) continue;
      const f = matchPost(L, tokens, actorAt, p.post, end, limit);
      if (!f) continue;
      const code = p.code ?? p.rev ?? null;
      // a null pattern ("killed in an accident", "released a statement"): this verb states no event here
      if (!code) return null;
      const inner: ResolvedActor[] = [];
      for (let k = end; k < f.end; k++) { const a = actorAt[k]; if (a && a !== f.target) inner.push(a); }
      return { pattern: asPattern(code, p, v, p.post.some((e) => e.kind === 'target' || e.kind === 'pp' && e.obj?.kind === 'target')), triggerStart: start, triggerEnd: end, end: f.end, target: f.target, inner };
    }
    const code = v.bare;
    if (!code) continue;
    // a bare verb needs the actor it acts on in its own phrase ("attacked the embassy of Iraq" is not enough)
    const obj = bareObject(L, tokens, actorAt, end, limit);
    // ("allow the girl to be sent back", "forced them to flee"): the object's own infinitive is the event
    if (obj && tokens[obj.tokEnd]?.norm === 'to' && /^(VERB|AUX)$/.test(tokens[obj.tokEnd + 1]?.pos ?? '')) continue;
    if (obj) return { pattern: asPattern(code, null, v, true), triggerStart: start, triggerEnd: end, end: obj.tokEnd, target: obj, inner: [] };
  }
  return null;
}

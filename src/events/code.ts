// Sentence coder: finds CAMEO event triggers from the verb/noun pattern files, then the source and target actors
// (subject, object, passive agent, compound subjects, relative clauses, context), and applies modality (negation,
// intent, threat, refusal, speculation, conditionals, reversal). Written by hand because no maintained JS library
// does CAMEO event coding; the linguistic knowledge lives in data/events/*.json.
import type { EventMention, EventDate, TimeExpression } from '../types.js';
import { findActors, focusCountry, type DocContext, type ResolvedActor, type Token } from '../actors/index.js';
import { patterns, modality, wordClassesOf, pastFormLemma, type Pattern, type Element } from './patterns.js';
import { cameo } from './ontology.js';

export interface CodeOptions {
  /** Publication date of the article (YYYY-MM-DD), the reference for relative dates and news-of-the-day. */
  published: string | null;
  /** Time expressions of the sentence (offsets into the sentence), or a function computing them. */
  times?: (sentence: string) => TimeExpression[];
  /** The paragraph is anchored in the past by an earlier sentence: a simple-past clause with no time expression of
   *  its own is background and gets no date (rather than the publication date). A function is asked only when a
   *  mention needs the answer (most sentences have none, and the anchor needs the time expressions of earlier ones). */
  background?: boolean | (() => boolean);
}

interface Match {
  pattern: Pattern;
  triggerStart: number;
  triggerEnd: number; // token index, exclusive
  end: number; // token index, exclusive
  target: ResolvedActor | null;
  inner: ResolvedActor[]; // actors consumed inside the match (not as target)
  passiveObject?: number;
  /** "verb +" matched without an actor after it (an object phrase instead): only its "by" agent may be the target. */
  open?: boolean;
  /** "call on +" matched with a phrase that is not an actor in the place of "+": the target may only be an actor
   *  inside that phrase, before its next verb ("called on all states to cooperate with the authorities"). */
  deferred?: boolean;
}

const LOCATIVE_START = new Set(['in', 'at']);
const PUNCT_STOP = new Set(['.', ';', ':', '?', '!']);
/** Quotation marks (the tokenizer splits `` and '' into single characters): transparent inside a pattern's words,
 *  so that quoted wording matches as plain wording ("called Bush ``a liar''"). */
const QUOTE = new Set(['`', "'", '"', '\u201c', '\u201d', '\u2018', '\u2019']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'within', 'around']);
const SUBJECT_PREPS = new Set<string | null>([null]);
const TARGET_PREPS = new Set<string | null>([null, 'with', 'to', 'on', 'against', 'toward', 'towards', 'from', 'for', 'into', 'at', 'over', 'of', 'between', 'upon', 'near', 'along', 'off']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);
const IMPLIED_TARGET = new Set(['16', '08']);
/** Roots whose target may be a place after "in" ("abuses in Sudan"): not meetings, protests, deployments. */
const IN_TARGET_ROOTS = new Set(['01', '02', '09', '10', '11', '12', '13', '17', '18', '19', '20']);
/** "on Washington's end": the possessor of these nouns is not the target. */
const NOT_TARGET_POSSESSED = new Set(['end', 'side', 'part', 'behalf', 'own', 'request', 'initiative', 'orders', 'order', 'invitation', 'instructions']);
/** Prepositions that introduce a target; a pattern "… with +" may skip up to 3 words before them ("talks in Caracas with X"). */
const TARGET_INTRO = new Set(['with', 'to', 'on', 'against', 'toward', 'towards', 'from', 'for', 'into', 'at', 'over', 'of', 'between']);
const VIOLENT = /^(18|19|20)/;
const POSSESSIVE = /^('s|its|their|his|her|our|my|your)$/;
const SANCTIONS_TOPIC = new Set(['163', '085', '1312', '1244', '0354', '0254', '1054', '160', '162']);

const classes = wordClassesOf();
function wordMatches(t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (t.norm === w || t.lemma === w) return true;
  // synonym classes (data/events/synonyms.json): "howitzers" stands for "weapons" inside a pattern
  const c = classes.get(t.norm) ?? classes.get(t.lemma);
  return !!c && c.has(w);
}

function seqMatches(tokens: Token[], i: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (!wordMatches(tokens[i + k], seq[k]!)) return false;
  return true;
}

function matchRest(tokens: Token[], rest: Element[], ei: number, pos: number, actorAt: (ResolvedActor | undefined)[], limit: number, out: { target: ResolvedActor | null; inner: ResolvedActor[] }): number {
  if (ei === rest.length) return pos;
  const e = rest[ei]!;
  if (e.kind === 'words') {
    if (QUOTE.has(tokens[pos]?.norm ?? '')) {
      let q = pos;
      while (QUOTE.has(tokens[q]?.norm ?? '')) q++;
      const r = matchRest(tokens, rest, ei, q, actorAt, limit, out);
      if (r >= 0) return r;
    }
    // ("met in Washington with X", "a meeting at his home with X"): a place phrase may also stand between the
    // trigger and the pattern's first preposition
    const placeFirst = ei === 0 && LOCATIVE_START.has(tokens[pos]?.norm ?? '') && e.alts.every((a) => a[0] === 'with');
    const beforeTarget = rest[ei + 1]?.kind === 'target' && (ei > 0 || placeFirst) && e.alts.every((a) => a.length === 1 && TARGET_INTRO.has(a[0]!));
    for (let g = 0; g <= (beforeTarget ? (placeFirst ? 4 : 3) : 0); g++) {
      if (g > 0) {
        const t = tokens[pos + g - 1];
        if (!t || PUNCT_STOP.has(t.norm) || t.norm === ',' || t.pos === 'VERB' || t.pos === 'AUX' || actorAt[pos + g - 1] && TARGET_INTRO.has(tokens[pos + g - 2]?.norm ?? '') === false && g === 1 && false) break;
      }
      for (const alt of e.alts) {
        if (seqMatches(tokens, pos + g, alt)) {
          const r = matchRest(tokens, rest, ei + 1, pos + g + alt.length, actorAt, limit, out);
          if (r >= 0) return r;
        }
      }
    }
    if (e.optional) return matchRest(tokens, rest, ei + 1, pos, actorAt, limit, out);
    return -1;
  }
  if (e.kind === 'gap') {
    for (let g = 0; g <= 5 && pos + g <= limit; g++) {
      if (g > 0) {
        const t = tokens[pos + g - 1]!;
        if (PUNCT_STOP.has(t.norm) || t.norm === ',' || t.norm === 'and' && g > 1) break;
        // a gap does not swallow a whole actor, unless it modifies the next noun ("a US proposal", "Ukraine's plan")
        const a = actorAt[pos + g - 1];
        if (a && a.tokEnd <= pos + 5 && !(a.kind === 'modifier' || a.possessive || tokens[a.tokEnd]?.pos === 'NOUN' || a.tokEnd > pos + g + 1)) {
          let inside = true;
          for (let k = a.tokStart; k < a.tokEnd; k++) if (k >= pos + 5) inside = false;
          if (inside && a.kind !== 'group') break;
        }
      }
      const r = matchRest(tokens, rest, ei + 1, pos + g, actorAt, limit, out);
      if (r >= 0) {
        for (let k = pos; k < pos + g; k++) { const a = actorAt[k]; if (a) out.inner.push(a); }
        return r;
      }
    }
    return -1;
  }
  // target: an actor starting within 3 tokens (determiners, adjectives, numbers, "thousands of")
  for (let g = 0; g <= 5 && pos + g < tokens.length; g++) {
    const a = actorAt[pos + g];
    if (g > 3 && !(a && a.quantityStart !== undefined && a.quantityStart >= pos)) { if (!a) continue; else break; }
    if (a && !(a.possessive && NOT_TARGET_POSSESSED.has(tokens[a.tokEnd + 1]?.norm ?? ''))) {
      const saved = out.target;
      out.target = a;
      const r = matchRest(tokens, rest, ei + 1, a.tokEnd, actorAt, limit, out);
      if (r >= 0) return r;
      out.target = saved;
    }
    const t = tokens[pos + g]!;
    const nextA = actorAt.slice(pos + g + 1, pos + 6).find((x) => x && x.quantityStart !== undefined && x.quantityStart <= pos + g);
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === 'its' || t.norm === 'their' || t.norm === 'his' || t.norm === 'her' || t.norm === '-' || nextA)) break;
  }
  // a final "+" with no actor right there: the match stands, the target is searched for later
  // (only after words of its own: a bare "verb +" needs its actor)
  if (ei === rest.length - 1 && rest.some((x) => x.kind === 'words')) { deferredHit = true; return pos; }
  // coercion and violence against a thing ("hit an oil refinery in Russia", "blockaded the port of Hodeidah"):
  // the match stands and the target is the first actor after it ("of/in/near X")
  // so may criticism of an act whose agent follows ("condemned the seizure of its tanker by the Coast Guard"):
  // then only that "by" agent can be the target
  // (not assault and killing, which are done to people: "hang a poster" is no execution)
  if (ei === rest.length - 1 && rest.length === 1 && !currentActorObject && (PHYSICAL.test(currentCode) && !PERSON_OBJECT.test(currentCode) || BY_TARGET_ROOTS.test(currentCode)) && /^(DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[pos]?.pos ?? '')) { openHit = true; return pos; }
  return -1;
}

/** Roots whose target may be the "by" agent of their object phrase. */
const BY_TARGET_ROOTS = /^(01|05|09|10|11|12|13)/;

const OWNED = /\b(owned|operated|run|chartered|managed|used|carrying) by\b/;

/** Coercion (root 17): arrests, detentions, expulsions. */
const COERCION = /^17/;
/** Civil society sectors: opposition, civilians, media, clergy, labour, education, NGOs. */
const CIVIL_SECTORS = new Set(['OPP', 'CVL', 'MED', 'REL', 'LAB', 'EDU', 'NGO', 'HRI']);

/** Physical assault and killing (182): their object is a person, never a thing. */
const PERSON_OBJECT = /^182/;

/** Roots of physical coercion and violence (17–20). */
const PHYSICAL = /^(17|18|19|20)/;
let currentCode = '';
/** The trigger being matched needs its actor right after it (patterns().actorObject). */
let currentActorObject = false;
let openHit = false;
let deferredHit = false;

function tryPatterns(tokens: Token[], ti: number, list: Pattern[] | undefined, actorAt: (ResolvedActor | undefined)[], lemma?: string): Match | null {
  if (!list) return null;
  const passive = isPassive(tokens, ti);
  for (const p of list) {
    currentCode = p.code;
    for (const alt of p.trigger) {
      currentActorObject = patterns().actorObject.has(lemma ?? alt[0]!);
      if (!(lemma ? alt[0] === lemma && seqMatches(tokens, ti + 1, alt.slice(1)) : seqMatches(tokens, ti, alt))) continue;
      const out = { target: null as ResolvedActor | null, inner: [] as ResolvedActor[] };
      openHit = false;
      deferredHit = false;
      const end = matchRest(tokens, p.rest, 0, ti + alt.length, actorAt, tokens.length, out);
      if (end >= 0) return { pattern: p, triggerStart: ti, triggerEnd: ti + alt.length, end, target: out.target, inner: out.inner, open: openHit && !PHYSICAL.test(p.code), deferred: deferredHit && !out.target };
      if (passive && !p.nominal) {
        const pm = matchPassive(tokens, ti, alt.length, p, actorAt);
        if (pm) return pm;
      }
    }
  }
  return null;
}

/** "sanctions were reinstated (on X)": the pattern's object stands before the auxiliary. */
function matchPassive(tokens: Token[], ti: number, tlen: number, p: Pattern, actorAt: (ResolvedActor | undefined)[]): Match | null {
  let oi = 0;
  while (oi < p.rest.length && p.rest[oi]!.kind === 'gap') oi++;
  const obj = p.rest[oi];
  if (obj?.kind === 'target' && p.rest.slice(0, oi).every((e) => e.kind === 'gap')) return matchPassiveTarget(tokens, ti, tlen, p, oi, actorAt);
  if (!obj || obj.kind !== 'words') return null;
  let aux = ti - 1;
  while (aux >= 0 && !BE.has(tokens[aux]!.norm)) aux--;
  if (aux < 1) return null;
  for (let k = aux - 1; k >= Math.max(0, aux - 2); k--) {
    if (!obj.alts.some((a) => a.length === 1 && wordMatches(tokens[k], a[0]!))) continue;
    const out = { target: null as ResolvedActor | null, inner: [] as ResolvedActor[] };
    let end = matchRest(tokens, p.rest, oi + 1, ti + tlen, actorAt, tokens.length, out);
    if (end < 0) {
      // the rest may be only "prep +" that the sentence leaves out
      const restKinds = p.rest.slice(oi + 1);
      if (restKinds.length <= 2 && restKinds.every((e) => e.kind === 'target' || e.kind === 'words' && e.alts.every((a) => a.length === 1 && TARGET_INTRO.has(a[0]!)))) end = ti + tlen;
      else continue;
    }
    return { pattern: p, triggerStart: ti, triggerEnd: ti + tlen, end, target: out.target, inner: out.inner, passiveObject: k };
  }
  return null;
}

/** "Canada was criticized by India (over …)", "China was accused by Japan of spying": the pattern's target is the
 *  passive subject (found later); what follows the target in the pattern may come after the "by" agent or be left out. */
function matchPassiveTarget(tokens: Token[], ti: number, tlen: number, p: Pattern, oi: number, actorAt: (ResolvedActor | undefined)[]): Match | null {
  const rest = p.rest.slice(oi + 1);
  if (rest.some((e) => e.kind === 'target')) return null;
  const out = { target: null as ResolvedActor | null, inner: [] as ResolvedActor[] };
  let from = ti + tlen;
  let end = matchRest(tokens, p.rest, oi + 1, from, actorAt, tokens.length, out);
  if (end < 0 && tokens[from]?.norm === 'by') {
    const agent = actorAt.slice(from + 1, from + 4).find((a) => !!a);
    if (agent) { from = agent.tokEnd; end = matchRest(tokens, p.rest, oi + 1, from, actorAt, tokens.length, out); }
  }
  // the rest is a preposition the passive leaves out ("accuse + of" → "was accused by X")
  // (prepositions only: "bring + to trial" needs its "trial")
  if (end < 0 && rest.length <= 2 && rest.every((e) => e.kind === 'gap' || e.kind === 'words' && e.alts.every((a) => a.length === 1 && TARGET_INTRO.has(a[0]!)))) end = ti + tlen;
  if (end < 0) return null;
  return { pattern: p, triggerStart: ti, triggerEnd: ti + tlen, end, target: null, inner: out.inner };
}

/** Words that are prepositions or conjunctions: they open a clause only when a verb follows. */
const PREP_OR_CONJ = new Set(['as', 'after', 'before', 'since', 'until', 'following', 'despite', 'amid', 'because']);
function verbAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

function actorEndsAt(actors: ResolvedActor[], ti: number): boolean {
  return actors.some((a) => a.tokEnd === ti && a.kind !== 'modifier');
}

/** Candidate lemmas of an inflected verb form the tagger missed: abducted → abduct, seized → seize, carried → carry. */
function verbLemmas(t: Token): string[] {
  const n = t.norm;
  const out = new Set<string>([t.lemma]);
  const irregular = pastFormLemma(n);
  if (irregular) out.add(irregular);
  if (n.endsWith('ied')) out.add(n.slice(0, -3) + 'y');
  if (n.endsWith('ed')) { out.add(n.slice(0, -2)); out.add(n.slice(0, -1)); if (/(.)\1ed$/.test(n)) out.add(n.slice(0, -3)); }
  if (n.endsWith('es')) out.add(n.slice(0, -2));
  if (n.endsWith('s')) out.add(n.slice(0, -1));
  return [...out];
}

/** Clause number of every token: breaks at ; : quotes and subordinating words. */
function clauses(tokens: Token[]): number[] {
  const m = modality();
  const ids: number[] = new Array(tokens.length);
  let c = 0;
  let maxId = 0;
  // a non-restrictive relative clause (", which …," / ", who …,") is closed by the comma before the main verb:
  // "Argentina, which cut ties with Iran in 2020, condemned Tehran on Tuesday" → the main clause resumes its id,
  // so the main verb keeps its subject and its own time expression
  let relOuter: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (relOuter !== null && t.norm === ',') {
      let k = i + 1;
      while (tokens[k] && tokens[k]!.pos === 'ADV') k++;
      if (tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !/ing$/.test(tokens[k]!.norm)) { c = relOuter; relOuter = null; ids[i] = c; continue; }
    }
    const brk = m.clauseBreaks.has(t.norm) && !(t.norm === 'that' && tokens[i + 1] && /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]!.pos) && tokens[i - 1]?.pos !== 'VERB')
      && !(PREP_OR_CONJ.has(t.norm) && !verbAhead(tokens, i + 1))
      || (t.norm === 'according' && tokens[i + 1]?.norm === 'to')
      // "Officials said [the two sides met]": a reporting verb opens its complement clause
      || (i > 0 && tokens[i - 1]!.pos === 'VERB' && m.reporting.has(tokens[i - 1]!.lemma) && !/^(that|,|\.|to|by|in|on|at|of|with)$/.test(t.norm) && t.pos !== 'ADV')
      || (t.norm === ',' && (tokens[i + 1]?.norm === 'and' || tokens[i + 1]?.norm === 'but') && !/^(ADJ|NOUN)$/.test(tokens[i + 2]?.pos ?? ''));
    if (brk) {
      if (/^(which|who|whom|whose)$/.test(t.norm) && tokens[i - 1]?.norm === ',' && relOuter === null) relOuter = c;
      c = ++maxId;
    }
    ids[i] = c;
  }
  return ids;
}

/** Index of the preposition that introduces an actor (determiners, adjectives, numbers skipped), or -1. */
function prepIndex(tokens: Token[], a: ResolvedActor): number {
  let k = a.tokStart - 1;
  while (k >= 0 && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.norm === a.prep ? k : -1;
}

/** Start of the last sequence found in [from, to), or -1. */
function lastSeq(tokens: Token[], from: number, to: number, seqs: string[][]): number {
  for (let i = to - 1; i >= Math.max(0, from); i--) for (const s of seqs) if (i + s.length <= to && seqMatches(tokens, i, s)) return i;
  return -1;
}

function hasSeq(tokens: Token[], from: number, to: number, seqs: string[][]): number {
  for (let i = Math.max(0, from); i < to; i++) for (const s of seqs) if (seqMatches(tokens, i, s) && i + s.length <= to) return i;
  return -1;
}

function isPassive(tokens: Token[], ti: number, actors?: ResolvedActor[]): boolean {
  const t = tokens[ti]!;
  if (!/(ed|en|wn|un|ut|et|id|le|it|ck|ght|ot|ung|ept|eld)$/.test(t.norm) || t.norm === t.lemma && !/(ut|et|id|it)$/.test(t.norm)) return false;
  // reduced relative: "Americans detained in the country", "tankers seized by Iran"
  const before = actors?.find((a) => a.tokEnd === ti && a.kind !== 'modifier');
  const objectBefore = before && (before.prep !== null || precededByVerb(tokens, before) && !modality().reporting.has(tokens[before.tokStart - 1]?.lemma ?? '') || subjectWithLaterVerb(tokens, before, ti));
  if (before && (tokens[ti + 1]?.norm === 'by' || objectBefore && /^(in|at|on|since|over|for|during|after|last)$/.test(tokens[ti + 1]?.norm ?? ''))) return true;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) {
    const n = tokens[k]!.norm;
    if (BE.has(n)) return !(n === "'s" && tokens[k - 1]?.pos === 'PROPN');
    if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return false;
  }
  return false;
}

/** "Americans detained in Venezuela were freed": a participle after the sentence's first actor, followed (past its
 *  phrase) by an auxiliary of the same clause, is a reduced relative, not the actor's verb. */
function subjectWithLaterVerb(tokens: Token[], before: ResolvedActor, ti: number): boolean {
  let k = before.tokStart - 1;
  while (k >= 0 && /^(DET|NUM|ADJ)$/.test(tokens[k]!.pos)) k--;
  if (k >= 0 && tokens[k]!.norm !== ',') return false;
  for (let j = ti + 2; j < Math.min(tokens.length, ti + 10); j++) {
    const t = tokens[j]!;
    if (PUNCT_STOP.has(t.norm) || t.norm === ',' || t.pos === 'VERB' || /^(who|which|that|and|but)$/.test(t.norm)) return false;
    if (BE.has(t.norm) && t.norm !== "'s" || t.pos === 'AUX') return true;
  }
  return false;
}

function tense(tokens: Token[], ti: number, from: number): 'pluperfect' | 'future' | 'past' | 'present' | 'nonfinite' {
  for (let k = ti - 1; k >= Math.max(from, ti - 4); k--) {
    const n = tokens[k]!.norm;
    if (n === 'had' || n === "'d" && tokens[k + 1]?.norm !== 'like') return 'pluperfect';
    if (n === 'will' || n === 'would' || n === "'ll" || n === 'shall') return 'future';
    if (n === 'has' || n === 'have' || n === 'is' || n === 'are' || n === 'was' || n === 'were' || n === 'did' || n === 'does' || n === 'do') return n === 'was' || n === 'were' || n === 'did' ? 'past' : 'present';
    if (n === 'to') return 'nonfinite';
  }
  const t = tokens[ti]!;
  if (t.norm.endsWith('ing')) return 'nonfinite';
  if (t.norm !== t.lemma && !t.norm.endsWith('s')) return 'past';
  return 'present';
}

type Mode = 'fact' | 'intent' | 'threat' | 'refusal' | 'drop';

/** Intent to do X: cooperative X → 03x; hostile X → 13x. */
function intentCode(code: string): string | null {
  const r = code.slice(0, 2);
  const map: Record<string, string> = {
    '061': '0311', '062': '0312', '063': '0313', '064': '0314', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
    '081': '0351', '082': '0352', '084': '0353', '0841': '0353', '0842': '0353', '085': '0354', '086': '0355', '087': '0356', '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
    '045': '039', '160': '131', '161': '1313', '162': '1311', '1621': '1311', '1622': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
    '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '191': '1381', '192': '1382',
  };
  if (map[code]) return map[code]!;
  switch (r) {
    case '01': case '02': case '03': case '09': case '10': case '11': case '12': case '13': return code;
    case '04': return '036';
    case '05': return '032';
    case '06': return '031';
    case '07': return '033';
    case '08': return '035';
    case '14': return '133';
    case '15': return code; // an announced deployment is the force posture itself
    case '16': return '131';
    case '17': return '137';
    case '18': return '1383';
    case '19': return '1384';
    case '20': return '1385';
  }
  return null;
}

function refusalCode(code: string): string | null {
  const r = code.slice(0, 2);
  const map: Record<string, string> = { '061': '1211', '062': '1212', '063': '1213', '081': '1241', '082': '1242', '084': '1243', '0841': '1243', '0842': '1243', '085': '1244', '086': '1245', '087': '1246', '0871': '1246', '0831': '1231' };
  if (map[code]) return map[code]!;
  switch (r) {
    case '02': case '03': case '05': return '120';
    case '04': return '125';
    case '06': return '121';
    case '07': return '122';
    case '08': return '124';
    case '12': return code;
  }
  return null;
}

function threatCode(code: string): string | null {
  const r = Number(code.slice(0, 2));
  if (r >= 13) return intentCode(code);
  return null;
}

function applyMode(code: string, mode: Mode): string | null {
  if (mode === 'fact') return code;
  if (mode === 'drop') return null;
  if (mode === 'refusal') return refusalCode(code);
  if (mode === 'threat') return threatCode(code) ?? null;
  // intent: cooperation → 03, hostile → 13
  return intentCode(code);
}

export interface SentenceResult {
  mentions: EventMention[];
  actors: ResolvedActor[];
}

/** Codes one sentence. `ctx` carries the document's memory (actors, previous events). */
export function codeSentence(sentence: string, tokens: Token[], ctx: DocContext & { lastEvents?: EventMention[] }, opts: CodeOptions): EventMention[] {
  const actors = findActors(tokens, sentence, ctx);
  const { byTrigger, sym } = patterns();
  const mod = modality();
  const actorAt: (ResolvedActor | undefined)[] = new Array(tokens.length);
  for (const a of actors) if (a.tokStart < tokens.length) actorAt[a.tokStart] = a;
  const clause = clauses(tokens);
  const consumed = new Uint8Array(tokens.length);
  for (const a of actors) for (let k = a.tokStart; k < a.tokEnd; k++) consumed[k] = 2;
  const matches: Match[] = [];
  for (let ti = 0; ti < tokens.length; ti++) {
    if (consumed[ti]) continue;
    const t = tokens[ti]!;
    let m: Match | null = null;
    // ("bomb-hit embassy", "war-torn"): a participle inside a hyphenated modifier
    if (t.pos === 'VERB' && (attributive(tokens, ti, consumed) || tokens[ti - 1]?.norm === '-' && ti > 1 && tokens[ti - 1]!.start === tokens[ti - 2]!.end)) continue;
    // "heard him talk about killing X": a gerund after a topic preposition is what is spoken of, not an act
    if (t.pos === 'VERB' && /ing$/.test(t.norm) && mod.topic.has(tokens[ti - 1]?.norm ?? '')) continue;
    // "what we are going to tell them": a future auxiliary, no act of its own
    if (t.pos === 'VERB' && mod.auxiliary.some((seq) => seqMatches(tokens, ti, seq) && tokens[ti + seq.length]?.pos === 'VERB')) continue;
    // "last month's shooting", "its bombing of …": an -ing form after a possessive is a noun, read by the noun patterns
    const gerundNoun = t.pos === 'VERB' && /ing$/.test(t.norm) && POSSESSIVE.test(tokens[ti - 1]?.norm ?? '');
    if (t.pos === 'VERB' && !gerundNoun) {
      m = tryPatterns(tokens, ti, byTrigger.get('v:' + t.lemma), actorAt) ?? (t.norm !== t.lemma ? tryPatterns(tokens, ti, byTrigger.get('v:' + t.norm), actorAt) : null);
      // the lemmatizer sometimes over-strips ("staged" → "stag"): candidate lemmas from the inflected form
      if (!m && t.norm !== t.lemma) for (const l of verbLemmas(t)) { if (l === t.lemma || l === t.norm) continue; m = tryPatterns(tokens, ti, byTrigger.get('v:' + l), actorAt, l); if (m) break; }
    } else if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'ADP') && (/(ed|s)$/.test(t.norm) || pastFormLemma(t.norm)) && ti > 0 && actorEndsAt(actors, ti)) {
      // the tagger sometimes reads a verb right after its subject as a noun ("militants abducted …")
      for (const l of verbLemmas(t)) { m = tryPatterns(tokens, ti, byTrigger.get('v:' + l), actorAt, l); if (m) break; }
    }
    if (!m && (t.pos === 'NOUN' || t.pos === 'PROPN' && !t.cap || gerundNoun)) {
      m = tryPatterns(tokens, ti, byTrigger.get('n:' + t.norm), actorAt) ?? tryPatterns(tokens, ti, byTrigger.get('n:' + t.lemma), actorAt);
    }
    if (!m) continue;
    for (const a of actors) if (a.tokStart >= m.triggerEnd && a.tokStart < m.end && a !== m.target && !m.inner.includes(a)) m.inner.push(a);
    for (let k = m.triggerStart; k < m.end; k++) if (!consumed[k]) consumed[k] = 1;
    matches.push(m);
    ti = m.triggerEnd - 1;
  }
  const out: EventMention[] = [];
  let prevSource: ResolvedActor | null = null;
  for (const m of matches) {
    // ", targeting the country's oil industry": a participle that elaborates the event already coded, not a new one
    if (out.length && elaborates(tokens, m, mod)) continue;
    const res = resolveMatch(m, tokens, actors, clause, ctx, sym, mod, prevSource);
    if (!res) continue;
    prevSource = res.source;
    for (const ev of res.events) {
      const mention = buildMention(ev, m, tokens, clause, sentence, opts, res.tense);
      if (!mention) continue;
      const dup = out.find((o) => o.code === mention.code && o.sourceCountry === mention.sourceCountry && o.targetCountry === mention.targetCountry && o.source.slice(0, 3) === mention.source.slice(0, 3));
      if (dup) continue;
      out.push(mention);
    }
  }
  if (out.length) {
    ctx.lastEvents = [...(ctx.lastEvents ?? []), ...out].slice(-20);
  }
  return out;
}

/** "his forces", "their troops": a role word with no country of its own, owned by a pronoun — the subject's own. */
/** A determiner after the object of "call", in its clause and not after a preposition: a second noun phrase
 *  ("called X the real occupiers", "called X a liar"). */
function namesObject(tokens: Token[], target: ResolvedActor, clause: number[]): boolean {
  if (target.tokEnd <= 0) return false;
  const c = clause[target.tokEnd - 1];
  for (let k = target.tokEnd; k < tokens.length && clause[k] === c; k++) {
    const t = tokens[k]!;
    if (PUNCT_STOP.has(t.norm) || t.norm === ',') return false;
    if ((t.norm === 'a' || t.norm === 'an' || t.norm === 'the') && tokens[k - 1]!.pos !== 'ADP' && tokens[k - 1]!.pos !== 'VERB') return true;
  }
  return false;
}

const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves', 'oneself']);
const OWN_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
function ownRole(tokens: Token[], a: ResolvedActor): boolean {
  if (a.kind !== 'group' || !a.fromContext && a.country) return false;
  return OWN_PRONOUNS.has(tokens[a.tokStart]?.norm ?? '') || OWN_PRONOUNS.has(tokens[a.tokStart - 1]?.norm ?? '');
}

/** "the exiled millionaire", "publicly held insurers"", "a mutual holding company": a participle between a
 *  determiner or adjective and a noun modifies that noun; it is not a verb of the clause. */
function attributive(tokens: Token[], ti: number, consumed: Uint8Array): boolean {
  const t = tokens[ti]!;
  if (t.norm === t.lemma || !/(ed|en|wn|ing)$/.test(t.norm)) return false;
  if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[ti + 1]?.pos ?? '')) return false;
  let k = ti - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  // ("the exiled Saudi millionaire": after a determiner, a name may follow; so it may after a preposition, "in
  //  occupied Kuwait", but not after "by" or "to", whose participle is a verb: "to be occupied by")
  if (k >= 0 && tokens[k]!.pos === 'ADP' && k === ti - 1 && !/ing$/.test(t.norm) && !/^(by|to|than|as)$/.test(tokens[k]!.norm)) return true;
  // ("a Saudi funded school": a nationality adjective between an indefinite article and the participle; after "the"
  //  it is a subject, "the UAE supplied weapons")
  if (k > 0 && consumed[k] === 2 && /^(ADJ|PROPN)$/.test(tokens[k]!.pos) && /^(a|an)$/.test(tokens[k - 1]!.norm) && tokens[ti + 1]!.pos === 'NOUN') return true;
  return k >= 0 && !consumed[k] && (tokens[k]!.pos === 'DET' && tokens[k]!.norm !== 'that' || tokens[k]!.pos === 'ADJ' && consumed[ti + 1] !== 2);
}

/** "until it retreats from Kuwait", "once the delegation arrives": a present tense after a time conjunction is a
 *  future or a condition, not an event yet. */
function unrealisedTime(tokens: Token[], clause: number[], ti: number, tns: string, source: ResolvedActor | null): boolean {
  // (the conjunction starts the clause, or stands right before the subject: "turned over once the group arrives")
  const at = [firstOfClause(clause, ti), ...(source && source.tokEnd <= ti ? [source.tokStart - 1] : [])];
  return tns === 'present' && at.some((k) => /^(until|till|once|before|when|whenever|after)$/.test(tokens[k]?.norm ?? ''));
}

/** "will respond to an Iraqi attack", "would be to start a war", "air strikes could harm relations": an indefinite or
 *  bare nominal event in a clause with a modal is a possibility, not an event (a definite or possessed one, "the
 *  embargo could cripple Iraq", "its occupation will last", refers to one that exists). */
function hypotheticalNominal(tokens: Token[], clause: number[], ti: number, mod: ReturnType<typeof modality>): boolean {
  let k = ti - 1;
  while (k >= 0 && /^(ADJ|NUM|NOUN|PROPN)$/.test(tokens[k]!.pos) && ti - k <= 4) k--;
  const det = tokens[k];
  if (det && (det.pos === 'DET' && !/^(a|an|any|another)$/.test(det.norm) || POSSESSIVE.test(det.norm) || det.pos === 'PRON')) return false;
  // (a bare one only under a speculative modal: "air strikes could harm relations", but "sanctions will remain")
  const modals = det && det.pos === 'DET' ? mod.hypothetical : mod.hypotheticalBare;
  const c = clause[ti];
  for (let i = firstOfClause(clause, ti); i < tokens.length && clause[i] === c; i++) {
    if (i !== ti && tokens[i]!.pos === 'AUX' && modals.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** "It expects that the soldiers will surrender": a future someone predicts or hopes for, not the actor's intent. */
function predicted(tokens: Token[], clause: number[], ti: number, source: ResolvedActor | null, mod: ReturnType<typeof modality>): boolean {
  // the verb right before the clause, or right before its subject ("Britain hopes Iraq will withdraw")
  const starts = [firstOfClause(clause, ti)];
  if (source && source.tokEnd <= ti) starts.push(source.tokStart);
  return starts.some((start) => {
    let k = start - 1;
    if (tokens[k]?.norm === 'that') k--;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    return k >= 0 && tokens[k]!.pos === 'VERB' && mod.predictive.has(tokens[k]!.lemma);
  });
}

/** A participle from the elaboration list right after a comma (adverbs allowed). */
function elaborates(tokens: Token[], m: Match, mod: ReturnType<typeof modality>): boolean {
  if (!mod.elaboration.has(tokens[m.triggerStart]!.norm)) return false;
  const [prev] = wordsBefore(tokens, m.triggerStart, 1);
  return prev !== undefined && tokens[prev]!.norm === ',';
}

interface RawEvent { source: ResolvedActor; target: ResolvedActor; code: string; confidence: number; symmetric: boolean }

function resolveMatch(m: Match, tokens: Token[], actors: ResolvedActor[], clause: number[], ctx: DocContext & { lastEvents?: EventMention[] }, sym: Set<string>, mod: ReturnType<typeof modality>, prevSource: ResolvedActor | null): { events: RawEvent[]; source: ResolvedActor | null; tense: string } | null {
  const ti = m.triggerStart;
  const c = clause[ti]!;
  const p = m.pattern;
  let confidence = p.nominal ? 0.55 : 0.8;
  let source: ResolvedActor | null = null;
  let target: ResolvedActor | null = m.target;
  let governingVerb = -1;
  const passive = !p.nominal && isPassive(tokens, ti, actors);
  const usable = (a: ResolvedActor) => a.kind !== 'modifier' || !!a.country;
  // --- source
  if (p.nominal) {
    // Actor right before the noun ("US sanctions", "Washington's embargo", "the Russian invasion") or inside the match.
    for (const a of actors) {
      if (a === target) continue;
      if (a.tokEnd <= ti && ti - a.tokEnd <= 3 && clause[a.tokStart] === c && tokens.slice(a.tokEnd, ti).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.norm === "'s" || t.norm === '-' || t.pos === 'DET')) {
        // ("the embassy bombings": what was hit, not who acted)
        if (VIOLENT.test(p.code) && patterns().patientHeads.has(tokens[a.tokEnd - 1]!.norm)) continue;
        source = a;
      }
    }
    if (!source) source = m.inner.find((a) => a !== target && (a.kind === 'modifier' || a.possessive)) ?? null;
    // "Moscow ordered the expulsion of …", "A and B agreed to a prisoner swap": the governing verb's subject
    if (!source) {
      let k = ti - 1;
      while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || tokens[k]!.norm === 'to' || /^(its|their|his|her)$/.test(tokens[k]!.norm) || tokens[k]!.pos === 'NOUN' && ti - k <= 1)) k--;
      if (k >= 0 && tokens[k]!.pos === 'VERB' && !modality().reporting.has(tokens[k]!.lemma) && ti - k <= 4) {
        source = findSubject({ ...m, triggerStart: k, triggerEnd: k + 1 }, tokens, actors, clause, prevSource);
        if (source) governingVerb = k;
      }
    }
    if (!source) {
      // "by X" after the noun phrase
      const byIdx = tokens.findIndex((t, k) => k >= m.end && k <= m.end + 1 && t.norm === 'by');
      if (byIdx >= 0) source = actors.find((a) => a.tokStart > byIdx && a.tokStart <= byIdx + 5) ?? null;
    }
  } else if (passive) {
    const byIdx = tokens.findIndex((t, k) => k >= m.triggerEnd && k <= m.end + 3 && t.norm === 'by' && clause[k] === c);
    if (byIdx >= 0) source = actors.find((a) => a.tokStart > byIdx && a.tokStart <= byIdx + 3 && usable(a)) ?? null;
    // "detained in the country": the authorities of that place (arrests and expulsions only: "killed in Kenya" names
    // where it happened, not who did it)
    if (!source && tokens[ti + 1]?.norm === 'in' && COERCION.test(p.code)) {
      const loc = actors.find((a) => a.tokStart > ti && a.tokStart <= ti + 3 && a.country && a.kind !== 'modifier');
      if (loc) source = { ...loc, code: loc.country + 'GOV', sector: 'GOV', fromContext: true };
    }
    // subject of a passive = target (in a reduced relative, the actor right before it: "a number of Americans
    // detained in …"; in a relative clause, its antecedent: "Americans who were detained")
    if (!target) target = actors.find((a) => a.tokEnd === ti && a.kind !== 'modifier' && usable(a)) ?? null;
    if (!target) {
      for (const a of actors) if (a.tokEnd <= ti && clause[a.tokStart] === c && SUBJECT_PREPS.has(a.prep) && usable(a)) target = a;
      const start = firstOfClause(clause, ti);
      if (!target && /^(who|which|that)$/.test(tokens[start]?.norm ?? '')) target = actors.find((a) => a.tokEnd === start && a.kind !== 'modifier') ?? null;
    }
    // "this progress was halted", "the trip that was taken": a passive whose subject is a thing (and no object
    // word of the pattern stands before it, as in "sanctions were reinstated") has no actor as its patient
    if (!target && m.passiveObject === undefined) return null;
    confidence -= 0.1;
  } else if (/ing$/.test(tokens[ti]!.norm) && tokens[ti - 1]?.pos === 'NOUN' && !actors.some((a) => a.tokStart < ti && ti - 1 < a.tokEnd)) {
    // "the rally supporting Abacha", "a convoy carrying aid": an active participle right after a plain noun is said
    // of that noun, a thing: no actor acts
    return null;
  } else {
    source = findSubject(m, tokens, actors, clause, prevSource);
  }
  // relative clause "with whose regime X broke off relations": the antecedent is the target
  if (!target && !p.nominal) {
    const k = tokens.findIndex((t, idx) => idx < ti && t.norm === 'whose' && clause[idx]! >= c - 1 && ti - idx < 10);
    if (k > 0) {
      const ante = [...actors].reverse().find((a) => a.tokEnd <= k && k - a.tokEnd <= 3);
      if (ante && ante !== source) { target = ante; confidence -= 0.1; }
    }
  }
  // --- target: an actor inside the matched phrase ("expelled the French ambassador", "rejected Ukraine's plan")
  if (!target && !passive && !m.open) {
    // (not a bare role whose country is only guessed, when the pattern's own target slot named none: "sent an envoy
    //  to the Middle East" — the envoy is the sender's)
    target = m.inner.find((a) => a !== source && a.kind !== 'modifier' && a.kind !== 'compound' && (!source || a.code !== source.code) && !(p.hasTarget && m.deferred && (a.fromContext || !a.country))) ?? null;
    // ("sent his forces into …", "pull back its troops"): a role owned by a pronoun is the subject's own
    if (target && source?.country && ownRole(tokens, target)) target = { ...target, country: source.country, code: source.country + target.sector, fromContext: true };
  }
  // --- target (active verbs without '+': first actor after the match in the clause)
  if (!target && !passive && !m.open) {
    let stop = tokens.length;
    for (let k = m.end; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (PUNCT_STOP.has(t.norm) || t.norm === ',' && /^(VERB|AUX|ADV|PRON|SCONJ)$/.test(tokens[k + 1]?.pos ?? '')) { stop = k; break; }
      // "holds eight degrees and is a Fellow of …": a coordinated predicate has its own object; so has a verb
      // after the object ("called on all states to cooperate with the authorities")
      if ((t.norm === 'and' || t.norm === 'but') && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) { stop = k; break; }
      // (not a participle that modifies the object: "struck a boat carrying drugs", "a ship owned by …")
      if (m.deferred && k > m.end && (t.pos === 'AUX' || t.pos === 'VERB' && /^(ADP|PART|PRON|SCONJ)$/.test(tokens[k - 1]!.pos)) && tokens.slice(m.end, k).some((x) => x.pos === 'NOUN')) { stop = k; break; }
    }
    // "sent a team to recover the remains of a British expert": past an infinitive in the place of "+", an actor
    // after "of" belongs to the infinitive's object, it is no destination (the people the act is for are:
    // "sent peacekeepers to protect civilians in the Central African Republic")
    const infinitive = m.deferred && tokens[m.end - 1]?.norm === 'to' && tokens[m.end]?.pos === 'VERB';
    for (const a of actors) {
      if (a.tokStart < m.end || a === source) continue;
      if (a.tokStart >= stop) break;
      if (infinitive && a.prep === 'of') continue;
      // "arrested 14 foreigners in their search for bombers": "for" after a noun outside the matched phrase
      // belongs to that noun, not to the verb
      if (a.prep === 'for' && a.tokStart >= m.end + 2 && tokens[prepIndex(tokens, a) - 1]?.pos === 'NOUN') continue;
      if (clause[a.tokStart] !== c && !(a.tokStart - m.end <= 2)) break;
      if (a.tokStart - m.end > 15) break;
      if (a.possessive && NOT_TARGET_POSSESSED.has(tokens[a.tokEnd + 1]?.norm ?? '')) continue;
      // "a ship owned by an Israeli businessman": the owner of the object of a physical act
      const ownedBy = a.prep === 'by' && PHYSICAL.test(p.code) && OWNED.test(tokens.slice(Math.max(0, a.tokStart - 4), a.tokStart).map((t) => t.norm).join(' '));
      if (!TARGET_PREPS.has(a.prep) && !(a.kind !== 'place' && a.kind !== 'country' && a.prep === 'in') && !ownedBy) continue;
      if (!usable(a)) { if (a.kind === 'modifier' && a.country) { target = a; break; } continue; }
      target = a;
      break;
    }
    // "abuses in Sudan", "airstrikes in Afghanistan": for these roots a place after "in" is the target
    if (!target && IN_TARGET_ROOTS.has(p.code.slice(0, 2))) {
      target = actors.find((a) => a.tokStart >= m.end && a !== source && a.prep === 'in' && a.country && clause[a.tokStart] === c) ?? null;
      if (target && target.kind === 'place' && Number(p.code.slice(0, 2)) >= 15) target = { ...target, code: target.country!, sector: '' };
    }
    // a country adjective inside the phrase ("bought Russian oil", "probed Mexican policy")
    if (!target) target = m.inner.find((a) => a !== source && a.kind === 'modifier' && (!!a.country && (!source || a.country !== source.country) || !a.country && !!a.sector)) ?? null;
  }
  // "condemned the seizure of its tanker by the U.S. Coast Guard", "investigated abuses by Ethiopian troops":
  // for statements, appeals, criticism, rejection and investigation the agent of the object phrase is the target
  if ((!target || m.open) && !passive && source && source.kind !== 'compound' && BY_TARGET_ROOTS.test(p.code)) {
    const byAgent = (a: ResolvedActor) => {
      let k = a.tokStart - 1;
      while (k > 0 && tokens[k]!.norm !== 'by') k--;
      return tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN';
    };
    target = actors.find((a) => a.tokStart >= m.end && a.prep === 'by' && a !== source && a.tokStart - m.end <= 12 && clause[a.tokStart] === c && usable(a) && byAgent(a)) ?? null;
    if (target && target.kind === 'modifier' && !target.country) target = null;
  }
  // protests are aimed at the protesters' own government unless said otherwise (not a state's own forces or
  // officials: "Iraqi troops set fire to …" is no protest against Baghdad)
  if (!target && source && source.country && p.code.startsWith('14') && !/^(GOV|MIL|COP|SPY|JUD|LEG)$/.test(source.sector)) {
    target = { ...source, code: source.country + 'GOV', sector: 'GOV', kind: 'reference', tokStart: -1, tokEnd: -1, start: 0, end: 0, fromContext: true, members: undefined };
  }
  // "insisted that NATO was the best tool": a demand's "that" clause is a subjunctive or a modal ("demanded that Iran
  // release"); an indicative one states a claim
  if (p.code.startsWith('10') && /\bthat \+$/.test(p.source) && target && target.tokEnd >= 0 && /^(was|were|is|are|has|had|have)$/.test(tokens[target.tokEnd]?.norm ?? '')) return null;
  // --- modality
  const winStart = source && source.tokEnd <= ti ? source.tokEnd : firstOfClause(clause, ti);
  const mode = modeOf(tokens, winStart, ti, mod, p);
  let tns = tense(tokens, governingVerb >= 0 ? governingVerb : ti, winStart);
  // "voted to suspend", "moved to normalize": the infinitive takes the tense of the verb that governs it
  if (tns === 'nonfinite' && !p.nominal) {
    const to = tokens.slice(winStart, ti).map((t) => t.norm).lastIndexOf('to');
    const gv = to >= 0 ? winStart + to - 1 : -1;
    if (gv >= winStart && (tokens[gv]!.pos === 'VERB' || tokens[gv]!.pos === 'ADJ')) {
      let k = gv;
      while (k > winStart && tokens[k]!.pos !== 'VERB') k--;
      if (tokens[k]!.pos === 'VERB') tns = tense(tokens, k, winStart);
    }
  }
  const fromVerb = governingVerb >= 0 && tns !== 'pluperfect' && tns !== 'nonfinite';
  if (mode === 'drop') return null;
  if (p.nominal && hypotheticalNominal(tokens, clause, ti, mod)) return null;
  if (!p.nominal && (unrealisedTime(tokens, clause, ti, tns, source) || (mode === 'intent' || tns === 'future') && predicted(tokens, clause, ti, source, mod))) return null;
  let code: string | null = p.code;
  // "withdrew from southern Lebanon": leaving a place (not an organisation or talks) is a military pullback
  const placeCode = patterns().fromPlace.get(code);
  if (placeCode && !p.nominal && !passive && target && !target.possessive && (target.kind === 'country' || target.kind === 'place' || target.kind === 'modifier' && !!target.country)) code = placeCode;
  let mo: Mode = mode;
  if (mo === 'fact' && tns === 'future' && !p.nominal) mo = 'intent';
  code = applyMode(code, mo);
  if (!code) return null;
  if ((code === '140' || code === '141') && source && (source.sector === 'GOV' || source.sector === '' && (source.kind === 'country' || source.kind === 'place')) && target && target.country !== source.country) code = '114';
  // --- context fallbacks
  const symmetric = sym.has(p.code) || sym.has(code);
  if (source?.kind === 'compound' && source.members && !target && symmetric) {
    const [a, b] = source.members as [ResolvedActor, ResolvedActor];
    return { events: [{ source: a, target: b, code, confidence, symmetric: true }], source, tense: governingVerb >= 0 && tns !== 'pluperfect' && tns !== 'nonfinite' ? 'verb-object' : tns };
  }
  if (target?.kind === 'compound' && target.members && !source && symmetric && !LOCATIVE.has(target.prep ?? '')) {
    const [a, b] = target.members as [ResolvedActor, ResolvedActor];
    return { events: [{ source: a, target: b, code, confidence: confidence - 0.1, symmetric: true }], source: a, tense: tns };
  }
  const impliedOk = p.nominal || passive || IMPLIED_TARGET.has(code.slice(0, 2)) || IMPLIED_TARGET.has(p.code.slice(0, 2));
  const unknownOwner = p.nominal && /^(ADJ|PROPN)$/.test(tokens[ti - 1]?.pos ?? '') && tokens[ti - 1]!.cap && !source;
  if (unknownOwner) return null;
  if (!source && impliedOk && (p.nominal || passive || SANCTIONS_TOPIC.has(p.code))) {
    source = contextActor(ctx, target, p.code, 'source', actors, ti, false);
    // a nominal event ("a trip to Japan") or a passive with no agent ("twelve people were killed", "he is widely
    // recognized") needs its agent in the sentence, except a sanctioning party the document already named in an
    // earlier sanctions event ("sanctions were reinstated in April")
    if ((p.nominal || passive) && source && !(source.fromEvent && SANCTIONS_TOPIC.has(p.code))) source = null;
    confidence -= 0.2;
  }
  // (not when a thing stands where the pattern wants its target: "the occupation of land", "retreat from the world")
  // (nor after a reflexive object, "distanced himself from the controversy": the thing is all there is)
  const reflexive = tokens.slice(m.triggerEnd, m.end).some((t) => REFLEXIVE.has(t.norm));
  if (!target && source && impliedOk && p.rest.length > 0 && !(m.deferred && (!SANCTIONS_TOPIC.has(p.code) || reflexive))) {
    target = contextActor(ctx, source, p.code, 'target', actors, ti, false);
    confidence -= 0.2;
  }
  if (!source || !target) return null;
  // "called U.S. soldiers massing in Saudi Arabia the real occupiers": "call" with a second noun phrase after its
  // object names the object, it is no telephone call
  if (code === '041' && tokens[ti]!.lemma === 'call' && namesObject(tokens, target, clause)) return null;
  // a city that is attacked or where troops are sent is a place of the country, not its government
  if (target.kind === 'place' && target.country && ['15', '18', '19', '20'].includes(p.code.slice(0, 2))) target = { ...target, code: target.country, sector: '' };
  // an event needs at least one of its actors named in the sentence
  if ((source.tokStart < 0 || source.fromContext && source.kind === 'reference') && (target.tokStart < 0 || target.fromContext && target.kind === 'reference') && !(source.fromEvent || target.fromEvent)) return null;
  // A role with no country ("the military", "officials"): the country the document implies.
  // (a place named with "in" sets the scene: "soldiers beat civilians in Khartoum"; else the document's country;
  //  else the other party's, as most events between a country's own sectors are domestic)
  const scene = actors.find((a) => a.prep !== null && LOCATIVE.has(a.prep) && (a.kind === 'place' || a.kind === 'country') && a.country)?.country
    ?? actors.find((a) => a.kind === 'place' && a.country && a !== source && a !== target && a.tokStart < ti)?.country ?? null;
  const fill = (a: ResolvedActor, other: ResolvedActor, role: 'source' | 'target'): ResolvedActor => {
    if (a.country || !a.sector || a.foreign || /^(IGO|NGO|IMG)/.test(a.code) || a.kind === 'org') return a;
    // violence (18–20) against people or things with no country: another country named in the sentence (a reporting
    // party, "Ukraine's foreign ministry said Russian drones attacked a hospital") before the attacker's own
    const elsewhere = role === 'target' && /^(18|19|20)/.test(p.code) && other.country ? actors.find((x) => x.country && x.country !== other.country && x.kind !== 'compound')?.country ?? null : null;
    // arrests and expulsions of activists, journalists, clergy with no country named: the state's own people
    const own = role === 'target' && COERCION.test(p.code) && CIVIL_SECTORS.has(a.sector) ? other.country : null;
    // (a traveller is not of the country visited: "agents traveled to Cuba")
    // (nor is a company dealing with a country as a whole or its people: "the firm is in talks with the Chinese"
    //  is trade abroad as often as at home)
    const domestic = role === 'source' && p.code === '042' || a.sector === 'BUS' && (other.sector === '' || other.sector === 'CVL') ? null : other.country;
    // a legislature or a court with no country named deals with its own state ("the president asked Congress for
    // $20 million for Angola")
    const ownState = role === 'target' && /^(LEG|JUD)$/.test(a.sector) && /^(GOV|LEG|JUD)$/.test(other.sector) ? other.country : null;
    const c = scene ?? elsewhere ?? own ?? ownState ?? (a.contextOk ? contextActor(ctx, other, p.code, role, actors, ti, true)?.country ?? null : null) ?? domestic;
    return c ? { ...a, country: c, code: c + a.sector, fromContext: true } : a;
  };
  source = fill(source, target, 'source');
  target = fill(target, source, 'target');
  if (source.kind === 'modifier' && !source.country || target.kind === 'modifier' && !target.country) return null;
  const sources = source.kind === 'compound' && source.members ? source.members : [source];
  const targets = target.kind === 'compound' && target.members ? target.members : [target];
  const events: RawEvent[] = [];
  for (const s of sources) for (const t of targets) {
    if (s.code === t.code || (!s.country && !t.country && s.code.slice(0, 3) === t.code.slice(0, 3))) continue;
    // a government acting on its own country (or the reverse) is not an event between actors
    const govLike = (a: ResolvedActor) => a.code === a.country || a.sector === 'GOV' || a.sector === '';
    if (s.country && s.country === t.country && (s.code === s.country || t.code === t.country) && govLike(s) && govLike(t)) continue;
    // a force posture (15) is towards another country, not a government's own forces ("the dispatching of US troops")
    // (nor is a withdrawal or surrender: "willing to withdraw its troops" names what is withdrawn)
    if (s.country && s.country === t.country && (code.startsWith('15') || /^(087|0356)/.test(code))) continue;
    if (!s.country && !/^(IGO|NGO|IMG)/.test(s.code)) continue;
    if (!t.country && !/^(IGO|NGO|IMG)/.test(t.code)) continue;
    events.push({ source: s, target: t, code, confidence: Math.max(0.1, confidence - (s.fromContext ? 0.1 : 0) - (t.fromContext ? 0.1 : 0)), symmetric: symmetric && source.kind === 'compound' });
  }
  return { events, source, tense: fromVerb ? 'verb-object' : tns };
}

function firstOfClause(clause: number[], ti: number): number {
  let k = ti;
  while (k > 0 && clause[k - 1] === clause[ti]) k--;
  return k;
}

function findSubject(m: Match, tokens: Token[], actors: ResolvedActor[], clause: number[], prevSource: ResolvedActor | null): ResolvedActor | null {
  const ti = m.triggerStart;
  const c = clause[ti]!;
  let best: ResolvedActor | null = null;
  let bestSubj: ResolvedActor | null = null;
  for (const a of actors) {
    if (a.tokEnd > ti) break;
    if (clause[a.tokStart] !== c && clause[a.tokEnd - 1] !== c) continue;
    if (!SUBJECT_PREPS.has(a.prep) && !(a.prep === 'with' && looksLikeSubject(tokens, a, ti))) continue;
    if (a.kind === 'modifier' && !(a.country && modifierSubject(tokens, a, ti))) continue;
    best = a;
    if (looksLikeSubject(tokens, a, ti)) bestSubj = a;
  }
  // "assailed Ukraine for holding exercises", "accused the US of breaching", "prevents Venezuela from trading": a
  // gerund after for/of/from has the actor right before the preposition as its subject
  if (/ing$/.test(tokens[ti]!.norm) && /^(for|of|from)$/.test(tokens[ti - 1]?.norm ?? '')) {
    const obj = [...actors].reverse().find((a) => a.tokEnd <= ti - 1);
    if (obj && ti - 1 - obj.tokEnd <= 1 && clause[obj.tokStart] === c && obj.kind !== 'modifier') return obj;
  }
  // ", effectively ending ties": a participle after a comma takes the clause's subject, not the nearest object
  const participle = tokens[ti - 1]?.norm === ',' || tokens[ti - 2]?.norm === ',' && tokens[ti - 1]?.pos === 'ADV';
  if (participle && bestSubj) return bestSubj;
  // "linking the sites struck overnight": a plain noun phrase that is a verb's object, right before the participle,
  // is what the participle is said of (a reduced relative), and no actor is named as its agent
  {
    let k = ti - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    if (k > 0 && tokens[k]!.pos === 'NOUN' && !actors.some((a) => a.tokStart <= k && k < a.tokEnd)) {
      let h = k;
      while (h > 0 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[h - 1]!.pos)) h--;
      if (h > 0 && tokens[h - 1]!.pos === 'VERB' && !modality().reporting.has(tokens[h - 1]!.lemma)) return null;
    }
  }
  if (bestSubj) {
    // the nearest actor wins unless it follows a verb (then it is that verb's object)
    if (best && best !== bestSubj && !precededByVerb(tokens, best)) return best;
    return bestSubj;
  }
  if (best && !precededByVerb(tokens, best)) return best;
  if (best) return best;
  // a thing right before the verb is its subject ("Coffee arrived in Brazil", "the sites struck overnight"): no actor
  {
    let k = ti - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
    if (k >= 0 && tokens[k]!.pos === 'NOUN' && !actors.some((a) => a.tokStart <= k && k < a.tokEnd)) return null;
  }
  // clause opened by a relative pronoun: its antecedent
  const start = firstOfClause(clause, ti);
  const opener = tokens[start]?.norm;
  if (opener === 'who' || opener === 'which' || opener === 'that') {
    // (right before it, or before a comma: "Argentina, which …"; not "Kenya last year that …")
    const ante = [...actors].reverse().find((a) => a.tokEnd <= start && start - a.tokEnd <= 2 && a.kind !== 'modifier' && tokens.slice(a.tokEnd, start).every((t) => t.pos === 'PUNCT'));
    // (a place after "in" is where the antecedent is, rarely the antecedent: "the bombings in Kenya, which killed")
    if (ante && LOCATIVE.has(ante.prep ?? '')) return null;
    if (ante) return ante;
    // the antecedent is a thing ("the blasts which killed …", "the bombings that killed …"): no actor acts
    if (start > 0 && /^(NOUN|PROPN|NUM)$/.test(tokens[start - 1]!.pos)) return null;
  }
  // coordinated verb ("... and imposed"): the previous subject
  if (tokens[ti - 1]?.norm === 'and' && prevSource) return prevSource;
  // participle clause at sentence start ("Since breaking off relations with X, Y has ..."): the main subject
  if (tokens[ti]!.norm.endsWith('ing') || tokens[ti]!.norm.endsWith('ed')) {
    const comma = tokens.findIndex((t, k) => k > ti && t.norm === ',');
    // (only when nothing nominal stands before the participle: "Coffee arrived in Brazil …, a Portuguese officer"
    //  has its own subject)
    if (comma > 0 && start <= 2 && !tokens.slice(start, ti).some((t) => /^(NOUN|PROPN|PRON|NUM)$/.test(t.pos))) {
      const subj = actors.find((a) => a.tokStart > comma && a.tokStart <= comma + 3 && a.prep === null && a.kind !== 'modifier');
      if (subj) return subj;
    }
  }
  // earlier clause of the same sentence, if the trigger's clause has no subject of its own (", as they restarted")
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.tokEnd > ti) continue;
    if (clause[a.tokStart]! >= c - 1 && a.prep === null && a.kind !== 'modifier' && start > 0 && /^(as|while|when|after|before|since|because)$/.test(tokens[start]!.norm) === false) return a;
    break;
  }
  return null;
}

/** "Israeli bulldozers demolished …", "Jordanian aircraft dropped …": a country adjective and one or two plain nouns
 *  right before the verb stand for an actor of that country. */
function modifierSubject(tokens: Token[], a: ResolvedActor, ti: number): boolean {
  let k = a.tokEnd;
  let nouns = 0;
  while (k < ti && tokens[k]!.pos === 'NOUN' && nouns < 2) { k++; nouns++; }
  if (!nouns) return false;
  while (k < ti && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  return k === ti && (a.tokStart === 0 || !/^(VERB|ADP)$/.test(tokens[a.tokStart - 1]!.pos));
}

/** The actor is followed (after adverbs, auxiliaries, an apposition) by a verb. */
function looksLikeSubject(tokens: Token[], a: ResolvedActor, ti: number): boolean {
  let k = a.tokEnd;
  if (tokens[k]?.norm === ',') {
    // apposition / parenthetical ", in turn," → skip to the next comma
    const close = tokens.findIndex((t, idx) => idx > k && idx < ti && t.norm === ',');
    if (close > 0 && close - k <= 8) k = close + 1;
  }
  for (; k <= ti && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function precededByVerb(tokens: Token[], a: ResolvedActor): boolean {
  for (let k = a.tokStart - 1; k >= 0 && k >= a.tokStart - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.norm !== '-') return false;
  }
  return false;
}

/** The non-adverb tokens right before `end` (exclusive), nearest last, at most `n`. */
function wordsBefore(tokens: Token[], end: number, n: number): number[] {
  const out: number[] = [];
  for (let k = end - 1; k >= 0 && out.length < n; k--) if (tokens[k]!.pos !== 'ADV') out.unshift(k);
  return out;
}

/** A sequence of lemmas ends right at the given token indices ("ready to", "be set to", adverbs skipped). */
function endsWith(tokens: Token[], idx: number[], seqs: string[][]): boolean {
  return seqs.some((s) => s.length <= idx.length && s.every((w, k) => fitsOrGerund(tokens[idx[idx.length - s.length + k]!]!, w)));
}

/** A word of a lemma sequence, or its -ing form (which the tagger may lemmatize as an adjective: "promising"). */
function fitsOrGerund(t: Token, w: string): boolean {
  return wordMatches(t, w) || /ing$/.test(t.norm) && (t.norm.slice(0, -3) === w || t.norm.slice(0, -3) + 'e' === w);
}

/** hasSeq over the words of a span with its adverbs left out ("is also expected to" = "be expected to"). */
function hasSeqPastAdverbs(tokens: Token[], from: number, to: number, seqs: string[][]): boolean {
  const idx: number[] = [];
  for (let k = Math.max(0, from); k < to; k++) if (tokens[k]!.pos !== 'ADV') idx.push(k);
  for (let i = 0; i < idx.length; i++) for (const s of seqs) if (i + s.length <= idx.length && s.every((w, k) => wordMatches(tokens[idx[i + k]!], w))) return true;
  return false;
}

/** hasSeq that also accepts -ing forms ("by promising to withdraw"). */
function hasSeqOrGerund(tokens: Token[], from: number, to: number, seqs: string[][]): boolean {
  for (let i = Math.max(0, from); i < to; i++) for (const s of seqs) if (i + s.length <= to && s.every((w, k) => fitsOrGerund(tokens[i + k]!, w))) return true;
  return false;
}

/** "asked the US to enforce the embargo", "the goal is to put troops", "in order to meet standards", "allowed to
 *  stay": an infinitive states what someone asks, wants, allows or aims at, not an act. It is asserted only under a
 *  modality phrase ending in "to" ("ready to", "threatened to", "refused to", "failed to": their own codes), an
 *  implicative verb ("voted to", "managed to"), or, for meetings, as the purpose of a trip ("travelled to Caracas to
 *  meet …"). */
function unassertedInfinitive(tokens: Token[], ti: number, mod: ReturnType<typeof modality>, p: Pattern): boolean {
  // (a passive infinitive: "allow the boy to be sent back")
  const [be] = wordsBefore(tokens, ti, 1);
  const [to] = be !== undefined && /^(be|been)$/.test(tokens[be]!.norm) && /(ed|en|wn|nt)$/.test(tokens[ti]!.norm) ? wordsBefore(tokens, be, 1) : [be];
  if (to === undefined || tokens[to]!.norm !== 'to' || to < ti - 3) return false;
  const idx = wordsBefore(tokens, to + 1, 5);
  if (endsWith(tokens, idx, [...mod.intent, ...mod.threat, ...mod.refusal, ...mod.negation, ...mod.speculative].filter((s) => s[s.length - 1] === 'to'))) return false;
  const gov = idx.slice(0, -1);
  if (endsWith(tokens, gov, [['in', 'order'], ['so', 'as']])) return true;
  if (endsWith(tokens, gov, mod.implicative)) return false;
  const gi = gov[gov.length - 1] ?? -1;
  if (p.code.startsWith('04') && gi >= 0 && /^(PROPN|NOUN)$/.test(tokens[gi]!.pos)) {
    // the destination of a trip ("to Nepal", "in Caracas") right before the purpose
    for (let k = gi - 1; k >= Math.max(0, gi - 3) && tokens[k]!.pos !== 'VERB'; k--) if (/^(to|in|into)$/.test(tokens[k]!.norm)) return false;
  }
  return true;
}

function modeOf(tokens: Token[], from: number, ti: number, mod: ReturnType<typeof modality>, p: Pattern): Mode {
  const lo = Math.max(0, from);
  // negation right before the trigger (within the verb group); "will not / would not / won't negotiate" is a refusal
  const neg = hasSeq(tokens, Math.max(lo, ti - 4), ti, mod.negation);
  if (neg >= 0) {
    const prev = tokens[neg - 1]?.norm ?? '';
    // ("probably won't give in": someone's guess, not a refusal)
    if (hasSeq(tokens, Math.max(lo, neg - 3), neg, mod.speculative) >= 0) return 'drop';
    if (!p.nominal && (prev === 'will' || prev === 'would' || prev === 'wo' || tokens[neg]!.norm === "n't" && (prev === 'wo' || prev === 'will'))) return 'refusal';
    return 'drop';
  }
  if (hasSeq(tokens, lo, ti, mod.conditional) >= 0) return 'drop';
  if (!p.nominal && unassertedInfinitive(tokens, ti, mod, p)) return 'drop';
  // "the oil it currently buys", "still recognizes the monarch": a habit or a standing state, not an event
  if (!p.nominal && hasSeq(tokens, Math.max(lo, ti - 3), ti, mod.habitual) >= 0) return 'drop';
  // "to deflect criticism of …", "to discuss an Iraqi withdrawal": a nominal event that is the object of an
  // unasserted infinitive
  if (p.nominal) {
    let k = ti - 1;
    while (k >= 0 && /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(tokens[k]!.pos) && ti - k <= 4) k--;
    if (k >= 0 && tokens[k]!.pos === 'VERB' && unassertedInfinitive(tokens, k, mod, p)) return 'drop';
    // "calling for Israel's withdrawal", "urged a ceasefire": what is asked for has not happened
    let j = ti - 1;
    while (j >= 0 && /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(tokens[j]!.pos) && ti - j <= 5) j--;
    if (j >= 0 && endsWith(tokens, wordsBefore(tokens, j + 1, 3), mod.demanded)) return 'drop';
    // "Iran seeks talks", "offered a prisoner swap": what the actor seeks or offers is its intent
    if (j >= 0 && endsWith(tokens, wordsBefore(tokens, j + 1, 2), mod.soughtNominal)) return 'intent';
  }
  const opener = tokens[lo - 1]?.norm ?? '';
  if (opener === 'if' || opener === 'unless' || opener === 'whether') return 'drop';
  const cs = tokens.slice(Math.max(0, lo - 12), lo).findIndex((t) => t.norm === 'whether' || t.norm === 'if' || t.norm === 'unless');
  if (cs >= 0 && !tokens.slice(Math.max(0, lo - 12) + cs, lo).some((t) => t.norm === ',' || t.norm === ';')) return 'drop';
  // (a hedge nearer the trigger than any intent word is about the act: "they hope to … — a goal likely to be
  //  supported by most Americans")
  const spec = lastSeq(tokens, Math.max(lo, ti - 4), ti, mod.speculative);
  if (spec >= 0 && spec > lastSeq(tokens, lo, ti, mod.intent)) return 'drop';
  // "is expected to approve", "is likely to sign": a hedge by others, not the actor's own intent
  // (adverbs inside: "is also expected to visit", "is widely expected to")
  if (hasSeqPastAdverbs(tokens, Math.max(lo, ti - 7), ti, mod.speculative.filter((x) => x.length >= 3))) return 'drop';
  if (p.nominal) {
    if (hasSeq(tokens, Math.max(0, ti - 4), ti, mod.reversal) >= 0) return 'drop';
    if (hasSeq(tokens, Math.max(0, ti - 3), ti, [['planned'], ['possible'], ['potential'], ['proposed'], ['threatened'], ['alleged']]) >= 0) return 'drop';
    return 'fact';
  }
  if (hasSeq(tokens, lo, ti, mod.refusal) >= 0) return 'refusal';
  if (hasSeqOrGerund(tokens, lo, ti, mod.threat)) return 'threat';
  if (hasSeq(tokens, Math.max(lo, ti - 4), ti, [['cancel'], ['call', 'off'], ['abandon'], ['scrap'], ['postpone'], ['rule', 'out'], ['deny']]) >= 0) return 'drop';
  if (hasSeqOrGerund(tokens, lo, ti, mod.intent)) return 'intent';
  return 'fact';
}

/** Actor implied by the document: for sanctions, the last sanctioning/sanctioned party; else the nearest actor of
 *  another country earlier in this sentence; else the last country named that is not `other`'s. */
function contextActor(ctx: DocContext & { lastEvents?: EventMention[] }, other: ResolvedActor | null, code: string, role: 'source' | 'target', actors: ResolvedActor[], ti: number, countryOnly: boolean): ResolvedActor | null {
  const mk = (code: string, country: string | null): ResolvedActor => ({ code, country, name: country ?? code, start: 0, end: 0, kind: 'reference', tokStart: -1, tokEnd: -1, prep: null, possessive: false, sector: country ? code.slice(country.length) : '', fromContext: true });
  const otherCountry = other?.country ?? null;
  if (SANCTIONS_TOPIC.has(code) && !countryOnly) {
    const prev = [...(ctx.lastEvents ?? [])].reverse().find((e) => SANCTIONS_TOPIC.has(e.code));
    if (prev) {
      const c = role === 'source' ? prev.source : prev.target;
      const cc = role === 'source' ? prev.sourceCountry : prev.targetCountry;
      if (c && (!otherCountry || otherCountry !== cc)) return { ...mk(c, cc), fromEvent: true };
    }
  }
  if (!countryOnly) {
    for (let k = actors.length - 1; k >= 0; k--) {
      const a = actors[k]!;
      if (a.tokEnd > ti || a === other || a.kind === 'modifier' && role === 'source') continue;
      if (a.country && a.country !== otherCountry && a.kind !== 'compound') return { ...a, fromContext: true };
    }
  }
  // the country the document is about, unless it is the other party's: then the last other country named
  const focus = focusCountry(ctx);
  if (focus && focus !== otherCountry) return mk(focus, focus);
  for (let k = ctx.countries.length - 1; k >= 0; k--) {
    const c = ctx.countries[k]!;
    if (c !== otherCountry) return mk(c, c);
  }
  return null;
}

function shiftDays(d: string, n: number): string {
  return new Date(Date.parse(d.slice(0, 10) + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10);
}

function buildMention(ev: RawEvent, m: Match, tokens: Token[], clause: number[], sentence: string, opts: CodeOptions, tns: string): EventMention | null {
  const info = cameo(ev.code);
  const trig = [tokens[m.triggerStart]!.start, tokens[m.triggerEnd - 1]!.end] as [number, number];
  let date: EventDate | null = null;
  let dateFrom: string | null = null;
  const times = opts.times ? opts.times(sentence) : [];
  const clauseOf = (charPos: number) => {
    let k = 0;
    while (k < tokens.length - 1 && tokens[k + 1]!.start <= charPos) k++;
    return clause[k]!;
  };
  const tc = clause[m.triggerStart]!;
  const mod = modality();
  const reportClauses = new Set(tokens.filter((t) => t.pos === 'VERB' && mod.reporting.has(t.lemma)).map((t) => clause[tokens.indexOf(t)]!));
  const all = times.filter((t) => t.interval && t.precision && (t.type === 'DATE' || t.type === 'TIME' || t.anchored));
  let usable = all.filter((t) => clauseOf(t.start) === tc);
  // "in 2019, when X did Y" / "an embargo since April 2019 that prevents …": the clause the relative hangs on
  const first = firstOfClause(clause, m.triggerStart);
  if (!usable.length && /^(when|that|which|who|where)$/.test(tokens[first]?.norm ?? '')) usable = all.filter((t) => clauseOf(t.start) === tc - 1);
  if (!usable.length) usable = all.filter((t) => reportClauses.has(clauseOf(t.start)) && !reportClauses.has(tc));
  if (usable.length) {
    // the expression nearest to the trigger, preferring the same clause side (after the trigger within 60 chars, else before)
    let best: TimeExpression | null = null;
    let bestD = Infinity;
    for (const t of usable) {
      const d = t.start >= trig[1] ? t.start - trig[1] : (trig[0] - t.end) * 1.2;
      if (d < bestD) { bestD = d; best = t; }
    }
    if (best) {
      date = { start: best.interval!.start, end: best.interval!.end, precision: best.precision! };
      dateFrom = 'expression';
    }
  }
  // a sentence that dates itself in the past elsewhere ("In 2019, after …, X imposed …") is background too
  const relIds = new Set<number>();
  for (let k = 0; k < tokens.length; k++) if ((k === 0 || clause[k - 1] !== clause[k]) && /^(which|who|whom|whose|where|when|that)$/.test(tokens[k]!.norm)) relIds.add(clause[k]!);
  const cutoff = opts.published && all.length ? shiftDays(opts.published, -14) : '';
  const pastHere = !!opts.published && all.some((t) => t.interval!.end < cutoff && t.end <= trig[0] && clauseOf(t.start) !== tc && !relIds.has(clauseOf(t.start)));
  const background = (tns === 'past' || tns === 'verb-object') && (pastHere || (typeof opts.background === 'function' ? opts.background() : !!opts.background));
  // "Three days later, …" with no day named to count from: the event happened at an unknown time, not on publication
  const unanchored = times.some((t) => t.anchored && !t.interval && clauseOf(t.start) === tc);
  if (!date && opts.published && !background && !unanchored && (!m.pattern.nominal || tns === 'verb-object') && tns !== 'pluperfect' && tns !== 'nonfinite') {
    const d = opts.published.slice(0, 10);
    date = { start: d, end: d, precision: 'day' };
    dateFrom = 'published';
  }
  const src = ev.source, tgt = ev.target;
  const mention: EventMention = {
    source: src.code, sourceCountry: src.country, target: tgt.code, targetCountry: tgt.country,
    code: ev.code, root: info.root, plover: info.plover, goldstein: info.goldstein, quadClass: info.quadClass,
    date, dateFrom, sentence,
    sourceSpan: src.tokStart >= 0 && src.kind !== 'reference' || src.tokStart >= 0 && src.end > 0 ? [src.start, src.end] : null,
    targetSpan: tgt.tokStart >= 0 ? [tgt.start, tgt.end] : null,
    triggerSpan: trig, trigger: sentence.slice(trig[0], trig[1]),
    confidence: Math.round(ev.confidence * 100) / 100,
  };
  if (ev.symmetric) mention.symmetric = true;
  return mention;
}

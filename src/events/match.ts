// Matches the curated verb and noun patterns (data/events/verbs.json, nouns.json) at a trigger: the words of the
// pattern, its gaps and its target slot, in the active and the passive voice. The state of one match (the code being
// tried, whether its target is still to be found) travels in the `out` record, not in module variables.
import type { Token, ResolvedActor } from '../actors/index.js';
import type { Pattern, Element } from './patterns.js';
import { codeClasses } from './lexicon.js';
import type { EventLanguage } from './language.js';
import { wordMatches, seqMatches, isPassive, timePhraseEnd, isGerund, describedEnd, appositionEnd } from './syntax.js';

const { physical: PHYSICAL, personObject: PERSON_OBJECT, byTarget: BY_TARGET_ROOTS, handedOver: HANDED_OVER } = codeClasses();

/** What a pattern match found so far, and its state: the code being tried, whether the trigger needs its actor right
 *  after it (L.patterns.actorObject), and whether the match stands with its target still to be found. */
interface MatchOut {
  target: ResolvedActor | null;
  inner: ResolvedActor[];
  code: string;
  actorObject: boolean;
  /** "hit an oil refinery in Russia": matched on a thing; the target is the first actor after it. */
  open: boolean;
  /** A final "+" with no actor right there: the target is searched for later. */
  deferred: boolean;
}
function newOut(code: string, actorObject: boolean): MatchOut {
  return { target: null, inner: [], code, actorObject, open: false, deferred: false };
}

export interface Match {
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

function matchRest(L: EventLanguage, tokens: Token[], rest: Element[], ei: number, pos: number, actorAt: (ResolvedActor | undefined)[], limit: number, out: MatchOut): number {
  if (ei === rest.length) return pos;
  const e = rest[ei]!;
  if (e.kind === 'words') {
    if (L.words.quote.has(tokens[pos]?.norm ?? '')) {
      let q = pos;
      while (L.words.quote.has(tokens[q]?.norm ?? '')) q++;
      const r = matchRest(L, tokens, rest, ei, q, actorAt, limit, out);
      if (r >= 0) return r;
    }
    // ("met in Washington with X", "a meeting at his home with X"): a place phrase may also stand between the
    // trigger and the pattern's first preposition
    const placeFirst = ei === 0 && L.words.locativeStart.has(tokens[pos]?.norm ?? '') && e.alts.every((a) => L.words.comitative.has(a[0]!));
    const beforeTarget = rest[ei + 1]?.kind === 'target' && (ei > 0 || placeFirst) && e.alts.every((a) => a.length === 1 && L.words.targetIntro.has(a[0]!));
    for (let g = 0; g <= (beforeTarget ? (placeFirst ? 4 : 3) : 0); g++) {
      if (g > 0) {
        const t = tokens[pos + g - 1];
        if (!t || L.words.punctStop.has(t.norm) || t.norm === ',' || t.pos === 'VERB' || t.pos === 'AUX') break;
      }
      for (const alt of e.alts) {
        // ("handed suspected Russian arms dealer Viktor Bout to …"): a word that modifies a noun naming someone or
        // something else is not the pattern's word (syntax.json modifiedHeads)
        if (seqMatches(L, tokens, pos + g, alt) && !L.words.modifiedHeads.has(tokens[pos + g + alt.length]?.norm ?? '')) {
          const r = matchRest(L, tokens, rest, ei + 1, pos + g + alt.length, actorAt, limit, out);
          if (r >= 0) return r;
        }
      }
    }
    // ("send 14 Challenger 2 tanks and additional artillery systems to Ukraine", "flew 15 tonnes of relief supplies,
    //  including tents, blankets and medicines, to Myanmar"): a second thing joined by "and", or examples between commas,
    //  after the pattern's noun and before its preposition
    // (any one-word preposition before the target: "massed close to 100,000 troops, along with tanks and artillery,
    //  near its border with Ukraine")
    const prepBeforeTarget = rest[ei + 1]?.kind === 'target' && ei > 0 && e.alts.every((a) => a.length === 1);
    if (prepBeforeTarget && !placeFirst) {
      const past = addendumEnd(L, tokens, pos, actorAt);
      if (past > pos) {
        const r = matchRest(L, tokens, rest, ei, past, actorAt, limit, out);
        if (r >= 0) return r;
      }
    }
    // ("handed … to the International Criminal Court on Saturday to face charges", "told Pakistan on Thursday that it
    //  must …"): a time phrase right after an actor or a word the pattern named is passed over
    const afterTarget = ei > 0 && rest[ei - 1]!.kind === 'target';
    // (and after the pattern's own words: "gave the U.N. refugee agency 14 days on Wednesday to come up with a plan")
    const past = ei > 0 ? timePhraseEnd(L, tokens, pos) : pos;
    if (past > pos) {
      const r = matchRest(L, tokens, rest, ei, past, actorAt, limit, out);
      if (r >= 0) return r;
    }
    if (e.optional) return matchRest(L, tokens, rest, ei + 1, pos, actorAt, limit, out);
    // ("extradited businessman Alex Saab, an ally of President Nicolas Maduro, to the United States"): so is an
    // apposition
    // (so is one after a noun the pattern named: "handed over a decommissioned missile corvette, the INS Kirpan, to …")
    const afterNoun = ei > 0 && rest[ei - 1]!.kind === 'words' && tokens[pos - 1]?.pos === 'NOUN' && tokens[pos]?.norm === ',';
    if (afterTarget || afterNoun) return pastAppositions(L, tokens, rest, ei, pos, actorAt, limit, out);
    return -1;
  }
  if (e.kind === 'gap') {
    // ("launched what it called anti-terrorist operations"): a describing clause is passed over, outside the gap's count
    const described = describedEnd(L, tokens, pos);
    if (described > pos) return matchRest(L, tokens, rest, ei, described, actorAt, limit, out);
    // (up to five words; up to nine inside one noun phrase: "sent 14 Leopard 2 A6 tanks to", "Germany's Taurus
    //  long-range cruise missiles")
    let maxGap = 5;
    // ("flew search-and-rescue teams, sniffer dogs and medical supplies to Turkey": the commas and the "and" of a list
    //  of things are inside the phrase)
    const list = listEnd(L, tokens, pos, actorAt);
    // (a word inside a hyphenated compound is part of it: "S-300 surface-to-air missile systems")
    // (quoted words too: a "lengthy and highly productive" phone call)
    const inPhrase = (t: Token, k: number) => NP_TOKEN.test(t.pos) || t.norm === "'s" || t.norm === '-' || t.norm === 'of' || pos + k < list && (t.norm === ',' || L.words.coordinators.has(t.norm))
      || L.words.quote.has(t.norm) || t.pos === 'ADV' && NP_TOKEN.test(tokens[pos + k + 1]?.pos ?? '')
      || L.words.coordinators.has(t.norm) && tokens[pos + k - 1]?.pos === 'ADJ' && /^(ADJ|ADV)$/.test(tokens[pos + k + 1]?.pos ?? '')
      // ("budget and welfare support"): "and" between two plain nouns that modify the head
      || L.words.coordinators.has(t.norm) && tokens[pos + k - 1]?.pos === 'NOUN' && !tokens[pos + k - 1]!.cap && tokens[pos + k + 1]?.pos === 'NOUN' && !tokens[pos + k + 1]!.cap && tokens[pos + k + 2]?.pos === 'NOUN'
      || tokens[pos + k - 1]?.norm === '-' && tokens[pos + k + 1]?.norm === '-'
      // ("about $800 million in military aid to Pakistan": an amount's preposition; its currency sign is a phrase token)
      || L.words.amountPreps.has(t.norm) && tokens[pos + k - 1]?.pos === 'NUM'
      || modifierComma(tokens, pos + k)
      // ("suspected Russian arms dealer Viktor Bout", "jailed opposition leader X"): a participle before its noun
      || t.pos === 'VERB' && t.norm !== t.lemma && /ed$/.test(t.norm) && /^(ADJ|NOUN|PROPN)$/.test(tokens[pos + k + 1]?.pos ?? '') && (k === 0 || /^(DET|ADJ)$/.test(tokens[pos + k - 1]?.pos ?? ''));
    while (maxGap < (list > 0 ? 14 : 9) && pos + maxGap < tokens.length && tokens.slice(pos, pos + maxGap).every(inPhrase)) maxGap++;
    for (let g = 0; g <= maxGap && pos + g <= limit; g++) {
      if (g > 0) {
        const t = tokens[pos + g - 1]!;
        // ("joint naval and air drills": "and" between two modifiers of the noun stays inside the gap)
        const modifiers = (k: number) => /^(ADJ|NOUN)$/.test(tokens[k]?.pos ?? '') && !tokens[k]!.cap || tokens[k]?.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ';
        // (", the country's most wanted drug lord,": an apposition is passed over, and the gap goes on after it)
        // (one apposition after another: ", the country's most wanted drug lord, known by his alias Otoniel,")
        if (t.norm === ',') {
          const r = pastAppositions(L, tokens, rest, ei, pos + g - 1, actorAt, limit, out);
          if (r >= 0) return r;
        }
        const listed = pos + g - 1 < list;
        if (L.words.punctStop.has(t.norm) || t.norm === ',' && !listed && !modifierComma(tokens, pos + g - 1) || t.norm === 'and' && g > 1 && !listed && !(modifiers(pos + g - 2) && modifiers(pos + g))) break;
        // ("sent a letter that mentions tanks to …": a gap never enters a relative clause)
        // (the tagger may read "that" as a determiner: "a detention that had driven relations …")
        if (L.words.relativeSubjects.has(t.norm) && (t.pos === 'PRON' || /^(VERB|AUX)$/.test(tokens[pos + g]?.pos ?? ''))) break;
        // a gap does not swallow a whole actor, unless it modifies the next noun ("a US proposal", "Ukraine's plan",
        // "naval and air drills")
        const a = actorAt[pos + g - 1];
        const modifies = tokens[a?.tokEnd ?? -1]?.pos === 'NOUN' || tokens[a?.tokEnd ?? -1]?.norm === 'and' && modifiers((a?.tokEnd ?? -1) + 1);
        if (a && a.tokEnd <= pos + 5 && !(a.kind === 'modifier' || a.possessive || modifies || a.tokEnd > pos + g + 1)) {
          let inside = true;
          for (let k = a.tokStart; k < a.tokEnd; k++) if (k >= pos + 5) inside = false;
          // (the person handed over is the object of an extradition: "handed former minister Charles Ble Goude … to the
          //  International Criminal Court"; codes.json handedOver)
          if (inside && a.kind !== 'group' && !(a.kind === 'person' && HANDED_OVER.has(out.code)) && !(a.kind === 'reference' && a.prep !== null)) break;
        }
      }
      const r = matchRest(L, tokens, rest, ei + 1, pos + g, actorAt, limit, out);
      if (r >= 0) {
        for (let k = pos; k < pos + g; k++) { const a = actorAt[k]; if (a) out.inner.push(a); }
        return r;
      }
    }
    // ("Serbia extradited Maria Pauline Lumowa, an Indonesian businesswoman who fled 17 years ago after being accused of
    //  defrauding a state lender, to Indonesia"): the person handed over may be named at any length; the first "to"
    //  before a party, in the sentence, ends the gap (codes.json handedOver)
    const next = rest[ei + 1];
    if (HANDED_OVER.has(out.code) && next?.kind === 'words' && next.alts.some((a) => a.length === 1 && a[0] === 'to') && rest[ei + 2]?.kind === 'target') {
      for (let k = pos + maxGap + 1; k < Math.min(tokens.length, pos + 36); k++) {
        if (L.words.punctStop.has(tokens[k]!.norm)) break;
        const a = actorAt[k + 1] ?? actorAt[k + 2];
        if (tokens[k]!.norm !== 'to' || !a || a.kind === 'modifier' || !(a.country || /^(IGO|NGO)/.test(a.code))) continue;
        const r = matchRest(L, tokens, rest, ei + 1, k, actorAt, limit, out);
        if (r >= 0) return r;
      }
    }
    return -1;
  }
  // ("condemned what it called Israel's aggression"): a describing clause before the target is passed over
  const described = describedEnd(L, tokens, pos);
  if (described > pos) pos = described;
  // target: an actor starting within 3 tokens (determiners, adjectives, numbers, "thousands of")
  for (let g = 0; g <= 5 && pos + g < tokens.length; g++) {
    const a = actorAt[pos + g];
    // (one word further for a group after a plain noun that modifies it: "killed at least 110 farm workers")
    const modified = g === 4 && a?.kind === 'group' && tokens[pos + 3]!.pos === 'NOUN' && !tokens[pos + 3]!.cap;
    if (g > 3 && !modified && !(a && a.quantityStart !== undefined && a.quantityStart >= pos)) { if (!a) continue; else break; }
    // ("landed in government-held Aleppo"): an actor hyphenated to a participle of holding or leading describes the
    // place or group after it, it is no target
    const holder = !!a && tokens[a.tokEnd]?.norm === '-' && L.words.mediatorParticiples.has(tokens[a.tokEnd + 1]?.norm ?? '');
    // (unless the pattern itself names the possessed noun: "rejected South Africa's request" — "reject * + 's? request")
    const namesPossessed = rest[ei + 1]?.kind === 'words' && (rest[ei + 1] as { alts: string[][] }).alts.some((alt) => alt[0] === "'s");
    if (a && !holder && !(a.possessive && L.words.notTargetPossessed.has(tokens[a.tokEnd + 1]?.norm ?? '') && !namesPossessed)) {
      const saved = out.target;
      out.target = a;
      const r = matchRest(L, tokens, rest, ei + 1, a.tokEnd, actorAt, limit, out);
      if (r >= 0) return r;
      out.target = saved;
    }
    const t = tokens[pos + g]!;
    const nextA = actorAt.slice(pos + g + 1, pos + 6).find((x) => x && x.quantityStart !== undefined && x.quantityStart <= pos + g);
    // ("abducted about 100 girls", "killed at least 39 people": words of a quantity before its number)
    const approx = L.words.approximators.has(t.norm) && (tokens[pos + g + 1]?.pos === 'NUM' || tokens[pos + g + 2]?.pos === 'NUM');
    // ("the regional bloc ECOWAS", "the militant group Hamas": a common noun that describes the name right after it)
    const named = actorAt[pos + g + 1];
    const descriptor = t.pos === 'NOUN' && !t.cap && !!named && named.tokStart === pos + g + 1 && (named.kind === 'org' || named.kind === 'person');
    const heldBy = L.words.mediatorParticiples.has(t.norm) && tokens[pos + g - 1]?.norm === '-';
    // ("free several jailed opposition figures"): a past participle describing the noun of the target
    const participle = g > 0 && (tokens[pos + g - 1]?.pos === 'NUM' || tokens[pos + g - 1]?.pos === 'DET' || L.words.participleQuantifiers.has(tokens[pos + g - 1]?.norm ?? '')) && t.pos === 'VERB' && t.norm !== t.lemma && /ed$/.test(t.norm) && /^(NOUN|ADJ|PROPN)$/.test(tokens[pos + g + 1]?.pos ?? '');
    // ("killed at least 110 farm workers"): a plain noun modifying the group named right after it
    const modifierNoun = t.pos === 'NOUN' && !t.cap && g > 0 && named?.tokStart === pos + g + 1 && named.kind === 'group' && named.tokEnd === pos + g + 2;
    if (!(descriptor || heldBy || holder || participle || modifierNoun || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === 'its' || t.norm === 'their' || t.norm === 'his' || t.norm === 'her' || t.norm === '-' || L.words.targetMarkers.has(t.norm) || nextA || approx)) break;
  }
  // a final "+" with no actor right there: the match stands, the target is searched for later
  // (only after words of its own: a bare "verb +" needs its actor)
  if (ei === rest.length - 1 && rest.some((x) => x.kind === 'words')) { out.deferred = true; return pos; }
  // coercion and violence against a thing ("hit an oil refinery in Russia", "blockaded the port of Hodeidah"):
  // the match stands and the target is the first actor after it ("of/in/near X")
  // so may criticism of an act whose agent follows ("condemned the seizure of its tanker by the Coast Guard"):
  // then only that "by" agent can be the target
  // (not assault and killing, which are done to people: "hang a poster" is no execution)
  if (ei === rest.length - 1 && rest.length === 1 && !out.actorObject && (PHYSICAL.test(out.code) && !PERSON_OBJECT.test(out.code) || BY_TARGET_ROOTS.test(out.code)) && /^(DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[pos]?.pos ?? '')) { out.open = true; return pos; }
  return -1;
}

/** The end of a thing added after a pattern's noun at `pos`: "and" and a noun phrase of up to five words ("and additional
 *  artillery systems"), or examples between commas (", including tents, blankets and medicines,"); else `pos`. */
function addendumEnd(L: EventLanguage, tokens: Token[], pos: number, actorAt: (ResolvedActor | undefined)[]): number {
  const np = (t: Token | undefined) => !!t && NP_TOKEN.test(t.pos) && !L.words.punctStop.has(t.norm);
  if (L.words.coordinators.has(tokens[pos]?.norm ?? '') && tokens[pos - 1]?.pos === 'NOUN') {
    let k = pos + 1;
    while (k < pos + 6 && np(tokens[k]) && !(actorAt[k] && actorAt[k]!.kind !== 'group')) k++;
    return k > pos + 1 && tokens[k - 1]!.pos === 'NOUN' ? k : pos;
  }
  if (tokens[pos]?.norm !== ',') return pos;
  const intro = L.words.examplesIntros.find((seq) => seqMatches(L, tokens, pos + 1, seq));
  if (!intro) return pos;
  for (let k = pos + 1 + intro.length; k < Math.min(tokens.length, pos + 16); k++) {
    const t = tokens[k]!;
    if (t.norm === ',' && k > pos + 1 + intro.length && !(np(tokens[k + 1]) && tokens.slice(k + 1, k + 4).some((x) => x.norm === ',' || L.words.coordinators.has(x.norm)))) return k + 1;
    if (!(np(t) || t.norm === ',' || L.words.coordinators.has(t.norm))) return pos;
  }
  return pos;
}

/** ("a three-year, $12 billion loan", "a $1.3 billion, 38-month programme"): a comma between two measures of one noun
 *  — a number or a hyphenated measure before it, an amount or a number after it — is inside the noun phrase. */
function modifierComma(tokens: Token[], k: number): boolean {
  if (tokens[k]?.norm !== ',') return false;
  const before = tokens[k - 1], after = tokens[k + 1];
  if (!before || !after) return false;
  const measured = before.pos === 'NUM' || tokens[k - 2]?.norm === '-' && /^(NOUN|NUM)$/.test(before.pos);
  return measured && (after.pos === 'NUM' || after.pos === 'SYM' || /^\d/.test(after.norm));
}

/** The element `ei` matched after one or more appositions opening with the comma at `k` (", the country's most wanted
 *  drug lord, known by his alias Otoniel,"): the match's end, else -1. */
function pastAppositions(L: EventLanguage, tokens: Token[], rest: Element[], ei: number, k: number, actorAt: (ResolvedActor | undefined)[], limit: number, out: MatchOut): number {
  for (let after = appositionEnd(L, tokens, k, actorAt); after > 0; after = appositionEnd(L, tokens, after - 1, actorAt)) {
    const r = matchRest(L, tokens, rest, ei, after, actorAt, limit, out);
    if (r >= 0) return r;
  }
  return -1;
}

/** Parts of speech inside a noun phrase. */
const NP_TOKEN = /^(DET|ADJ|NOUN|NUM|PROPN|SYM)$/;

/** "search-and-rescue teams, sniffer dogs and medical supplies": a list of things (noun phrases joined by commas and a
 *  final "and", no verb, no party named) starting at `pos`: the index of the last noun phrase's first word, else -1. */
function listEnd(L: EventLanguage, tokens: Token[], pos: number, actorAt: (ResolvedActor | undefined)[]): number {
  let k = pos;
  let commas = 0;
  for (; k < tokens.length && k < pos + 14; k++) {
    const t = tokens[k]!;
    const a = actorAt[k];
    if (a && a.kind !== 'modifier' && !(a.kind === 'group' && !a.country)) return -1;
    if (t.norm === ',') { if (!NP_TOKEN.test(tokens[k - 1]?.pos ?? '') || !NP_TOKEN.test(tokens[k + 1]?.pos ?? '')) return -1; commas++; continue; }
    if (L.words.coordinators.has(t.norm) && tokens[k - 1]?.norm !== '-') return commas > 0 && NP_TOKEN.test(tokens[k + 1]?.pos ?? '') && NP_TOKEN.test(tokens[k - 1]?.pos ?? '') ? k + 1 : -1;
    // (a hyphenated compound, "search-and-rescue", is one word)
    if (!NP_TOKEN.test(t.pos) && t.norm !== '-' && !L.words.ofPreps.has(t.norm) && !(tokens[k - 1]?.norm === '-' && tokens[k + 1]?.norm === '-')) return -1;
  }
  return -1;
}

export function tryPatterns(L: EventLanguage, tokens: Token[], ti: number, list: Pattern[] | undefined, actorAt: (ResolvedActor | undefined)[], lemma?: string): Match | null {
  if (!list) return null;
  const passive = isPassive(L, tokens, ti);
  // ("se manifestaron"): a trigger whose patterns of some roots need a clitic right before it (an auxiliary between)
  const needs = L.patterns.needsClitic.get(lemma ?? tokens[ti]!.lemma);
  // (or attached to an infinitive or a gerund: "reunirse", "manifestándose")
  const t = tokens[ti]!;
  const clitic = !!needs && (needs.clitics.has(tokens[ti - 1]?.norm ?? '') || tokens[ti - 1]?.pos === 'AUX' && needs.clitics.has(tokens[ti - 2]?.norm ?? '') || t.norm !== t.lemma && [...needs.clitics].some((c) => t.norm.endsWith(c))
    // ("miles de mineros manifestaron por el centro de La Paz": used with no object, the verb is the act without its
    //  clitic too; "manifestó en Santiago su preocupación", "manifestaron que …" have one)
    || !!needs?.intransitive && !objectAfter(L, tokens, ti));
  for (const p of list) {
    if (needs && !clitic && needs.roots.some((r) => p.code.startsWith(r))) continue;
    for (const alt of p.trigger) {
      if (!(lemma ? alt[0] === lemma && seqMatches(L, tokens, ti + 1, alt.slice(1)) : seqMatches(L, tokens, ti, alt))) continue;
      const actorObject = L.patterns.actorObject.has(lemma ?? alt[0]!);
      let out = newOut(p.code, actorObject);
      let end = matchRest(L, tokens, p.rest, 0, ti + alt.length, actorAt, tokens.length, out);
      // ("demanded on Thursday that Germany pay", "met on Monday with"): a time phrase after the trigger is passed over
      const past = end < 0 && p.rest.length ? timePhraseEnd(L, tokens, ti + alt.length) : 0;
      if (past > ti + alt.length) { out = newOut(p.code, actorObject); end = matchRest(L, tokens, p.rest, 0, past, actorAt, tokens.length, out); }
      // (a noun's "+" slot holds its actor or nothing: "warnings to demand an end" names no one warned)
      if (end >= 0 && p.nominal && out.deferred && !out.target) continue;
      // ("an attack the president blamed on al-Shabab"): an actor right after the noun with a verb of its own is the
      // subject of a relative clause, not the noun's target
      if (end >= 0 && p.nominal && out.target && out.target.tokStart <= ti + alt.length + 1 && !tokens.slice(ti + alt.length, out.target.tokStart).some((t) => t.pos === 'ADP') && tokens[out.target.tokEnd]?.pos === 'VERB' && !isGerund(L, tokens[out.target.tokEnd]!.norm)) continue;
      if (end >= 0) return { pattern: p, triggerStart: ti, triggerEnd: ti + alt.length, end, target: out.target, inner: out.inner, open: out.open && !PHYSICAL.test(p.code), deferred: out.deferred && !out.target };
      if (passive && !p.nominal) {
        const pm = matchPassive(L, tokens, ti, alt.length, p, actorAt, actorObject);
        if (pm) return pm;
      }
    }
  }
  return null;
}

/** "sanctions were reinstated (on X)": the pattern's object stands before the auxiliary. */
function matchPassive(L: EventLanguage, tokens: Token[], ti: number, tlen: number, p: Pattern, actorAt: (ResolvedActor | undefined)[], actorObject: boolean): Match | null {
  let oi = 0;
  while (oi < p.rest.length && p.rest[oi]!.kind === 'gap') oi++;
  const obj = p.rest[oi];
  if (obj?.kind === 'target' && p.rest.slice(0, oi).every((e) => e.kind === 'gap')) return matchPassiveTarget(L, tokens, ti, tlen, p, oi, actorAt, actorObject);
  if (!obj || obj.kind !== 'words') return null;
  let aux = ti - 1;
  while (aux >= 0 && !L.words.be.has(tokens[aux]!.norm)) aux--;
  if (aux < 1) return null;
  for (let k = aux - 1; k >= Math.max(0, aux - 2); k--) {
    if (!obj.alts.some((a) => a.length === 1 && wordMatches(L, tokens[k], a[0]!))) continue;
    const out = newOut(p.code, actorObject);
    let end = matchRest(L, tokens, p.rest, oi + 1, ti + tlen, actorAt, tokens.length, out);
    if (end < 0) {
      // the rest may be only "prep +" that the sentence leaves out
      const restKinds = p.rest.slice(oi + 1);
      if (restKinds.length <= 2 && restKinds.every((e) => e.kind === 'target' || e.kind === 'words' && e.alts.every((a) => a.length === 1 && L.words.targetIntro.has(a[0]!)))) end = ti + tlen;
      else continue;
    }
    return { pattern: p, triggerStart: ti, triggerEnd: ti + tlen, end, target: out.target, inner: out.inner, passiveObject: k };
  }
  return null;
}

/** "Canada was criticized by India (over …)", "China was accused by Japan of spying": the pattern's target is the
 *  passive subject (found later); what follows the target in the pattern may come after the "by" agent or be left out. */
function matchPassiveTarget(L: EventLanguage, tokens: Token[], ti: number, tlen: number, p: Pattern, oi: number, actorAt: (ResolvedActor | undefined)[], actorObject: boolean): Match | null {
  const rest = p.rest.slice(oi + 1);
  if (rest.some((e) => e.kind === 'target')) return null;
  const out = newOut(p.code, actorObject);
  let from = ti + tlen;
  let end = matchRest(L, tokens, p.rest, oi + 1, from, actorAt, tokens.length, out);
  if (end < 0 && L.words.agentPreps.has(tokens[from]?.norm ?? '')) {
    const agent = actorAt.slice(from + 1, from + 4).find((a) => !!a);
    if (agent) { from = agent.tokEnd; end = matchRest(L, tokens, p.rest, oi + 1, from, actorAt, tokens.length, out); }
  }
  // the rest is a preposition the passive leaves out ("accuse + of" → "was accused by X")
  // (prepositions only: "bring + to trial" needs its "trial")
  if (end < 0 && rest.length <= 2 && rest.every((e) => e.kind === 'gap' || e.kind === 'words' && e.alts.every((a) => a.length === 1 && L.words.targetIntro.has(a[0]!)))) end = ti + tlen;
  if (end < 0) return null;
  return { pattern: p, triggerStart: ti, triggerEnd: ti + tlen, end, target: null, inner: out.inner };
}

/** An object after the verb at `ti`, before the next punctuation or verb: a complementizer, or a determiner or pronoun
 *  that no preposition introduces (a determiner before a time word opens a time phrase: "este miércoles"). */
function objectAfter(L: EventLanguage, tokens: Token[], ti: number): boolean {
  for (let k = ti + 1; k < tokens.length && k <= ti + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (L.words.complementizers.has(t.norm)) return true;
    const prev = tokens[k - 1]!;
    if ((t.pos === 'DET' || t.pos === 'PRON') && prev.pos !== 'ADP' && prev.pos !== 'DET' && !L.words.timeWords.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

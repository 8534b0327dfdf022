// Modality: negation, intent, threat, refusal, speculation, conditionals, reversal, unasserted infinitives, habits,
// predictions and hypothetical nominal events, and the codes an act takes when it is intended, refused or threatened
// (data/events/modality.json, codes.json).
import type { Token, ResolvedActor } from '../actors/index.js';
import type { Pattern } from './patterns.js';
import type { EventLanguage } from './language.js';
import { codeClasses } from './lexicon.js';
import type { Match } from './match.js';
import { wordMatches, seqMatches, fitsOrGerund, hasSeq, lastSeq, firstOfClause, wordsBefore, endsWith, hasSeqPastAdverbs, verbLemmas, coordinated, isGerund, beforeTimeAndPlace, inTimePhrase } from './syntax.js';


export type Mode = 'fact' | 'intent' | 'threat' | 'refusal' | 'drop';

const CODES = codeClasses();
/** The code of an act by its exact code, else by its root ('same': the code itself); null when the mode has none. */
function byCode(code: string, exact: Map<string, string>, byRoot: Map<string, string>): string | null {
  const e = exact.get(code);
  if (e) return e;
  const r = byRoot.get(code.slice(0, 2));
  return r === undefined ? null : r === 'same' ? code : r;
}

/** Intent to do X: cooperative X → 03x; hostile X → 13x. */
export function intentCode(code: string): string | null {
  return byCode(code, CODES.intent, CODES.intentByRoot);
}

function refusalCode(code: string): string | null {
  return byCode(code, CODES.refusal, CODES.refusalByRoot);
}

/** A threat is the intent of a hostile act; a "threat" to cooperate is no event. */
function threatCode(code: string): string | null {
  return Number(code.slice(0, 2)) >= CODES.threatFromRoot ? CODES.threatByRoot.get(code.slice(0, 2)) ?? intentCode(code) : null;
}

export function applyMode(code: string, mode: Mode): string | null {
  if (mode === 'fact') return code;
  if (mode === 'drop') return null;
  if (mode === 'refusal') return refusalCode(code);
  if (mode === 'threat') return threatCode(code);
  // intent: cooperation → 03, hostile → 13
  return intentCode(code);
}


/** "until it retreats from Kuwait", "once the delegation arrives": a present tense after a time conjunction is a
 *  future or a condition, not an event yet. */
export function unrealisedTime(tokens: Token[], clause: number[], ti: number, tns: string, source: ResolvedActor | null): boolean {
  // (the conjunction starts the clause, or stands right before the subject: "turned over once the group arrives")
  const at = [firstOfClause(clause, ti), ...(source && source.tokEnd <= ti ? [source.tokStart - 1] : [])];
  return tns === 'present' && at.some((k) => /^(until|till|once|before|when|whenever|after)$/.test(tokens[k]?.norm ?? ''));
}

/** "will respond to an Iraqi attack", "would be to start a war", "air strikes could harm relations": an indefinite or
 *  bare nominal event in a clause with a modal is a possibility, not an event (a definite or possessed one, "the
 *  embargo could cripple Iraq", "its occupation will last", refers to one that exists). */
export function hypotheticalNominal(L: EventLanguage, tokens: Token[], clause: number[], ti: number): boolean {
  let k = ti - 1;
  while (k >= 0 && (/^(ADJ|NUM|NOUN|PROPN)$/.test(tokens[k]!.pos) || L.words.quote.has(tokens[k]!.norm)) && ti - k <= 5) k--;
  const det = tokens[k];
  // (a definite one of least degree is any one: "even the tiniest incursion would be met …")
  const anyOne = det?.pos === 'DET' && L.mod.hypotheticalDegree.has(tokens[k + 1]?.norm ?? '');
  if (det && !anyOne && (det.pos === 'DET' && !/^(a|an|any|another)$/.test(det.norm) || L.words.possessive.test(det.norm) || det.pos === 'PRON')) return false;
  // (a bare one only under a speculative modal: "air strikes could harm relations", but "sanctions will remain")
  const modals = det && det.pos === 'DET' ? L.mod.hypothetical : L.mod.hypotheticalBare;
  const c = clause[ti];
  for (let i = firstOfClause(clause, ti); i < tokens.length && clause[i] === c; i++) {
    if (i !== ti && tokens[i]!.pos === 'AUX' && modals.has(tokens[i]!.norm)) return true;
  }
  return false;
}

/** "It expects that the soldiers will surrender": a future someone predicts or hopes for, not the actor's intent. */
export function predicted(L: EventLanguage, tokens: Token[], clause: number[], ti: number, source: ResolvedActor | null): boolean {
  // the verb right before the clause, or right before its subject ("Britain hopes Iraq will withdraw")
  const starts = [firstOfClause(clause, ti)];
  if (source && source.tokEnd <= ti) starts.push(source.tokStart);
  return starts.some((start) => {
    let k = start - 1;
    if (tokens[k]?.norm === 'that') k--;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    // (or an adjective of expectation: "said he was hopeful that Israel and Hamas would reach a deal")
    return k >= 0 && (tokens[k]!.pos === 'VERB' && L.mod.predictive.has(tokens[k]!.lemma) || tokens[k]!.pos === 'ADJ' && L.mod.predictiveAdjectives.has(tokens[k]!.norm));
  });
}

/** A participle from the elaboration list right after a comma (adverbs allowed). */
export function elaborates(L: EventLanguage, tokens: Token[], m: Match): boolean {
  if (!L.mod.elaboration.has(tokens[m.triggerStart]!.norm)) return false;
  const [prev] = wordsBefore(tokens, m.triggerStart, 1);
  return prev !== undefined && tokens[prev]!.norm === ',';
}

/** "asked the US to enforce the embargo", "the goal is to put troops", "in order to meet standards", "allowed to
 *  stay": an infinitive states what someone asks, wants, allows or aims at, not an act. It is asserted only under a
 *  modality phrase ending in "to" ("ready to", "threatened to", "refused to", "failed to": their own codes), an
 *  implicative verb ("voted to", "managed to"), or, for meetings, as the purpose of a trip ("travelled to Caracas to
 *  meet …"). */
export function unassertedInfinitive(L: EventLanguage, tokens: Token[], ti: number, p: Pattern): boolean {
  if (!L.words.infinitiveMarker) return unassertedBareInfinitive(L, tokens, ti, p);
  // (a passive infinitive: "allow the boy to be sent back")
  const [be] = wordsBefore(tokens, ti, 1);
  const [to] = be !== undefined && /^(be|been)$/.test(tokens[be]!.norm) && /(ed|en|wn|nt)$/.test(tokens[ti]!.norm) ? wordsBefore(tokens, be, 1) : [be];
  if (to === undefined || tokens[to]!.norm !== 'to' || to < ti - 3) return false;
  // (a time phrase between the governing verb and its infinitive is skipped: "threatened Tuesday to cut off aid")
  // (and so is a place phrase: "agreed in Havana to extend the ceasefire")
  const gap = beforeTimeAndPlace(L, tokens, to);
  const idx = wordsBefore(tokens, to + 1, 7).filter((k) => (k <= gap || k >= to) && !inTimePhrase(L, tokens, k)).slice(-5);
  if (endsWith(L, tokens, idx, [...L.mod.intent, ...L.mod.threat, ...L.mod.refusal, ...L.mod.negation, ...L.mod.speculative].filter((s) => s[s.length - 1] === 'to'))) return false;
  const gov = idx.slice(0, -1);
  if (endsWith(L, tokens, gov, [['in', 'order'], ['so', 'as']])) return true;
  if (endsWith(L, tokens, gov, L.mod.implicative)) return false;
  // ("Hundreds gathered outside parliament in Rabat to protest against a royal pardon"): a crowd assembling to
  // protest does so
  if (L.mod.assemblyRoots.has(p.code.slice(0, 2)) && assemblyBefore(L, tokens, to) >= 0) return false;
  // ("became the first sitting U.S. president to visit Hiroshima", "the first country to recognise"): an infinitive
  // after a noun phrase opened by an ordinal is an act performed
  if (ordinalBefore(L, tokens, to) >= 0) return false;
  const gi = gov[gov.length - 1] ?? -1;
  if (p.code.startsWith('04') && gi >= 0 && /^(PROPN|NOUN)$/.test(tokens[gi]!.pos)) {
    // the destination of a trip ("to Nepal", "in Caracas") right before the purpose
    for (let k = gi - 1; k >= Math.max(0, gi - 3) && tokens[k]!.pos !== 'VERB'; k--) if (/^(to|in|into)$/.test(tokens[k]!.norm)) return false;
  }
  return true;
}

/** The verb of a crowd assembling (modality.json assembly) that governs the infinitive marker at `to`, the place
 *  and time phrases between passed over ("gathered outside parliament in Rabat to protest"); -1 when there is none. */
export function assemblyBefore(L: EventLanguage, tokens: Token[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - 9) && /^(VERB|NOUN|PROPN|ADJ|ADP|DET|NUM|ADV)$/.test(tokens[k]!.pos); k--) {
    if (tokens[k]!.pos === 'VERB') return L.mod.assembly.has(tokens[k]!.lemma) ? k : -1;
  }
  return -1;
}

/** The ordinal, after an article, opening the noun phrase right before the infinitive marker at `to` ("the first
 *  sitting U.S. president to visit"; modality.json ordinalInfinitive); -1 when there is none. */
export function ordinalBefore(L: EventLanguage, tokens: Token[], to: number): number {
  for (let k = to - 1, n = 0; k >= 0 && n < 8 && /^(NOUN|PROPN|ADJ|NUM|DET|PUNCT|PART)$/.test(tokens[k]!.pos) && tokens[k]!.norm !== ','; k--, n++) {
    if (L.mod.ordinalInfinitive.has(tokens[k]!.norm) && tokens[k - 1]?.pos === 'DET') return k;
  }
  return -1;
}

/** "demanded on Thursday that Israel allow aid", "urging that troops withdraw", "a proposal that Russia start
 *  withdrawing": a verb in a "that" clause after a mandative verb or noun says what must be done, not what was. */
export function mandated(L: EventLanguage, tokens: Token[], ti: number): boolean {
  // ("demanded that M23 halt its offensive and withdraw from areas it seized"): a verb coordinated with one of the
  // clause is asked for as that one is
  // (the tagger may read the first verb as a noun, "that M23 rebels halt their offensive": then the "that" itself)
  let that = -1;
  if (coordinated(L, tokens, ti) === 'plain') {
    for (let k = ti - 2; k >= Math.max(0, ti - 14) && tokens[k]!.norm !== ',' && !L.words.punctStop.has(tokens[k]!.norm); k--) {
      if (tokens[k]!.pos === 'VERB') return mandated(L, tokens, k);
      if (L.words.complementizers.has(tokens[k]!.norm)) { that = k; break; }
    }
  }
  for (let k = ti - 1; k >= Math.max(0, ti - 8) && that < 0; k--) {
    const t = tokens[k]!;
    if (L.words.complementizers.has(t.norm)) { that = k; break; }
    // (past a verb of the same group: "that Russia start withdrawing")
    if (t.pos === 'VERB' && !L.mod.implicative.some((x) => x.length === 1 && x[0] === t.lemma) || L.words.punctStop.has(t.norm) || t.norm === ',') return false;
  }
  if (that < 0) return false;
  // (past a prepositional phrase too: "demanded in a televised speech that the government resign")
  let end = that;
  for (let n = 0; n < 2; n++) {
    let k = end - 1;
    if (!/^(NOUN|PROPN|NUM)$/.test(tokens[k]?.pos ?? '')) break;
    while (k > 0 && end - k < 6 && (/^(NOUN|PROPN|NUM|ADJ|DET)$/.test(tokens[k]!.pos) || tokens[k]!.pos === 'VERB' && tokens[k - 1]?.pos === 'DET')) k--;
    if (tokens[k]!.pos !== 'ADP') break;
    end = k;
  }
  const [v] = wordsBefore(tokens, end, 6).filter((k) => !inTimePhrase(L, tokens, k)).slice(-1);
  if (v === undefined) return false;
  const t = tokens[v]!;
  // ("has not confirmed that it carried out the strike", "did not say that …"): what a negated report says is not
  // asserted
  if (t.pos === 'VERB' && L.mod.reporting.has(t.lemma)) {
    const before = wordsBefore(tokens, v, 3);
    if (endsWith(L, tokens, before, L.mod.negation.filter((seq) => seq.length === 1)) || before.some((k) => L.mod.negation.some((seq) => seq.length === 1 && seq[0] === tokens[k]!.norm))) return true;
  }
  // (the tagger may read the verb's past form as an adjective: "Poland alleged that …")
  return t.pos === 'VERB' && L.mod.mandative.has(t.lemma) || t.pos === 'ADJ' && verbLemmas(L, t).some((l) => L.mod.mandative.has(l)) || t.pos === 'NOUN' && L.mod.mandativeNouns.has(t.lemma);
}

/** A language whose infinitive is a verb form (Spanish "amenazó con expulsar", "se negó a participar", "marcharon para
 *  protestar"): the infinitive is asserted only under a modality phrase (intent, threat, refusal, negation, speculation:
 *  their own codes) or an implicative verb ("comenzaron a marchar"), or, for meetings, as the purpose of a trip. */
function unassertedBareInfinitive(L: EventLanguage, tokens: Token[], ti: number, p: Pattern): boolean {
  const t = tokens[ti]!;
  if (t.pos !== 'VERB' || !L.words.infinitiveEnding?.test(t.norm)) return false;
  // (quotation marks are transparent: 'está "preparado" para normalizar')
  const idx = wordsBefore(tokens, ti, 7).filter((k) => !L.words.quote.has(tokens[k]!.norm)).slice(-5);
  if (!idx.length || tokens[idx[idx.length - 1]!]!.pos === 'PUNCT') return false;
  const m = L.mod;
  if (endsWith(L, tokens, idx, [...m.intent, ...m.threat, ...m.refusal, ...m.negation, ...m.speculative, ...m.implicative])) return false;
  // ("bloquearon rutas para protestar": protesting is done by the act whose purpose it is)
  // (not the purpose of something asked for: "pidieron un permiso para protestar")
  if ([...m.purposeRoots].some((root) => p.code.startsWith(root)) && endsWith(L, tokens, idx, m.purpose)) {
    let k = ti - 1;
    while (k > 0 && tokens[k]!.pos !== 'VERB' && !L.words.punctStop.has(tokens[k]!.norm)) k--;
    return tokens[k]?.pos === 'VERB' && m.demanded.some((seq) => seq[0] === tokens[k]!.lemma);
  }
  // ("viajó a Caracas para reunirse con …"): the destination of a trip right before the purpose
  if (p.code.startsWith('04')) {
    const gi = idx[idx.length - 2] ?? -1;
    for (let k = gi; k >= Math.max(0, gi - 3) && tokens[k]!.pos !== 'VERB'; k--) if (L.words.targetIntro.has(tokens[k]!.norm) && tokens[k]!.pos === 'ADP') return false;
  }
  return true;
}

/** "accused of killing", "arrested for spying", "charged with smuggling": an -ing form whose governing verb (a few words
 *  back, past its object) is an accusation or a prosecution states what is alleged, not an act. */
function alleged(L: EventLanguage, tokens: Token[], ti: number): boolean {
  if (!isGerund(L, tokens[ti]!.norm)) return false;
  // ("of recruiting and using child soldiers": a second -ing form joined to the first is what the first is)
  if (coordinated(L, tokens, ti) === 'plain') {
    for (let k = ti - 2; k >= Math.max(0, ti - 6); k--) if (isGerund(L, tokens[k]!.norm) && tokens[k]!.pos === 'VERB') return alleged(L, tokens, k);
  }
  // (an adverb between: "charged with illegally possessing firearms")
  let pi = ti - 1;
  while (pi > 0 && tokens[pi]!.pos === 'ADV') pi--;
  if (!/^(of|with|for|in)$/.test(tokens[pi]?.norm ?? '')) return false;
  // (past a long object and a time phrase: "accused Syrian President Bashar Assad's government on Friday of killing")
  for (let k = pi - 1; k >= Math.max(0, pi - 11); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'ADJ' && /ed$/.test(t.norm)) return L.mod.allegation.has(t.lemma) || [...L.mod.allegation].some((v) => t.norm.startsWith(v.replace(/e$/, '')));
    if (t.pos === 'ADJ' && L.mod.allegation.has(t.norm)) return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** "banned women from attending universities", "barred him from running": an -ing form after "from" whose governing
 *  verb, a few words back past its object, is preventive (modality.json preventive) is kept from happening. */
function prevented(L: EventLanguage, tokens: Token[], ti: number): boolean {
  if (!isGerund(L, tokens[ti]!.norm) || !L.words.originPreps.has(tokens[ti - 1]?.norm ?? '')) return false;
  for (let k = ti - 2; k >= Math.max(0, ti - 10); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return L.mod.preventive.has(t.lemma);
    // (the tagger may read the verb as a noun before its object: "an agreement that bars them from attacking")
    if (t.pos === 'NOUN' && L.mod.preventive.has(t.lemma) && /^(PRON|DET|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** "oppose sending more weapons": an -ing form right after a verb that opposes or avoids it (modality.json
 *  gerundGovernors; adverbs between) is not done. */
function weighedGerund(L: EventLanguage, tokens: Token[], ti: number): boolean {
  if (!isGerund(L, tokens[ti]!.norm)) return false;
  let k = ti - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 && tokens[k]!.pos === 'VERB' && L.mod.gerundGovernors.has(tokens[k]!.lemma);
}

/** Indices of [from, to) without the words of a time phrase ("Tuesday", "on Monday", "late"). */
function withoutTimePhrases(L: EventLanguage, tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    if (inTimePhrase(L, tokens, k)) continue;
    out.push(k);
  }
  return out;
}

/** A word sequence (or its -ing form, when `gerund`) over consecutive indices of `idx`. */
function seqIn(L: EventLanguage, tokens: Token[], idx: number[], seqs: string[][], gerund: boolean): boolean {
  for (let i = 0; i < idx.length; i++) for (const s of seqs) if (i + s.length <= idx.length && seqFitsAt(L, tokens, idx, i, s, gerund)) return true;
  return false;
}

/** Every word of `s` fits the tokens at idx[i], idx[i + 1] … (plain loops: modeOf asks this at every word before each
 *  trigger, and closures made per word were a tenth of the coder's allocations). */
function seqFitsAt(L: EventLanguage, tokens: Token[], idx: number[], i: number, s: string[], gerund: boolean): boolean {
  for (let j = 0; j < s.length; j++) {
    const k = idx[i + j]!;
    if (!(gerund ? fitsOrGerund(L, tokens[k]!, s[j]!) : wordMatches(L, tokens[k], s[j]!))) return false;
  }
  return true;
}

export function modeOf(L: EventLanguage, tokens: Token[], from: number, ti: number, p: Pattern): Mode {
  const lo = Math.max(0, from);
  if (!p.nominal && (alleged(L, tokens, ti) || prevented(L, tokens, ti) || weighedGerund(L, tokens, ti))) return 'drop';
  // negation right before the trigger (within the verb group); "will not / would not / won't negotiate" is a refusal
  const neg = hasSeq(L, tokens, Math.max(lo, ti - 4), ti, L.mod.negation);
  if (neg >= 0) {
    const prev = tokens[neg - 1]?.norm ?? '';
    // ("probably won't give in": someone's guess, not a refusal)
    if (hasSeq(L, tokens, Math.max(lo, neg - 3), neg, L.mod.speculative) >= 0) return 'drop';
    if (!p.nominal && (prev === 'will' || prev === 'would' || prev === 'wo' || tokens[neg]!.norm === "n't" && (prev === 'wo' || prev === 'will'))) return 'refusal';
    return 'drop';
  }
  if (hasSeq(L, tokens, lo, ti, L.mod.conditional) >= 0) return 'drop';
  // ("a commission of inquiry into killings, torture, rape and other abuses"): what an inquiry or an allegation is
  // about is alleged, not asserted (modality.json topicNouns); also a word the tagger read as a verb in such a list
  if (p.nominal || /^(CCONJ|ADP)$/.test(tokens[ti - 1]?.pos ?? '') || tokens[ti - 1]?.norm === ',') {
    let k = ti - 1;
    while (k > 0 && ti - k <= 10 && (/^(DET|ADJ|NOUN|NUM|CCONJ)$/.test(tokens[k]!.pos) || tokens[k]!.norm === ',')) k--;
    const head = k > 0 && tokens[k]!.pos === 'ADP' && L.mod.topicPreps.has(tokens[k]!.norm) ? beforeTimeAndPlace(L, tokens, k) : -1;
    if (head >= 0 && L.mod.topicNouns.has(tokens[head]!.lemma)) return 'drop';
  }
  // ("a deal under which he would have stepped down", "could have prevented the attack"): a modal perfect says what
  // did not happen (modality.json counterfactualPerfect)
  if (!p.nominal && hasSeq(L, tokens, Math.max(lo, ti - 4), ti, L.mod.counterfactualPerfect) >= 0) return 'drop';
  if (!p.nominal && unassertedInfinitive(L, tokens, ti, p)) return 'drop';
  // ("called on Yanukovich to resign and hold early elections"): a bare verb coordinated with an unasserted infinitive
  // is as unasserted as it
  if (!p.nominal && tokens[ti]!.norm === tokens[ti]!.lemma && coordinated(L, tokens, ti) === 'plain') {
    const first = conjunctInfinitive(L, tokens, ti);
    if (first >= 0 && unassertedInfinitive(L, tokens, first, p)) return 'drop';
  }
  // ("asked the United Nations to begin withdrawing its peacekeepers"): a gerund after an aspect verb is asserted as
  // that verb is (syntax.json aspectVerbs)
  if (!p.nominal && isGerund(L, tokens[ti]!.norm)) {
    const [k] = wordsBefore(tokens, ti, 1);
    if (k !== undefined && L.words.aspectVerbs.has(tokens[k]!.lemma) && tokens[k]!.pos === 'VERB' && unassertedInfinitive(L, tokens, k, p)) return 'drop';
  }
  // "the oil it currently buys", "still recognizes the monarch": a habit or a standing state, not an event
  if (!p.nominal && hasSeq(L, tokens, Math.max(lo, ti - 3), ti, L.mod.habitual) >= 0) return 'drop';
  // "to deflect criticism of …", "to discuss an Iraqi withdrawal": a nominal event that is the object of an
  // unasserted infinitive
  if (p.nominal) {
    let k = ti - 1;
    while (k >= 0 && /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(tokens[k]!.pos) && ti - k <= 4) k--;
    if (k >= 0 && tokens[k]!.pos === 'VERB' && unassertedInfinitive(L, tokens, k, p)) return 'drop';
    // "calling for Israel's withdrawal", "urged a ceasefire": what is asked for has not happened
    let j = ti - 1;
    while (j >= 0 && /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test(tokens[j]!.pos) && ti - j <= 5) j--;
    if (j >= 0 && endsWith(L, tokens, wordsBefore(tokens, j + 1, 3), L.mod.demanded)) return 'drop';
    // "Iran seeks talks", "offered a prisoner swap": what the actor seeks or offers is its intent
    if (j >= 0 && endsWith(L, tokens, wordsBefore(tokens, j + 1, 2), L.mod.soughtNominal)) return 'intent';
  }
  const opener = tokens[lo - 1]?.norm ?? '';
  if (L.words.conditionalOpeners.has(opener)) return 'drop';
  const cs = tokens.slice(Math.max(0, lo - 12), lo).findIndex((t) => L.words.conditionalOpeners.has(t.norm));
  if (cs >= 0 && !tokens.slice(Math.max(0, lo - 12) + cs, lo).some((t) => t.norm === ',' || t.norm === ';')) return 'drop';
  // ("every time Israel bombed Gaza"): a conditional phrase of several words before the subject, no comma between
  const cp = lastSeq(L, tokens, Math.max(0, lo - 12), lo, L.mod.conditional.filter((x) => x.length > 1));
  if (cp >= 0 && !tokens.slice(cp, lo).some((t) => t.norm === ',' || t.norm === ';')) return 'drop';
  // ("If elected, Trump would impose tariffs on Chinese goods"): a main clause after an opening condition, with a modal
  // of what would happen
  if (L.words.conditionalOpeners.has(tokens[0]?.norm ?? '')) {
    const comma = tokens.findIndex((t) => t.norm === ',');
    if (comma > 0 && comma < ti && hasSeq(L, tokens, comma + 1, ti, [...L.mod.counterfactual].map((w) => [w])) >= 0) return 'drop';
  }
  // (a hedge nearer the trigger than any intent word is about the act: "they hope to … — a goal likely to be
  //  supported by most Americans")
  const spec = lastSeq(L, tokens, Math.max(lo, ti - 4), ti, L.mod.speculative);
  if (spec >= 0 && spec > lastSeq(L, tokens, lo, ti, L.mod.intent)) return 'drop';
  // "is expected to approve", "is likely to sign": a hedge by others, not the actor's own intent
  // (adverbs inside: "is also expected to visit", "is widely expected to")
  if (hasSeqPastAdverbs(L, tokens, Math.max(lo, ti - 7), ti, L.mod.speculative.filter((x) => x.length >= 3))) return 'drop';
  if (p.nominal) {
    if (hasSeq(L, tokens, Math.max(0, ti - 4), ti, L.mod.reversal) >= 0) return 'drop';
    if (hasSeq(L, tokens, Math.max(0, ti - 3), ti, L.mod.unrealisedModifiers) >= 0) return 'drop';
    // ("A meeting between Obama and Duterte that had been scheduled for Tuesday was cancelled"): a nominal event that is
    // the subject of a passive cancellation
    if (cancelledAfter(L, tokens, ti)) return 'drop';
    // ("No talks between Russian and Ukrainian officials took place"): a nominal event under an absent determiner
    let d = ti - 1;
    while (d >= 0 && tokens[d]!.pos === 'ADJ') d--;
    if (d >= 0 && L.words.absentDeterminers.has(tokens[d]!.norm)) return 'drop';
    return 'fact';
  }
  // ("threatened to scrap the summit and abruptly called off talks"): a past form coordinated after the modality
  // phrase is asserted on its own; the phrase does not reach past the "and"
  let from2 = lo;
  {
    let k = ti - 1;
    while (k > lo && tokens[k]!.pos === 'ADV') k--;
    if (k > lo && /^(and|but)$/.test(tokens[k]!.norm) && tokens[ti]!.pos === 'VERB' && tokens[ti]!.norm !== tokens[ti]!.lemma && /ed$/.test(tokens[ti]!.norm)) from2 = k + 1;
  }
  // (the modality phrases are read past a time phrase inside them: "threatened Tuesday to cut off aid")
  const words = withoutTimePhrases(L, tokens, from2, ti);
  if (seqIn(L, tokens, words, L.mod.refusal, false)) return 'refusal';
  if (seqIn(L, tokens, words, L.mod.threat, true)) return 'threat';
  if (hasSeq(L, tokens, Math.max(from2, ti - 4), ti, L.mod.cancellation) >= 0) return 'drop';
  if (seqIn(L, tokens, words, L.mod.intent, true)) {
    // ("she had hoped to challenge Kagame"): a hope or a plan told in the pluperfect did not come about
    const at = lastSeq(L, tokens, from2, ti, L.mod.unrealisedIntent);
    let k = at - 1;
    while (k >= from2 && tokens[k]!.pos === 'ADV') k--;
    if (at >= 0 && k >= 0 && L.mod.pluperfect.has(tokens[k]!.norm)) return 'drop';
    // ("warned the United States that Russia would deploy missiles", "would deploy missiles … if Washington went
    //  ahead"): a hostile intent under a warning, or with a condition after it, is a threat
    if (Number(p.code.slice(0, 2)) >= CODES.threatFromRoot && (warnedOf(L, tokens, lo) || tokens.slice(ti + 1).some((t) => L.words.conditionalOpeners.has(t.norm)))) return 'threat';
    return 'intent';
  }
  return 'fact';
}

/** Whether the clause starting at `from` is the "that" complement of a warning verb (modality.json warningVerbs), past
 *  its object ("warned the United States that …"). */
function warnedOf(L: EventLanguage, tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - k <= 3 && tokens[k]!.pos !== 'SCONJ' && !L.words.complementizers.has(tokens[k]!.norm)) k--;
  if (k < 0 || !L.words.complementizers.has(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return L.mod.warningVerbs.has(t.lemma);
    if (t.norm === ',' || L.words.punctStop.has(t.norm)) return false;
  }
  return false;
}

/** A form of "be" and a cancellation participle after a nominal event, within a few words past its phrase and a
 *  relative clause ("A meeting … that had been scheduled for Tuesday was cancelled"), or a phrase saying it did not
 *  happen ("… did not take place"). */
function cancelledAfter(L: EventLanguage, tokens: Token[], ti: number): boolean {
  for (let k = ti + 1; k < Math.min(tokens.length, ti + 30); k++) {
    const t = tokens[k]!;
    if (L.words.punctStop.has(t.norm) || t.norm === ';') return false;
    if (L.mod.nonOccurrence.some((seq) => seqMatches(L, tokens, k, seq))) return true;
    if (!L.words.be.has(t.norm)) continue;
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
    if (L.mod.cancellation.some((seq) => seqMatches(L, tokens, j, seq))) {
      // (the "be" of this noun's clause: not one inside a relative clause, "that had been scheduled")
      const rel = tokens.slice(ti + 1, k).findIndex((x) => L.words.relativeSubjects.has(x.norm));
      if (rel < 0) return true;
      const verbAfterRel = tokens.slice(ti + 2 + rel, k).some((x) => x.pos === 'VERB');
      if (verbAfterRel) return true;
    }
  }
  return false;
}

/** ("Voters in Ireland rejected two proposed amendments in a referendum"): a source named by the people voting, in a
 *  sentence that names a ballot, makes a choice at the ballot box, no act between parties. (A people named by its
 *  demonym is not enough: "Colombians narrowly rejected a peace deal with FARC rebels in a referendum" is coded by wire
 *  coders, as a rejection of the deal's other party.) */
export function votersAtBallot(L: EventLanguage, tokens: Token[], source: { tokStart: number; tokEnd: number } | null): boolean {
  if (!source || source.tokStart < 0 || !L.mod.electorate.size) return false;
  if (!tokens.slice(source.tokStart, source.tokEnd).some((t) => L.mod.electorate.has(t.norm))) return false;
  return tokens.some((t) => L.mod.ballots.has(t.norm));
}

/** Whether the sentence names a sport (modality.json sport): "world cup", "penalties"; "fútbol", "FIFA". */
export function aboutSport(L: EventLanguage, tokens: Token[]): boolean {
  if (!L.mod.sport.length) return false;
  for (let i = 0; i < tokens.length; i++) if (L.mod.sport.some((seq) => seqMatches(L, tokens, i, seq))) return true;
  return false;
}

/** The first verb of a coordination whose last conjunct is at `ti` ("to resign and hold"), when it is an infinitive
 *  right after the infinitive marker, else -1. (The first conjunct's own words, its object, may stand between.) */
function conjunctInfinitive(L: EventLanguage, tokens: Token[], ti: number): number {
  let k = ti - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  for (let j = k - 1; j >= 1 && k - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') return tokens[j - 1]!.norm === L.words.infinitiveMarker ? j : -1;
  }
  return -1;
}

// Token-level syntax the coder reads without a parser: word and sequence matching (with synonym classes), clauses,
// passives, tense, participles used as adjectives, subjects. Hand-written because wink-nlp gives parts of speech and
// lemmas but no parse; the function words live in data/events/syntax.json and modality.json.
import { innerHyphen, type Token, type ResolvedActor } from '../actors/index.js';
import type { EventLanguage } from './language.js';
import type { Tense } from './lexicon.js';

export function wordMatches(L: EventLanguage, t: Token | undefined, w: string): boolean {
  if (!t) return false;
  if (t.norm === w || t.lemma === w) return true;
  // a plural pattern word stands for its singular too ("kicked off a joint patrol" for "patrols")
  if (w.length > 4 && w.endsWith('s') && t.pos === 'NOUN' && (t.lemma === w.slice(0, -1) || w.endsWith('es') && t.lemma === w.slice(0, -2))) return true;
  // synonym classes (data/events/synonyms.json): "howitzers" stands for "weapons" inside a pattern
  const c = L.classes.get(t.norm) ?? L.classes.get(t.lemma);
  return !!c && c.has(w);
}

/** Whether the token at k belongs to a time phrase: a time word, or the preposition right before one ("on
 *  Thursday"; syntax.json timePreps). */
export function inTimePhrase(L: EventLanguage, tokens: Token[], k: number): boolean {
  const n = tokens[k]!.norm;
  return L.words.timeWords.has(n) || L.words.timePreps.has(n) && L.words.timeWords.has(tokens[k + 1]?.norm ?? '');
}

/** The end of a time phrase starting at `pos` ("on Thursday", "late on Monday", "overnight"), or `pos` when none
 *  starts there: "demanded on Thursday that Germany pay" matches "demand that +" past it. */
export function timePhraseEnd(L: EventLanguage, tokens: Token[], pos: number): number {
  let q = pos;
  while (q < tokens.length && inTimePhrase(L, tokens, q)) q++;
  return q;
}

export function seqMatches(L: EventLanguage, tokens: Token[], i: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (!wordMatches(L, tokens[i + k], seq[k]!)) return false;
  return true;
}

export function verbAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

export function actorEndsAt(actors: ResolvedActor[], ti: number): boolean {
  return actors.some((a) => a.tokEnd === ti && a.kind !== 'modifier');
}

/** Candidate lemmas of an inflected verb form the tagger missed: abducted → abduct, seized → seize, carried → carry. */
export function verbLemmas(L: EventLanguage, t: Token): string[] {
  const n = t.norm;
  const out = new Set<string>([t.lemma]);
  const irregular = L.pastForms.get(n);
  if (irregular) out.add(irregular);
  if (n.endsWith('ied')) out.add(n.slice(0, -3) + 'y');
  if (n.endsWith('ed')) { out.add(n.slice(0, -2)); out.add(n.slice(0, -1)); if (/(.)\1ed$/.test(n)) out.add(n.slice(0, -3)); }
  if (n.endsWith('es')) out.add(n.slice(0, -2));
  if (n.endsWith('s')) out.add(n.slice(0, -1));
  // (-ing forms the tagger read as nouns: "meeting" → "meet", "staging" → "stage", "shelling" → "shell")
  if (L.words.gerund?.test(n)) {
    const stem = n.replace(L.words.gerund, '');
    if (stem.length > 2) { out.add(stem); out.add(stem + 'e'); if (/(.)\1$/.test(stem)) out.add(stem.slice(0, -1)); }
  }
  return [...out];
}

/** Clause number of every token: breaks at ; : quotes and subordinating words. */
export function clauses(L: EventLanguage, tokens: Token[]): number[] {
  const m = L.mod;
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
      if (tokens[k] && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !isGerund(L, tokens[k]!.norm)) { c = relOuter; relOuter = null; ids[i] = c; continue; }
    }
    const brk = m.clauseBreaks.has(t.norm) && !(t.norm === 'that' && tokens[i + 1] && /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]!.pos) && tokens[i - 1]?.pos !== 'VERB')
      // ("a brief but bloody border war"): a break word between two adjectives joins them, it opens no clause
      && !(tokens[i - 1]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'ADJ')
      && !(L.words.prepOrConj.has(t.norm) && !verbAhead(tokens, i + 1))
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
export function prepIndex(tokens: Token[], a: ResolvedActor): number {
  let k = a.tokStart - 1;
  while (k >= 0 && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.norm === a.prep ? k : -1;
}

/** Start of the last sequence found in [from, to), or -1. */
export function lastSeq(L: EventLanguage, tokens: Token[], from: number, to: number, seqs: string[][]): number {
  for (let i = to - 1; i >= Math.max(0, from); i--) for (const s of seqs) if (i + s.length <= to && seqMatches(L, tokens, i, s)) return i;
  return -1;
}

export function hasSeq(L: EventLanguage, tokens: Token[], from: number, to: number, seqs: string[][]): number {
  for (let i = Math.max(0, from); i < to; i++) for (const s of seqs) if (seqMatches(L, tokens, i, s) && i + s.length <= to) return i;
  return -1;
}

export function isPassive(L: EventLanguage, tokens: Token[], ti: number, actors?: ResolvedActor[]): boolean {
  const t = tokens[ti]!;
  const W = L.words;
  // (endings are read on the surface form where accents tell forms apart: Spanish "protestó" is no participle)
  const form = W.tense.endingsOf === 'text' ? t.text.toLowerCase() : t.norm;
  if (!W.participle.test(form) || t.norm === t.lemma && !W.lemmaLikeParticiple?.test(t.norm) || W.intransitive.has(t.lemma)) return false;
  // reduced relative: "Americans detained in the country", "tankers seized by Iran"
  const before = actors?.find((a) => a.tokEnd === ti && a.kind !== 'modifier');
  // ("in exchange for 150 Palestinian women and teenagers jailed in Israel": numbers and adjectives may stand between
  //  the preposition and its actor)
  const objectBefore = before && (before.prep !== null || precededByVerb(tokens, before) && !L.mod.reporting.has(tokens[before.tokStart - 1]?.lemma ?? '') || objectOfPhrase(L, tokens, before) || subjectWithLaterVerb(L, tokens, before, ti));
  if (before && (W.agentPreps.has(tokens[ti + 1]?.norm ?? '') || objectBefore && W.reducedNext.has(tokens[ti + 1]?.norm ?? ''))) return true;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) {
    const n = tokens[k]!.norm;
    if (L.words.be.has(n)) return !(n === "'s" && tokens[k - 1]?.pos === 'PROPN');
    if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return false;
  }
  return false;
}

/** "Americans detained in Venezuela were freed": a participle after the sentence's first actor, followed (past its
 *  phrase) by an auxiliary of the same clause, is a reduced relative, not the actor's verb. */
export function subjectWithLaterVerb(L: EventLanguage, tokens: Token[], before: ResolvedActor, ti: number): boolean {
  // ("Five Rafale fighter jets bought from France landed …": names and nouns may modify the subject too)
  let k = before.tokStart - 1;
  while (k >= 0 && /^(DET|NUM|ADJ|PROPN|NOUN)$/.test(tokens[k]!.pos)) k--;
  // (after a comma, or after the dash that ends a dateline: "DOHA (Reuters) - Five U.S. citizens detained in Iran …")
  if (k >= 0 && tokens[k]!.norm !== ',' && !(/^[-–—]$/.test(tokens[k]!.norm) && tokens[k - 1]?.norm === ')')) return false;
  for (let j = ti + 2; j < Math.min(tokens.length, ti + 10); j++) {
    const t = tokens[j]!;
    if (L.words.punctStop.has(t.norm) || t.norm === ',' || /^(who|which|that|and|but)$/.test(t.norm)) return false;
    // (not an infinitive's "be": "called for peacekeepers to be deployed")
    if ((L.words.be.has(t.norm) && t.norm !== "'s" || t.pos === 'AUX') && tokens[j - 1]?.norm !== L.words.infinitiveMarker) return true;
    // (the clause's own finite verb after the participle phrase: "… bought from France landed at")
    // (not a participle before its noun: "apologized … for wartime forced labour")
    //  (one prepositional phrase between them, not two: "apologised to Indonesia for violence committed during …")
    // (an adjective after it that heads no noun is its complement: "… detained in Iran walked free")
    const modifiesNoun = /^(NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '') || tokens[j + 1]?.pos === 'ADJ' && /^(NOUN|PROPN|ADJ)$/.test(tokens[j + 2]?.pos ?? '');
    if (t.pos === 'VERB') return t.norm !== t.lemma && !isGerund(L, t.norm) && j > ti + 2 && /^(PROPN|NOUN|NUM)$/.test(tokens[j - 1]!.pos) && !modifiesNoun
      && tokens[ti + 1]?.pos === 'ADP' && !tokens.slice(ti + 2, j).some((x) => x.pos === 'ADP');
  }
  return false;
}

/** The tense of a verb (data/events/<lang>/syntax.json "tense"): an auxiliary among the few tokens before it (nearest
 *  first), else its ending, else past when its form is inflected (English), else present. */
export function tense(L: EventLanguage, tokens: Token[], ti: number, from: number): Tense {
  const T = L.words.tense;
  for (let k = ti - 1; k >= Math.max(from, ti - T.window); k--) {
    const n = tokens[k]!.norm;
    const aux = T.auxiliaries[n];
    if (aux && !(T.auxiliariesBefore[n] ?? []).includes(tokens[k + 1]?.norm ?? '')) return aux;
  }
  const t = tokens[ti]!;
  const form = T.endingsOf === 'text' ? t.text.toLowerCase() : t.norm;
  for (const [end, tns] of T.endings) if (form.endsWith(end)) return tns;
  if (T.inflectedPast && t.norm !== t.lemma && !t.norm.endsWith('s')) return 'past';
  return 'present';
}

/** "the exiled millionaire", "publicly held insurers"", "a mutual holding company": a participle between a
 *  determiner or adjective and a noun modifies that noun; it is not a verb of the clause. */
export function attributive(L: EventLanguage, tokens: Token[], ti: number, consumed: Uint8Array): boolean {
  const t = tokens[ti]!;
  if (t.norm === t.lemma || !/(ed|en|wn|ing)$/.test(t.norm)) return false;
  if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[ti + 1]?.pos ?? '')) return false;
  let k = ti - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  // ("the exiled Saudi millionaire": after a determiner, a name may follow; so it may after a preposition, "in
  //  occupied Kuwait", but not after "by" or "to", whose participle is a verb: "to be occupied by")
  if (k >= 0 && tokens[k]!.pos === 'ADP' && k === ti - 1 && !isGerund(L, t.norm) && !/^(by|to|than|as)$/.test(tokens[k]!.norm)) return true;
  // ("a Saudi funded school": a nationality adjective between an indefinite article and the participle; after "the"
  //  it is a subject, "the UAE supplied weapons")
  if (k > 0 && consumed[k] === 2 && /^(ADJ|PROPN)$/.test(tokens[k]!.pos) && /^(a|an)$/.test(tokens[k - 1]!.norm) && tokens[ti + 1]!.pos === 'NOUN') return true;
  // ("Libya's internationally recognised government", "Russia's occupied territories": after a possessive; its -ing
  //  form is a noun there, read by the noun patterns)
  if (k >= 0 && k < ti && L.words.possessive.test(tokens[k]!.norm) && !isGerund(L, t.norm)) return true;
  // ("to reinstate ousted President Mohamed Bazoum", "said jailed activist X would …": a participle between a verb and
  //  the actor it describes; not after an auxiliary, "has ousted President X")
  if (k >= 0 && k === ti - 1 && tokens[k]!.pos === 'VERB' && !consumed[k] && consumed[ti + 1] === 2 && !isGerund(L, t.norm) && !L.words.be.has(tokens[k]!.norm)) return true;
  // ("security forces and allied gunmen killed …"): a participle between a conjunction after an actor and the actor it
  // describes
  if (k > 0 && k === ti - 1 && tokens[k]!.pos === 'CCONJ' && consumed[k - 1] === 2 && consumed[ti + 1] === 2 && !isGerund(L, t.norm)) return true;
  return k >= 0 && !consumed[k] && (tokens[k]!.pos === 'DET' && tokens[k]!.norm !== 'that' || tokens[k]!.pos === 'ADJ' && consumed[ti + 1] !== 2);
}

export function firstOfClause(clause: number[], ti: number): number {
  let k = ti;
  while (k > 0 && clause[k - 1] === clause[ti]) k--;
  return k;
}

/** "Israeli bulldozers demolished …", "Jordanian aircraft dropped …": a country adjective and one or two plain nouns
 *  right before the verb stand for an actor of that country. */
export function modifierSubject(tokens: Token[], a: ResolvedActor, ti: number): boolean {
  let k = a.tokEnd;
  let nouns = 0;
  while (k < ti && tokens[k]!.pos === 'NOUN' && nouns < 2) { k++; nouns++; }
  if (!nouns) return false;
  while (k < ti && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  return k === ti && (a.tokStart === 0 || !/^(VERB|ADP)$/.test(tokens[a.tokStart - 1]!.pos));
}

/** The actor is followed (after adverbs, auxiliaries, clitics, an apposition) by a verb. */
export function looksLikeSubject(L: EventLanguage, tokens: Token[], a: ResolvedActor, ti: number): boolean {
  let k = a.tokEnd;
  if (tokens[k]?.norm === ',') {
    // apposition / parenthetical ", in turn," → skip to the next comma
    const close = tokens.findIndex((t, idx) => idx > k && idx < ti && t.norm === ',');
    if (close > 0 && close - k <= 8) k = close + 1;
  }
  for (; k <= ti && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && !L.words.clitics.has(t.norm)) return false;
  }
  return false;
}

/** An actor in a prepositional phrase of a verb of its clause ("free 50 women in exchange for 150 Palestinians"; not
 *  "of", which may measure a subject, "tens of thousands marched"): numbers and adjectives may stand between. */
function objectOfPhrase(L: EventLanguage, tokens: Token[], a: ResolvedActor): boolean {
  let k = a.tokStart - 1;
  while (k >= 0 && a.tokStart - k <= 3 && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k--;
  if (k < 0 || tokens[k]!.pos !== 'ADP' || L.words.ofPreps.has(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (/^[,;.:]$/.test(t.norm) || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

export function precededByVerb(tokens: Token[], a: ResolvedActor): boolean {
  for (let k = a.tokStart - 1; k >= 0 && k >= a.tokStart - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.norm !== '-') return false;
  }
  return false;
}

/** The non-adverb tokens right before `end` (exclusive), nearest last, at most `n`. */
export function wordsBefore(tokens: Token[], end: number, n: number): number[] {
  const out: number[] = [];
  for (let k = end - 1; k >= 0 && out.length < n; k--) if (tokens[k]!.pos !== 'ADV') out.unshift(k);
  return out;
}

/** The last token before `end` that is not part of time or place phrases standing between a verb and its
 *  complement ("agreed in Istanbul on Friday to extend", "threatened Tuesday to cut"): time words, "on" before one,
 *  and a run of proper nouns after a locative preposition. */
export function beforeTimeAndPlace(L: EventLanguage, tokens: Token[], end: number): number {
  let k = end - 1;
  for (;;) {
    const t = tokens[k];
    if (!t || k <= 0) return k;
    if (inTimePhrase(L, tokens, k)) { k--; continue; }
    if (t.pos === 'PROPN') {
      let h = k;
      while (h > 0 && tokens[h]!.pos === 'PROPN') h--;
      if (L.words.locativeStart.has(tokens[h]!.norm)) { k = h - 1; continue; }
    }
    return k;
  }
}

/** A sequence of lemmas ends right at the given token indices ("ready to", "be set to", adverbs skipped). */
export function endsWith(L: EventLanguage, tokens: Token[], idx: number[], seqs: string[][]): boolean {
  return seqs.some((s) => s.length <= idx.length && s.every((w, k) => fitsOrGerund(L, tokens[idx[idx.length - s.length + k]!]!, w)));
}

/** A word of a lemma sequence, or its -ing form (which the tagger may lemmatize as an adjective: "promising"). */
export function fitsOrGerund(L: EventLanguage, t: Token, w: string): boolean {
  if (wordMatches(L, t, w) || !isGerund(L, t.norm)) return wordMatches(L, t, w);
  const stem = t.norm.replace(L.words.gerund!, '');
  return stem === w || stem + 'e' === w;
}

/** hasSeq over the words of a span with its adverbs left out ("is also expected to" = "be expected to"). */
export function hasSeqPastAdverbs(L: EventLanguage, tokens: Token[], from: number, to: number, seqs: string[][]): boolean {
  const idx: number[] = [];
  for (let k = Math.max(0, from); k < to; k++) if (tokens[k]!.pos !== 'ADV') idx.push(k);
  for (let i = 0; i < idx.length; i++) for (const s of seqs) if (i + s.length <= idx.length && s.every((w, k) => wordMatches(L, tokens[idx[i + k]!], w))) return true;
  return false;
}

/** hasSeq that also accepts -ing forms ("by promising to withdraw"). */
export function hasSeqOrGerund(L: EventLanguage, tokens: Token[], from: number, to: number, seqs: string[][]): boolean {
  for (let i = Math.max(0, from); i < to; i++) for (const s of seqs) if (i + s.length <= to && s.every((w, k) => fitsOrGerund(L, tokens[i + k]!, w))) return true;
  return false;
}

/** A verb coordinated with an earlier one of its sentence ("… and vowed revenge", "…, and imposed sanctions"), adverbs
 *  between skipped: 'comma' when a comma precedes the conjunction (the verb is then usually the main clause's), 'plain'
 *  otherwise, null when the verb is not coordinated. */
export function coordinated(L: EventLanguage, tokens: Token[], ti: number): 'comma' | 'plain' | null {
  let k = ti - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (k <= 0 || !L.words.coordinators.has(tokens[k]!.norm)) return null;
  return tokens[k - 1]!.norm === ',' ? 'comma' : 'plain';
}

/** The main clause's subject: the last actor named without a preposition before the sentence's first verb, when no
 *  subordinating word comes before it ("West African leaders on Sunday gave …"), or null. */
export function mainSubject(L: EventLanguage, tokens: Token[], actors: ResolvedActor[]): ResolvedActor | null {
  const firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb < 0) return null;
  let subject: ResolvedActor | null = null;
  for (const a of actors) {
    if (a.tokEnd > firstVerb) break;
    if (a.prep === null && a.kind !== 'modifier' && !a.possessive) subject = a;
  }
  if (!subject || tokens.slice(0, subject.tokStart).some((t) => t.pos === 'SCONJ' || L.words.prepOrConj.has(t.norm))) return null;
  return subject;
}

/** An inflected verb form with a past participle's ending (syntax.json passive.participleEndings), not an -ing form:
 *  "jailed", "released". */
export function pastParticipleForm(L: EventLanguage, t: Token): boolean {
  return t.norm !== t.lemma && !isGerund(L, t.norm) && L.words.participle.test(t.norm);
}

/** A word in the -ing form (syntax.json gerundEndings): a gerund or an active participle. */
export function isGerund(L: EventLanguage, w: string): boolean {
  return !!L.words.gerund && L.words.gerund.test(w);
}

/** "what it called", "what New Delhi described as" (syntax.json describers): the end (exclusive) of a describing
 *  clause that opens at `k`, else -1. Its verb is no act, and its speaker is no party of the verb before it. */
export function describedEnd(L: EventLanguage, tokens: Token[], k: number): number {
  if (!L.words.describerIntros.has(tokens[k]?.norm ?? '')) return -1;
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') continue;
    if (L.words.describers.has(t.lemma) && j > k + 1) return L.words.describerParticles.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
    if (!/^(PRON|PROPN|NOUN|DET|ADJ|ADV|PART)$/.test(t.pos)) return -1;
  }
  return -1;
}

/** The describing verb of such a clause ("called" in "what it called"). */
export function isDescriber(L: EventLanguage, tokens: Token[], ti: number): boolean {
  if (!L.words.describers.has(tokens[ti]!.lemma)) return false;
  for (let k = ti - 2; k >= Math.max(0, ti - 6); k--) {
    const e = describedEnd(L, tokens, k);
    if (e === ti + 1 || e === ti + 2) return true;
  }
  return false;
}

/** ", the country's most wanted drug lord," or ", known by his alias Otoniel,": an apposition between two commas (a
 *  noun phrase, or a phrase opened by a past participle) that names no country, organisation or person of its own. Returns the index after its closing comma, else -1. */
export function appositionEnd(L: EventLanguage, tokens: Token[], k: number, actorAt: (ResolvedActor | undefined)[]): number {
  if (tokens[k]?.norm !== ',') return -1;
  // (a noun phrase or a participle opens it; a prepositional phrase between commas, "convocó, con éxito, a un paro", is
  //  an adjunct of the verb)
  if (!/^(DET|NOUN|PROPN|ADJ|NUM|VERB)$/.test(tokens[k + 1]?.pos ?? '')) return -1;
  // (up to eleven words, quotes around a nickname not counted)
  let quotes = 0;
  for (let j = k + 1; j < Math.min(tokens.length, k + 12 + quotes); j++) {
    const t = tokens[j]!;
    if (t.norm === ',') return j > k + 2 ? j + 1 : -1;
    if (L.words.quote.has(t.norm)) quotes++;
    // (a hyphen inside a word is no punctuation: "El-Ghassim Wane")
    // (nor are quotes around a nickname: "jailed drug lord Joaquin 'El Chapo' Guzman")
    const inWord = innerHyphen(tokens, j) || L.words.quote.has(t.norm) && j > k + 1;
    if (L.words.punctStop.has(t.norm) || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PUNCT' && !inWord || L.words.relativeSubjects.has(t.norm)) return -1;
    // (a past participle opens the phrase, "known as …", or stands before its noun, "most wanted drug lord")
    // (a capitalised word after the first is a name the tagger read as a verb: "El-Ghassim Wane")
    if (t.pos === 'VERB' && !(t.cap && j > k + 1 && tokens[j - 1]!.cap) && !(t.norm !== t.lemma && !isGerund(L, t.norm) && (j === k + 1 || /^(NOUN|ADJ|PROPN)$/.test(tokens[j + 1]?.pos ?? '')))) return -1;
    const a = actorAt[j];
    // (a role or a reference describes the person, "the country's … drug lord"; a country, an organisation or a
    //  person of its own is the next item of a list, "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain")
    //  (one inside a phrase of the apposition is described, not listed: "an ally of President Nicolas Maduro")
    if (a && a.kind !== 'modifier' && a.kind !== 'reference' && a.kind !== 'group' && !tokens.slice(k + 1, j).some((x) => x.pos === 'ADP')) return -1;
  }
  return -1;
}

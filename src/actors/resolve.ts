// Finds and resolves actor mentions in one tokenized sentence, with a per-document context that learns people's
// roles from appositions and resolves short references ("the country", "both parties", "she", a bare surname).
import type { ActorMention } from '../types.js';
import { normalize, innerHyphen, type Token } from '../nlp/index.js';
import { lexicon, actorLanguage, roleOn, igoOn, readData, translitKey, type Entry, type Lexicon, type Person, type TrieNode } from './lexicon.js';

export type ActorKind = 'country' | 'place' | 'org' | 'person' | 'group' | 'modifier' | 'reference' | 'compound';

export interface ResolvedActor extends ActorMention {
  kind: ActorKind;
  /** Token range in the sentence; end exclusive. */
  tokStart: number;
  tokEnd: number;
  /** Preposition right before the mention ("in", "with", "by", "on"…), normalized, or null. */
  prep: string | null;
  /** Followed by "'s" (possessor of the next noun). */
  possessive: boolean;
  /** Sector code ('' when the actor is a whole country). */
  sector: string;
  /** For compound actors ("Venezuela and the United States", "the two countries"). */
  members?: ResolvedActor[];
  /** Resolved from document context rather than named here. */
  fromContext?: boolean;
  /** The earlier actor in the same role whose country a bare role word took ("the government" after "Obama"). */
  contextOf?: ResolvedActor;
  /** "foreign companies", "international observers": a role whose country must not be guessed. */
  foreign?: boolean;
  /** Taken from an earlier event of the document (the sanctioning party of a passive "sanctions were reinstated"). */
  fromEvent?: boolean;
  /** First token of a quantity phrase before the actor ("thousands of"). */
  quantityStart?: number;
  /** A role word with no country that may take the country the document implies ("the military"). */
  contextOk?: boolean;
  gender?: 'm' | 'f' | null;
  /** The government of the other party's country, whichever it turns out to be (the implicit target of a protest). */
  ownGovernment?: boolean;
  /** An attacker the text does not identify ("A car bomb killed …", "… was shot dead"): code '' (events stage). */
  unidentified?: boolean;
}

interface LearnedPerson { name: string; country: string | null; sector: string; gender: 'm' | 'f' | null; person?: Person; /** International official: the organisation's code. */ org?: string }

/** Per-document memory. Create one per article with newDocContext(date, lang). */
export interface DocContext {
  date: string | null;
  /** The document's language (ISO 639-1): its actor words (lexicon, references) are used. */
  lang: string;
  /** Learned people, keyed by normalized full name. */
  learned: Map<string, LearnedPerson>;
  /** Surname → the person last named with it. */
  lastBySurname: Map<string, LearnedPerson>;
  /** Sector → last actor named in that role. */
  lastBySector: Map<string, ResolvedActor>;
  /** Countries in order of last mention (most recent last, unique). */
  countries: string[];
  /** The last pair of two countries named together ("Pakistan and Afghanistan", or a pair reference resolved) and
   *  the sentence it was named in. */
  lastPair?: { countries: [string, string]; sentenceNo: number };
  /** The same for countries named as parties, not as a place after "in", "at"… ("talks in Doha"): what "the two
   *  sides" refers to. */
  parties?: string[];
  lastPerson: { m: ResolvedActor | null; f: ResolvedActor | null; any: ResolvedActor | null };
  /** A person of unknown gender was named after the last man (m) / woman (f): "he"/"she" may be that person. */
  unknownAfter?: { m: boolean; f: boolean };
  /** Recent actors (most recent last). */
  recent: ResolvedActor[];
  /** Countries named unambiguously in the document (an ambiguous name like "Georgia" needs one). */
  strong: Set<string>;
  /** Subject (first non-prepositional actor) of the previous sentence: the preferred antecedent of "it"/"they". */
  prevSubject?: ResolvedActor | null;
  /** Ordinal of the sentence being read (findActors counts it) and of its paragraph (the caller sets it; default
   *  0: one paragraph). */
  sentenceNo: number;
  paragraphNo: number;
  /** Where each remembered actor was named: [sentenceNo, paragraphNo]. */
  seenAt: WeakMap<ResolvedActor, [number, number]>;
  /** Country → how many actors of it were named so far (see focusCountry). */
  mentions: Map<string, number>;
}

/** The country the document is mostly about so far: the one most actors were named of (ties: the latest named),
 *  so that a country named once in passing ("the suspect might flee to Ecuador") does not win over it. */
export function focusCountry(ctx: DocContext): string | null {
  let best: string | null = null, bestN = 0;
  for (const c of ctx.countries) {
    const n = ctx.mentions.get(c) ?? 0;
    if (n >= bestN) { best = c; bestN = n; }
  }
  return best;
}

export function newDocContext(date: string | null, lang = 'en'): DocContext {
  return { date, lang: actorLanguage(lang), learned: new Map(), lastBySurname: new Map(), lastBySector: new Map(), countries: [], lastPerson: { m: null, f: null, any: null }, recent: [], strong: new Set(), sentenceNo: 0, paragraphNo: 0, seenAt: new WeakMap(), mentions: new Map() };
}

interface RefWords {
  countryRefs: string[]; pairRefs: string[]; pronouns: Record<string, string>; objectPronouns?: Record<string, string>; locativePreps: string[]; quantityHeads: string[]; expletiveAfterIt?: string[]; directionals?: string[]; hyphenHeads?: string[]; likenessHeads?: string[]; relationHeads?: string[]; groupHeads?: string[]; pastTitles?: string[]; ledGroups?: Record<string, Record<string, string>>; orgRefs?: Record<string, string[]>;
  articles: string[]; prepositions: string[]; ofPreps: string[]; fromPreps: string[]; inPreps: string[]; orgPreps?: string[]; regionNouns?: string[]; pastAsNouns?: string[]; resultatives?: string[]; sideSectors?: string[]; fighterPreps?: string[]; agentPreps?: string[]; listPreps?: string[]; guises?: string[]; ownerDeterminers: string[]; conjunctions: string[]; pairOwners?: string[]; postnominalAdjectives?: boolean; contextSectors: string[]; ofChains?: boolean; genericRoles: string[]; roleWordsNotVerbs?: boolean; roleWordsNotAdjectives?: boolean; datelineNewStory?: boolean; cityFirstNames?: boolean; nameParticles?: string[];
}
interface References {
  countryRefs: string[][]; pairRefs: string[][]; refFirst: Set<string>; pronouns: Map<string, string>; objectPronouns: Map<string, string>; locative: Set<string>; quantity: Set<string>; expletive: Set<string>; directionals: Set<string>; hyphenHeads: Set<string>; likeness: Set<string>; relation: Set<string>; groupHeads: Set<string>; ledGroups: Map<string, Map<string, string>>;
  /** "the group", "the bloc": a reference phrase to the organisation of one of the classes named last
   *  (references.json orgRefs: 'armed', 'ngo', 'igo'). */
  orgRefs: [string[], Set<string>][];
  /** The second words of the orgRefs phrases: most tokens after an article start none. */
  orgRefSecond: Set<string>;
  /** "former", "ex-": a title after them is no role held now. */
  pastTitles: Set<string>;
  /** The language's function words around actor names (data/actors/<lang>/references.json). */
  articles: Set<string>; preps: Set<string>; ofPreps: Set<string>; fromPreps: Set<string>; inPreps: Set<string>; orgPreps: Set<string>; regionNouns: Set<string>; pastAsNouns: Set<string>; resultatives: Set<string>; sideSectors: Set<string>; fighterPreps: Set<string>; agentPreps: Set<string>; listPreps: Set<string>; guises: string[][]; owners: Set<string>; conj: Set<string>; pairOwners: Set<string>;
  /** A country adjective follows the role it qualifies ("el gobierno venezolano"). */
  postnominal: boolean;
  /** Roles that a bare mention ("the opposition", "the government") inherits from the document; others need a country. */
  contextSectors: Set<string>;
  /** A role word's "of" phrase may itself be a role phrase whose country it takes ("representantes de la oposición venezolana"). */
  ofChains: boolean;
  /** Role words that take the sector of the role phrase after "of" ("representantes de la oposición"). */
  genericRoles: Set<string>;
  /** A role word the tagger reads as a verb is the verb (Spanish "fue detenido": not "el detenido"). */
  roleWordsNotVerbs: boolean;
  /** A one-word role that the tagger reads as an adjective right after a plain noun qualifies that noun ('la huelga
   *  general', 'la política económica'): no actor. */
  roleWordsNotAdjectives: boolean;
  /** A wire dateline opens a new story ("MADRID, Mayo 18 (AFP) - …" in a digest of dispatches): the roles and
   *  countries named before are forgotten, and its place's country is the one the story is about. */
  datelineNewStory: boolean;
  /** A city's name alone before another capitalised name is a first name ("Vladimir Jirinovski"), no place. */
  cityFirstNames: boolean;
  /** Lower-case particles inside place and person names ("Mocimboa da Praia"): a place name after one and a
   *  capitalised word is part of the longer name (references.json nameParticles). */
  nameParticles: Set<string>;
}
const refCache = new Map<string, References>();
/** A language's reference words (data/actors/<lang>/references.json). */
function refWords(lang: string): References {
  let refs = refCache.get(lang);
  if (!refs) {
    const r = readData<RefWords>(`actors/${lang}/references.json`);
    // (words compared as tokens are: without accents — "el país" is the token sequence "el pais")
    const countryRefs = r.countryRefs.map((s) => normalize(s).split(' ')), pairRefs = r.pairRefs.map((s) => normalize(s).split(' '));
    const words = (l: string[] | undefined) => new Set((l ?? []).map(normalize));
    // First words of the reference phrases: a token starting none of them skips the phrase loops.
    const orgRefs = Object.entries(r.orgRefs ?? {}).map(([k, v]): [string[], Set<string>] => [normalize(k).split(' '), new Set(v)]);
    const refFirst = new Set([...countryRefs, ...pairRefs, ...orgRefs.map(([seq]) => seq)].map((seq) => seq[0]!));
    refs = {
      countryRefs, pairRefs, orgRefs, orgRefSecond: new Set(orgRefs.map(([seq]) => seq[1] ?? '')), refFirst, pronouns: new Map(Object.entries(r.pronouns).map(([k, v]) => [normalize(k), v])), objectPronouns: new Map(Object.entries(r.objectPronouns ?? {}).map(([k, v]) => [normalize(k), v])), locative: words(r.locativePreps), quantity: words(r.quantityHeads), expletive: words(r.expletiveAfterIt), directionals: words(r.directionals), hyphenHeads: words(r.hyphenHeads), likeness: words(r.likenessHeads), relation: words(r.relationHeads), groupHeads: words(r.groupHeads), pastTitles: words(r.pastTitles), ledGroups: new Map(Object.entries(r.ledGroups ?? {}).map(([k, v]) => [normalize(k), new Map(Object.entries(v).map(([w, sec]) => [normalize(w), sec]))])),
      articles: words(r.articles), preps: words(r.prepositions), ofPreps: words(r.ofPreps), fromPreps: words(r.fromPreps), inPreps: words(r.inPreps), orgPreps: words(r.orgPreps ?? []), regionNouns: words(r.regionNouns ?? []), pastAsNouns: words(r.pastAsNouns ?? []), resultatives: words(r.resultatives ?? []), sideSectors: new Set(r.sideSectors ?? []), fighterPreps: words(r.fighterPreps ?? []), agentPreps: words(r.agentPreps ?? []), listPreps: words(r.listPreps ?? []), guises: (r.guises ?? []).map((x) => normalize(x).split(' ')), owners: words(r.ownerDeterminers), conj: words(r.conjunctions), pairOwners: words(r.pairOwners), postnominal: !!r.postnominalAdjectives, contextSectors: new Set(r.contextSectors), ofChains: !!r.ofChains, genericRoles: new Set(r.genericRoles.map(normalize)), roleWordsNotVerbs: !!r.roleWordsNotVerbs, roleWordsNotAdjectives: !!r.roleWordsNotAdjectives, datelineNewStory: !!r.datelineNewStory, cityFirstNames: !!r.cityFirstNames, nameParticles: words(r.nameParticles ?? []),
    };
    refCache.set(lang, refs);
  }
  return refs;
}

interface Match { i: number; j: number; entries: Entry[] }

/** The end (exclusive) of a wire dateline opening the sentence — a place in capitals, an optional region or date, an
 *  optional news agency in brackets, then a dash: "BEIJING (AFP) -", "KATHMANDU, Nepal (AP) —", "BEIJING, April 7
 *  (Xinhua) --", "LIMA, Peru —" — or 0. */
export function datelineEnd(tokens: Token[]): number {
  const first = tokens[0];
  if (!first || !/^[A-Z][A-Z.'-]{2,}$/.test(first.text)) return 0;
  for (let k = 1; k < Math.min(tokens.length, 14); k++) {
    const t = tokens[k]!;
    if (/^(-|--|—|–|_)$/.test(t.text)) return k + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[.;:!?]$/.test(t.text)) return 0;
  }
  return 0;
}

/** ("Gunmen disguised as police stormed a maternity ward", "a gunman dressed as a police officer"): a role named as a
 *  disguise names no actor (references.json guises). */
function guisesOut(tokens: Token[], matches: (Match | null)[], rw: References): void {
  if (!rw.guises.length) return;
  for (let i = 2; i < tokens.length; i++) {
    if (!matches[i]) continue;
    let k = i - 1;
    while (k > 0 && (rw.articles.has(tokens[k]!.norm) || tokens[k]!.pos === 'ADJ')) k--;
    if (rw.guises.some((seq) => seqAt(tokens, k - seq.length + 1, seq))) matches[i] = null;
  }
}

/** ("… the crackdown (CNN) -- As mass protests swept Egypt"): a news organisation's credit, its name in parentheses
 *  before a dash, names no actor wherever it stands. */
function creditsOut(tokens: Token[], matches: (Match | null)[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const m = matches[i];
    if (m && tokens[i - 1]!.text === '(' && tokens[m.j]?.text === ')' && /^(-|--|—|–)$/.test(tokens[m.j + 1]?.text ?? '')) matches[i] = null;
  }
}

/** The countries a dateline's place names ("AMMAN (Reuters) —", "N'DJAMENA, Chad (AP) —") confirm an ambiguous
 *  name of the story ("Jordan", "Chad"), as the place named in the text would; an ambiguous name in the dateline
 *  itself confirms nothing ("ATLANTA, Georgia (AP) —"). */
function confirmDateline(tokens: Token[], start: number, lex: Lexicon, rw: References, ctx: DocContext): void {
  if (!start) return;
  for (const m of nameMatches(tokens.slice(0, start), 0, lex, rw)) {
    for (const e of m?.entries ?? []) if (e.country && !e.ambiguous && (e.kind === 'country' || e.kind === 'capital' || e.kind === 'city')) ctx.strong.add(e.country);
  }
}

/** A one-word name spelt as wire copy transliterates it ("Qadhafi" for the lexicon's "Gaddafi"): the one person
 *  whose name has the same transliteration key. */
function transliteratedAt(tokens: Token[], i: number, lex: Lexicon): Match | null {
  const t = tokens[i]!;
  if (!t.cap || t.pos !== 'PROPN' || t.norm.length < 5) return null;
  const entries = lex.translit.get(translitKey(t.norm));
  return entries ? { i, j: i + 1, entries } : null;
}

/** The entries of a span that fit its spelling (acronyms exact) and capitalization (names). */
function fitting(tokens: Token[], i: number, j: number, entries: Entry[]): Entry[] {
  let text: string | null = null, joined: string | null = null;
  const first = tokens[i]!;
  return entries.filter((e) => {
    if (e.exact) {
      if (text === null) { const span = tokens.slice(i, j); text = span.map((t) => t.text).join(' '); joined = span.map((t) => t.text).join(''); }
      if (e.exact !== joined && e.exact !== text) return false;
    }
    // ("the al-Shabab group", "al-Qaida": an Arabic article before a capitalized name is written in lower case)
    return !e.needsCap || first.cap || /^\d/.test(first.text) || /^(al|el|ad|as|ash|an|ar|at|az)$/.test(first.norm) && j - i > 1 && tokens.slice(i + 1, j).some((t) => t.cap);
  });
}

/** The longest name starting at token i: curated names from the trie, the converted dictionaries' from the flat map;
 *  on a tie the curated one wins (a dictionary name joins only a curated role word: "minister"). */
function matchAt(tokens: Token[], i: number, lex: Lexicon): Match | null {
  let node: TrieNode | undefined = lex.trie;
  let best: Match | null = null;
  for (let j = i; j < tokens.length; j++) {
    node = node.next.get(tokens[j]!.norm);
    if (!node) break;
    if (node.entries.length) {
      const ok = fitting(tokens, i, j + 1, node.entries);
      if (ok.length) best = { i, j: j + 1, entries: ok };
    }
  }
  let key = '';
  for (let j = i; j < tokens.length && j - i < lex.nameWords; j++) {
    key = j === i ? tokens[j]!.norm : key + ' ' + tokens[j]!.norm;
    const entries = lex.nameSteps.get(key);
    if (entries === undefined) break; // no name starts with these words
    if (!entries) continue;
    const ok = fitting(tokens, i, j + 1, entries);
    if (!ok.length) continue;
    if (!best || j + 1 > best.j) best = { i, j: j + 1, entries: ok };
    else if (j + 1 === best.j && best.entries.every((e) => e.kind === 'sector' || e.kind === 'title')) best = { i, j: j + 1, entries: [...best.entries, ...ok] };
  }
  return best;
}

/** "the US days after …", "Russia last week": a time word after a name does not make the name a modifier. */
const TIME_NOUNS = /^(days?|weeks?|months?|years?|hours?|decades?|times?|ago|earlier|later|now|then|today|yesterday|tomorrow|last|next|this|weekend|morning|evening|night|recently)$/;

/** "officials from the State Department": a delegation's origin; "troops from Syria" is a place, not an owner. */
const FROM_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'BUS', 'MED', 'NGO']);

/** Roles that, of an organisation of its own ("the leader of Hezbollah", "fighters of al Shabaab"), are that
 *  organisation: its leaders, officials and fighters (not its supporters, CVL). */
const OWN_ORG_ROLES = new Set(['GOV', 'MIL', 'REB']);

/** Heads of geographic names that contain a country name ("China Sea", "Panama Canal", "Congo River"). */
/** Sea and coast features named "X of <country>" ("the Sea of Japan", "the Bay of Bengal"). */
const SEA_HEADS = /^(sea|gulf|bay|strait|straits|isle|coast)$/;
const GEO_HEADS = /^(sea|ocean|river|strait|straits|canal|gulf|basin|peninsula|islands?|mountains|desert|province|region|state|county|street|avenue|square|university|airport|airways|airlines|cup|league|times|post|herald|daily|news|bank|plaza|hotel|embassy)$/;

/** Roles that a bare mention ("the opposition", "the government") inherits from the document; others need a country. */
/** Sectors of bodies that usually bear a proper name ("Dresdner Bank", "Harvard University"). */
const NAMED_ORG_SECTORS = new Set(['BUS', 'MED', 'EDU', 'HLH', 'NGO']);
const NO_CONTEXT_BEFORE = new Set(['foreign', 'international', 'western', 'multinational', 'private', 'other', 'many', 'some', 'several', 'regional', 'european', 'world']);

/** State bodies whose seat a following "in <place>" names ("officials in Nairobi"); troops and rebels in a place
 *  are often foreign to it. */
/** ("doctors in Kenya", "protesters in Cairo": people in a place are of its country; not troops, rebels or spies, who are
 *  often foreign to the place they are in.) */
const UNPLACED_SECTORS = new Set(['MIL', 'REB', 'SPY', 'IMG']);
const CALENDAR_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The country of a place phrase right after token `end` ("in Abuja", "in and around Lagos", "in the Kremlin"): its
 *  code, 'unknown' for a proper name the lexicon does not know, or null when no place follows. */
function placeAfter(tokens: Token[], end: number, matches: (Match | null)[], rw: References): string | 'unknown' | null {
  if (!rw.inPreps.has(tokens[end]?.norm ?? '')) return null;
  let q = end + 1;
  if (tokens[q]?.norm === 'and' && /^(around|near)$/.test(tokens[q + 1]?.norm ?? '')) q += 2;
  if (rw.articles.has(tokens[q]?.norm ?? '')) q++;
  const m = matches[q];
  if (m) {
    const e = m.entries.find((x) => x.country && (x.kind === 'country' || x.kind === 'capital' || x.kind === 'seat' || x.kind === 'city'));
    // (not the head of a longer phrase: "officials in Kenya's government"; but a part of the country is in it:
    //  "rebels in Indonesia's Papua region", "in Nigeria's Borno state", "in Mexico's northern state of Sinaloa")
    if (e && tokens[m.j]?.norm === "'s") return regionOf(tokens, m.j + 1, matches, e.country!, rw) ? e.country : null;
    return e && !matches[m.j] ? e.country : null;
  }
  const t = tokens[q];
  if (!t || !t.cap || t.pos !== 'PROPN' || CALENDAR_WORD.test(t.norm)) return null;
  return 'unknown';
}

/** ("Rebels in Indonesia's Papua region attacked …"): a place of a country named right after that country's possessive,
 *  itself after "in", is inside the same place phrase — it takes the preposition, so that it is no subject. */
function possessedPlaces(out: ResolvedActor[], tokens: Token[], rw: References): void {
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!, b = out[k]!;
    if (!a.possessive || !a.prep || !rw.locative.has(a.prep) || b.prep || !a.country || b.country !== a.country) continue;
    if (b.kind !== 'modifier' && b.kind !== 'place') continue;
    // (direction words and a region noun may stand between: "in Kenya's capital Nairobi", "in Nigeria's northern city
    //  of Kano")
    if (b.tokStart > a.tokEnd + 4 || !regionOf(tokens, a.tokEnd + 1, [], a.country, rw)) continue;
    let q = a.tokEnd + 1;
    while (q < b.tokStart && (rw.directionals.has(tokens[q]!.norm) || rw.regionNouns.has(tokens[q]!.norm) || tokens[q]!.norm === 'of')) q++;
    if (q === b.tokStart) b.prep = a.prep;
  }
}

/** A country's part named at `q` after its possessive: direction words, then a place of that country the lexicon knows
 *  or proper names, then a region noun (references.json regionNouns). */
function regionOf(tokens: Token[], q: number, matches: (Match | null)[], country: string, rw: References): boolean {
  while (rw.directionals.has(tokens[q]?.norm ?? '')) q++;
  const m = matches[q];
  if (m && m.entries.some((x) => x.country === country && (x.kind === 'city' || x.kind === 'capital'))) return true;
  // ("Papua region", "Borno state")
  let k = q;
  while (tokens[k]?.cap && tokens[k]!.pos === 'PROPN' && !(matches[k]?.entries.some((x) => x.country && x.country !== country))) k++;
  if (k > q && k - q <= 3 && rw.regionNouns.has(tokens[k]?.norm ?? '')) return true;
  // ("capital Nairobi", "state of Sinaloa", "city of Kano")
  if (k > q || !rw.regionNouns.has(tokens[q]?.norm ?? '')) return false;
  const n = tokens[q + 1]?.norm === 'of' ? q + 2 : q + 1;
  return !!tokens[n]?.cap && tokens[n]!.pos === 'PROPN' && !(matches[n]?.entries.some((x) => x.country && x.country !== country));
}

/** ("judges at the International Criminal Court", "diplomats at the United Nations"): people of a role with no country,
 *  at an international organisation, are that organisation (references.json orgPreps). */
function orgAfter(actor: ResolvedActor, tokens: Token[], matches: (Match | null)[], end: number, rw: References): number {
  if (actor.country || actor.kind !== 'group') return end;
  // ("Fighters from the Rapid Support Forces", "militants of al Shabaab"): fighters of an armed group are the group
  // (references.json fighterPreps)
  const fighters = rw.fighterPreps.has(tokens[end]?.norm ?? '') && (actor.sector === 'REB' || actor.sector === 'MIL' || actor.sector === 'CRM');
  if (!fighters && !rw.orgPreps.has(tokens[end]?.norm ?? '')) return end;
  let q = end + 1;
  if (rw.articles.has(tokens[q]?.norm ?? '')) q++;
  const m = matches[q];
  const e = fighters ? m?.entries.find((x) => x.kind === 'igo' && !!x.country && x.code.endsWith('REB')) : m?.entries.find((x) => x.kind === 'igo' && !x.country);
  if (!m || !e || tokens[m.j]?.norm === "'s") return end;
  if (fighters) { actor.country = e.country; actor.sector = 'REB'; }
  return becomeOrg(actor, e.code, e.name, tokens, m.j);
}

/** The actor phrase, extended to token `j`, names the organisation `code`; returns its new end. */
function becomeOrg(actor: ResolvedActor, code: string, name: string, tokens: Token[], j: number): number {
  actor.code = code;
  actor.kind = 'org';
  actor.name = name;
  actor.end = tokens[j - 1]!.end;
  actor.tokEnd = j;
  return j;
}

function personCode(country: string | null, sector: string): string {
  if (!country) return sector ? sector : 'UNK';
  return country + sector;
}

/** Finds actors in a sentence. Updates `ctx` (learned people, last actors by role). A sequence of named steps: the
 *  names of the lexicon found in the sentence (nameMatches), each run of them grouped into one actor phrase
 *  (phraseParts, titledName), composed (composeActor), given a country by what surrounds it (ofPhrase, placeFromText,
 *  placeFromContext), a name learned from an apposition (apposition); words with no name may still refer to an actor
 *  named before (unnamedAt); finally "A and B" become compounds. */
export function findActors(tokens: Token[], sentence: string, ctx: DocContext): ResolvedActor[] {
  const lex = lexicon(ctx.lang);
  const rw = refWords(ctx.lang);
  ctx.sentenceNo++;
  // a wire dateline ("KABUL, Afghanistan (AP) —") says where the story was filed: no actor, no scene
  const start = datelineEnd(tokens);
  if (start > 0 && rw.datelineNewStory && ctx.sentenceNo > 1) newStory(tokens, ctx, lex);
  confirmDateline(tokens, start, lex, rw, ctx);
  const matches = nameMatches(tokens, start, lex, rw);
  creditsOut(tokens, matches);
  guisesOut(tokens, matches, rw);
  confirmListed(tokens, matches, rw, ctx);
  const out: ResolvedActor[] = [];
  let i = start;
  while (i < tokens.length) {
    const m = matches[i];
    if (!m) {
      const a = unnamedAt(tokens, i, ctx, rw, lex, out);
      if (a) { out.push(a); i = a.tokEnd; } else i++;
      continue;
    }
    const { parts, end: phraseEnd } = phraseParts(tokens, matches, m, lex, rw);
    const { learnedName, end: nameEnd } = titledName(tokens, sentence, matches, parts[parts.length - 1]!, phraseEnd);
    let end = nameEnd;
    const actor = composeActor(tokens, sentence, parts, i, end, learnedName, ctx);
    if (actor) {
      end = ofPhrase(actor, tokens, sentence, matches, end, lex, rw, ctx);
      end = orgAfter(actor, tokens, matches, end, rw);
      placeFromText(actor, tokens, matches, i, end, learnedName, out, rw);
      placeFromContext(actor, ctx);
      end = apposition(actor, tokens, matches, parts, end, ctx);
      finishActor(actor, tokens, namedBefore(actor, tokens, matches, parts, i, out, rw, lex, ctx), rw, lex);
      out.push(actor);
      remember(ctx, actor);
    }
    i = Math.max(end, i + 1);
  }
  placeOverContext(out, tokens, rw);
  possessedPlaces(out, tokens, rw);
  restatedInBrackets(out, tokens);
  const merged = mergeCompounds(out, tokens, sentence, rw);
  for (const a of merged) {
    const [m1, m2] = a.kind === 'compound' && a.members?.length === 2 ? a.members : [];
    if (m1?.country && m2?.country && m1.country !== m2.country && !(a.prep && rw.locative.has(a.prep))) ctx.lastPair = { countries: [m1.country, m2.country], sentenceNo: ctx.sentenceNo };
  }
  ctx.prevSubject = merged.find((a) => a.prep === null && a.kind !== 'modifier' && !a.possessive) ?? null;
  return merged;
}

/** The sector of an actor: its own, else the one its code carries after its country ("COLREB" of an armed group named
 *  by its name). */
export const sectorOf = (a: ResolvedActor) => a.sector || (a.country && a.code.startsWith(a.country) ? a.code.slice(a.country.length) : '');

/** "the National Liberation Army (ELN) guerrillas": a name restated in brackets right after it, as its acronym, is the
 *  same actor, and so is a bare role word of its own sector right after the brackets; both join the name's span
 *  (a name hand-written here: the tokenizer gives the brackets as punctuation tokens, no library joins them). */
function restatedInBrackets(out: ResolvedActor[], tokens: Token[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!, b = out[k + 1]!;
    if (tokens[a.tokEnd]?.text !== '(' || b.tokStart !== a.tokEnd + 1 || tokens[b.tokEnd]?.text !== ')') continue;
    const same = a.code === b.code || !!a.country && a.country === b.country && (!b.sector || b.sector === a.sector || !a.sector);
    if (!same) continue;
    const close = b.tokEnd + 1;
    out.splice(k + 1, 1);
    const role = out[k + 1];
    const sector = sectorOf(a) || sectorOf(b);
    const roleJoins = !!role && role.tokStart === close && role.kind === 'group' && !role.country && role.sector === sector;
    const end = roleJoins ? role!.tokEnd : close;
    if (roleJoins) out.splice(k + 1, 1);
    out[k] = { ...a, code: a.code || b.code, tokEnd: end, end: tokens[end - 1]!.end, country: a.country ?? b.country };
  }
}

/** "The police dispersed a rally in Istanbul": bare police that took their country from an earlier sentence are of the
 *  country where this sentence's own clause places them (a place after "in" with no second verb between; not a place
 *  inside a relative clause, "the police arrested a man who had fought in Syria"). The actor is replaced by
 *  a copy: the document's memory keeps the one it remembered. */
function placeOverContext(out: ResolvedActor[], tokens: Token[], rw: References): void {
  out.forEach((a, idx) => {
    if (!a.contextOf || a.kind !== 'group' || a.sector !== 'COP') return;
    const place = out.find((p) => p.tokStart > a.tokEnd && p.prep !== null && rw.locative.has(p.prep) && (p.kind === 'place' || p.kind === 'country') && p.country && !p.fromContext);
    if (!place || place.country === a.country) return;
    const verbs = tokens.slice(a.tokEnd, place.tokStart).filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length;
    if (verbs > 1) return;
    out[idx] = { ...a, country: place.country, code: place.country + a.sector, contextOf: undefined };
  });
}

/** ("Chad and Niger signed …", "Mali, Jordan and Egypt"): an ambiguous name listed beside a country named
 *  unambiguously is that country too ("Georgia and Alabama" stays a state: no country beside it). */
function confirmListed(tokens: Token[], matches: (Match | null)[], rw: References, ctx: DocContext): void {
  const joiner = (k: number) => rw.conj.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === ',';
  const plainCountry = (m: Match | null | undefined) => !!m && m.entries.some((e) => e.kind === 'country' && !e.ambiguous);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const amb = m?.entries.find((e) => e.ambiguous && e.kind === 'country' && e.country);
    if (!m || !amb) continue;
    const before = i >= 2 && joiner(i - 1) ? matches.slice(Math.max(0, i - 6), i - 1).filter(Boolean).pop() : null;
    const after = joiner(m.j) ? matches[m.j + 1] ?? (rw.conj.has(tokens[m.j + 1]?.norm ?? '') ? matches[m.j + 2] : null) : null;
    if (plainCountry(before && before.j === i - 1 ? before : null) || plainCountry(after)) ctx.strong.add(amb.country!);
  }
}

/** A dateline past the document's first sentence opens a new story: what was named before is forgotten, and the
 *  dateline's place, when the lexicon knows it, is the country named first. */
function newStory(tokens: Token[], ctx: DocContext, lex: Lexicon): void {
  ctx.lastBySector.clear();
  ctx.countries.length = 0;
  ctx.parties = [];
  ctx.lastPair = undefined;
  ctx.mentions.clear();
  ctx.recent.length = 0;
  ctx.strong.clear();
  ctx.lastPerson = { m: null, f: null, any: null };
  ctx.unknownAfter = undefined;
  ctx.prevSubject = null;
  const d = matchAt(tokens, 0, lex)?.entries.find((e) => e.country && (e.kind === 'capital' || e.kind === 'city' || e.kind === 'country' || e.kind === 'seat'));
  if (d?.country) { ctx.countries.push(d.country); ctx.mentions.set(d.country, 1); }
}

/** The lexicon's names found in a sentence, longest first, by the token each starts at. */
function nameMatches(tokens: Token[], start: number, lex: Lexicon, rw: References): (Match | null)[] {
  const matches: (Match | null)[] = new Array(tokens.length).fill(null);
  let covered = 0; // the end of the last name found
  for (let i = start; i < tokens.length; ) {
    const m = matchAt(tokens, i, lex) ?? transliteratedAt(tokens, i, lex);
    // "Greek-flagged tanker", "Saudi-led coalition", "Iran-backed militias": the hyphenated participle joins the name
    if (m && tokens[m.j]?.norm === '-' && rw.hyphenHeads.has(tokens[m.j + 1]?.norm ?? '') && m.entries.some((e) => e.kind === 'adj' || e.kind === 'country')) {
      const head = tokens[m.j + 1]!.norm;
      m.j += 2;
      m.entries = m.entries.filter((e) => e.kind === 'adj' || e.kind === 'country').map((e) => ({ ...e, kind: 'adj' as const }));
      // ("the Saudi-led coalition", "a U.S.-led mission"): the group the country heads, a role word of its sector
      const sector = rw.ledGroups.get(head)?.get(tokens[m.j]?.norm ?? '');
      if (sector && !matchAt(tokens, m.j, lex)) {
        matches[i] = m;
        matches[m.j] = { i: m.j, j: m.j + 1, entries: [{ kind: 'sector', code: sector, country: null, sector, name: tokens[m.j]!.text }] };
        i = covered = m.j + 1;
        continue;
      }
    }
    // "Soviet-style militaries", "Soviet-era tanks": a likeness or a period, no actor
    if (m && tokens[m.j]?.norm === '-' && rw.likeness.has(tokens[m.j + 1]?.norm ?? '')) { i = m.j + 2; continue; }
    // ("Yunus-Bek Yevkurov"): a person's name joined by a hyphen to another capitalised word is part of another name
    if (m && m.entries.every((e) => e.kind === 'person') && (innerHyphen(tokens, m.j) && tokens[m.j + 1]!.cap || i > 1 && innerHyphen(tokens, i - 1) && tokens[i - 2]!.cap)) { i = m.j; continue; }
    if (m && rw.roleWordsNotVerbs && tokens[i]!.pos === 'VERB' && !(i === start && tokens[i]!.cap) && m.entries.every((e) => e.kind === 'sector' || e.kind === 'title')) { i++; continue; }
    if (m && rw.roleWordsNotAdjectives && m.j === i + 1 && tokens[i]!.pos === 'ADJ' && tokens[i - 1]?.pos === 'NOUN' && i - 1 >= covered && m.entries.every((e) => e.kind === 'sector' || e.kind === 'title')) { i++; continue; }
    // ("a general strike", "the general election"): a person's title in lower case before a common noun is an adjective
    // (only where the tagger reads the title as an adjective: "the Chinese president visits Japan" keeps its subject)
    if (m && !tokens[i]!.cap && tokens[i]!.pos === 'ADJ' && m.entries.every((e) => e.kind === 'title') && tokens[m.j]?.pos === 'NOUN' && !tokens[m.j]!.cap) { i = m.j; continue; }
    if (m) { matches[i] = m; i = m.j; covered = m.j; } else i++;
  }
  ellipticalNames(tokens, start, matches, lex, rw);
  return matches;
}

/** ("North and South Korea", "East and West Germany"): a capitalised word joined by a conjunction to a name of several
 *  words is that name with its first word replaced, when the lexicon knows the result as a country or an organisation.
 *  The trie reads whole token runs, so the name is tried on the words it would have. */
function ellipticalNames(tokens: Token[], start: number, matches: (Match | null)[], lex: Lexicon, rw: References): void {
  for (let i = start; i + 3 < tokens.length; i++) {
    const t = tokens[i]!, m = matches[i + 2];
    if (matches[i] || !t.cap || !rw.conj.has(tokens[i + 1]!.norm) || !m || m.j - m.i < 2 || !tokens[i + 2]!.cap) continue;
    const words = [t, ...tokens.slice(i + 3, m.j)];
    const whole = matchAt(words, 0, lex);
    if (!whole || whole.j !== words.length) continue;
    const entries = whole.entries.filter((e) => e.kind === 'country' || e.kind === 'igo');
    if (entries.length && m.entries.some((e) => e.kind === 'country' || e.kind === 'igo')) matches[i] = { i, j: i + 1, entries };
  }
}

/** An actor at a token that starts no name: a surname learned earlier in the document, a reference ("the two
 *  countries", "it"), or a crowd ("Thousands marched"). */
function unnamedAt(tokens: Token[], i: number, ctx: DocContext, rw: References, lex: Lexicon, out: ResolvedActor[]): ResolvedActor | null {
  const t = tokens[i]!;
  const lp = t.cap && t.pos === 'PROPN' ? ctx.lastBySurname.get(t.norm) : undefined;
  if (lp && (lp.country || lp.org)) {
    const a: ResolvedActor = { code: lp.org ?? lp.country! + lp.sector, country: lp.country, name: lp.name, start: t.start, end: t.end, kind: 'person', tokStart: i, tokEnd: i + 1, prep: null, possessive: false, sector: lp.sector, gender: lp.gender, fromContext: true };
    finishActor(a, tokens, i, rw, lex);
    remember(ctx, a);
    return a;
  }
  return referenceAt(tokens, i, ctx, rw, out) ?? crowdAt(tokens, i, rw);
}

/** The run of names starting with `m` that make one actor phrase (with fillers and possessive "'s" between them:
 *  "Venezuela's foreign minister", "British rail workers"), and where it ends. */
function phraseParts(tokens: Token[], matches: (Match | null)[], m: Match, lex: Lexicon, rw: References): { parts: Match[]; end: number } {
  const parts: Match[] = [m];
  let k = m.j;
  for (;;) {
    let q = k;
    // ("Belarus exiled two activists": a participle filler right after a country name is that country's verb,
    //  unlike "Venezuela's exiled opposition"; so it is after a role word: "Turkish police detained Ekrem Imamoglu")
    const lastIsName = parts[parts.length - 1]!.entries.some((e) => e.kind === 'country' || e.kind === 'seat' || e.kind === 'capital' || e.kind === 'city' || e.kind === 'sector');
    while (q < tokens.length && (lex.fillers.has(tokens[q]!.norm) || tokens[q]!.norm === "'s") && !matches[q] && !(q === k && lastIsName && tokens[q]!.pos === 'VERB')) q++;
    let nm = q < tokens.length ? matches[q] : null;
    if (!nm) {
      // "British rail workers", "Venezuelan security forces": up to two plain words before a role word
      let r = q;
      while (r < tokens.length && r - q < 2 && !matches[r] && !tokens[r]!.cap && /^(NOUN|ADJ)$/.test(tokens[r]!.pos)) r++;
      const rm = r > q && r < tokens.length ? matches[r] : null;
      if (rm && rm.entries.some((e) => e.kind === 'sector' || e.kind === 'title') && parts.every((p) => p.entries.some((e) => e.kind === 'adj' || e.kind === 'country' || e.kind === 'igo' || e.kind === 'seat'))) { nm = rm; q = r; }
    }
    if (!nm || !joins(tokens, parts[parts.length - 1]!, nm, k, q, rw)) break;
    parts.push(nm);
    k = nm.j;
  }
  // "opposition groups", "Islamist leaders": a plain noun for the people of the role word before it is part of it
  if (parts[parts.length - 1]!.entries.some((e) => e.kind === 'sector') && !matches[k] && rw.groupHeads.has(tokens[k]?.norm ?? '') && tokens[k]!.pos === 'NOUN') k++;
  return { parts, end: k };
}

/** Whether the name `next` (at q, after the words k..q) continues the phrase whose last name is `last`. */
function joins(tokens: Token[], last: Match, next: Match, k: number, q: number, rw: References): boolean {
  // Do not glue two full names ("Venezuela Colombia") or a place after a group.
  const lastKinds = new Set(last.entries.map((e) => e.kind));
  const nextKinds = new Set(next.entries.map((e) => e.kind));
  const headish = (s: Set<string>) => s.has('sector') || s.has('title') || s.has('person');
  // ("el gobierno venezolano", "funcionarios estadounidenses": in a language whose adjectives follow their noun, a
  //  country adjective after a role word qualifies it)
  const postnominal = rw.postnominal && q === k && (lastKinds.has('sector') || lastKinds.has('title')) && !lastKinds.has('person') && (nextKinds.has('adj') || nextKinds.has('people')) && !nextKinds.has('sector') && !nextKinds.has('title');
  // ("the paramilitary Rapid Support Forces", "the militant group Hamas": a role word before an organisation's
  //  name describes it)
  const described = lastKinds.has('adj') && (nextKinds.has('seat') || nextKinds.has('igo')) || lastKinds.has('sector') && !lastKinds.has('person') && nextKinds.has('igo') && q === k;
  if (!headish(nextKinds) && !described && !postnominal) return false;
  if (lastKinds.has('person') && !tokens.slice(k, q).some((t) => t.norm === "'s") && nextKinds.has('person')) return false;
  // ("called Maduro a dictator", "named Rubio the envoy"): an article after a person's name starts a
  // complement, not more of the name
  if (lastKinds.has('person') && !lastKinds.has('sector') && !lastKinds.has('title') && tokens.slice(k, q).some((t) => /^(a|an|the)$/.test(t.norm))) return false;
  return true;
}

/** An unknown capitalized name right after a title ("Colombian Foreign Minister Luis Murillo", "Kazakh President
 *  Kassym-Jomart Tokayev"): the name and where the phrase now ends. */
function titledName(tokens: Token[], sentence: string, matches: (Match | null)[], lastPart: Match, end: number): { learnedName: string | null; end: number } {
  if (!lastPart.entries.some((e) => e.kind === 'title') || lastPart.entries.some((e) => e.kind === 'person')) return { learnedName: null, end };
  let q = end;
  let hyphens = 0;
  for (;;) {
    while (q < tokens.length && q - end < 4 + 2 * hyphens && tokens[q]!.cap && /^(PROPN|NOUN|ADJ|X)$/.test(tokens[q]!.pos) && !matches[q]) q++;
    // ("Kassym-Jomart Tokayev", "Jean-Yves Le Drian": a hyphen inside a word joins its parts)
    const nx = tokens[q + 1];
    if (q > end && innerHyphen(tokens, q) && nx?.cap && !matches[q + 1]) { q += 1; hyphens++; continue; }
    break;
  }
  return q > end ? { learnedName: sentence.slice(tokens[end]!.start, tokens[q - 1]!.end), end: q } : { learnedName: null, end };
}

/** "the government of X", "officials from X": the country of a role's "of"/"from" phrase; returns where the actor now
 *  ends. */
function ofPhrase(actor: ResolvedActor, tokens: Token[], sentence: string, matches: (Match | null)[], end: number, lex: Lexicon, rw: References, ctx: DocContext): number {
  if (actor.country || end >= tokens.length || !(rw.ofPreps.has(tokens[end]!.norm) || rw.fromPreps.has(tokens[end]!.norm) && FROM_SECTORS.has(actor.sector))) return end;
  let q = end + 1;
  // (a number too, where the "of" phrase may be a whole role phrase: "los dirigentes de 49 sindicatos panameños")
  while (q < tokens.length && (lex.fillers.has(tokens[q]!.norm) || rw.ofChains && tokens[q]!.pos === 'NUM') && !matches[q]) q++;
  const om = matches[q];
  // (where the language allows, the "of" phrase may be a whole role phrase with its own country: "una delegación de
  //  altos funcionarios del gobierno de Estados Unidos", "representantes de la oposición venezolana")
  const chain = rw.ofChains && om && !om.entries.some((e) => e.kind !== 'sector' && e.kind !== 'title') ? ofChainCountry(tokens, q, matches, lex, rw, ctx, sentence) : null;
  const generic = rw.genericRoles.has(tokens[end - 1]?.norm ?? '');
  if (chain) {
    actor.sector = generic ? chain.sector || actor.sector : actor.sector || chain.sector; actor.country = chain.country; actor.code = chain.country + actor.sector; actor.end = tokens[chain.end - 1]!.end; actor.tokEnd = chain.end;
    return chain.end;
  }
  // ("the leader of the opposition", "the head of the main opposition party"): the head of a side of a country's
  // politics or war is that side, not its government (references.json sideSectors)
  // (describing words may stand before the side: "the leader of the main Shi'ite opposition group")
  let sq = q;
  while (sq < tokens.length && sq - q < 3 && !matches[sq] && (tokens[sq]!.pos === 'ADJ' || tokens[sq]!.pos === 'PROPN' && tokens[sq]!.cap)) sq++;
  const side = matches[sq];
  if (side && actor.sector === 'GOV' && side.entries.length && side.entries.every((e) => e.kind === 'sector' && rw.sideSectors.has(e.sector))) {
    actor.sector = side.entries[0]!.sector;
    actor.code = actor.sector;
    actor.end = tokens[side.j - 1]!.end;
    actor.tokEnd = side.j;
    return side.j;
  }
  if (om && om.entries.some((e) => e.kind !== 'sector' && e.kind !== 'title')) {
    const inner = composeActor(tokens, sentence, [om], q, om.j, null, ctx);
    if (inner && inner.country) {
      actor.country = inner.country;
      // ("the leader of Hezbollah", "fighters of al Shabaab"): the leaders and fighters of an organisation of its own
      // (an armed group, a party) are that organisation, not their country's government or army
      const own = inner.kind === 'org' && inner.code !== inner.country + 'GOV' && OWN_ORG_ROLES.has(actor.sector);
      if (own) actor.sector = inner.sector;
      actor.code = own ? inner.code : inner.country + (actor.sector || inner.sector);
      actor.name = inner.name;
      actor.end = tokens[om.j - 1]!.end;
      actor.tokEnd = om.j;
      return om.j;
    }
    // ("fighters of the Islamic State of Iraq and the Levant"): the fighters of an armed group with no country are
    // that group
    if (inner && inner.kind === 'org' && !inner.country && actor.sector === 'REB' && inner.code.endsWith('REB')) return becomeOrg(actor, inner.code, inner.name, tokens, om.j);
    // ("a delegation from ECOWAS", "the head of the WHO"): the officials of an international organisation are it
    if (inner && inner.kind === 'org' && !inner.country && /^(IGO|NGO)/.test(inner.code) && OWN_ORG_ROLES.has(actor.sector)) return becomeOrg(actor, inner.code, inner.name, tokens, om.j);
  }
  return end;
}

/** A country for a role the phrase gave none, from the words around it: the place it sits in ("officials in
 *  Abuja"), its owner ("its troops"); else whether the document's country may be guessed for it at all (foreign,
 *  contextOk). */
function placeFromText(actor: ResolvedActor, tokens: Token[], matches: (Match | null)[], i: number, end: number, learnedName: string | null, out: ResolvedActor[], rw: References): void {
  // ("Turkish F-16 fighter jets", "Russian Su-24 bombers"): a model's designation between a country adjective and the
  // role word leaves the role the adjective's country
  if (!actor.country && actor.kind === 'group') {
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && /^[A-Z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*$/.test(tokens[k]!.text)) k--;
    const adj = k < i - 1 ? out.find((x) => x.tokEnd === k + 1 && x.kind === 'modifier' && x.country) : undefined;
    if (adj) { actor.country = adj.country; actor.code = adj.country + actor.sector; }
  }
  // ("Troops from Chad attacked …", "doctors from Cuba"): people of a role from a country are of it, whatever the role
  if (!actor.country && actor.kind === 'group' && rw.fromPreps.has(tokens[end]?.norm ?? '')) {
    const q = end + 1 + (rw.articles.has(tokens[end + 1]?.norm ?? '') ? 1 : 0);
    const e = matches[q]?.entries.find((x) => x.kind === 'country' && x.country);
    if (e && tokens[matches[q]!.j]?.norm !== "'s") { actor.country = e.country; actor.code = e.country + actor.sector; }
  }
  // "officials in Abuja", "police in and around Springdale": the place a state body sits in gives its country; a
  // place the lexicon does not know gives none, and the document's other countries are no guess for it
  if (!actor.country && !UNPLACED_SECTORS.has(actor.sector) && actor.kind === 'group') {
    const place = placeAfter(tokens, end, matches, rw);
    if (place === 'unknown') actor.foreign = true;
    else if (place) { actor.country = place; actor.code = place + actor.sector; }
  }
  // "its troops", "their government": the owner is the actor named just before
  if (!actor.country && rw.owners.has(tokens[i - 1]?.norm ?? '')) {
    const owner = [...out].reverse().find((x) => x.country && x.kind !== 'modifier');
    if (owner) { actor.country = owner.country; actor.code = owner.country + actor.sector; actor.fromContext = true; }
  }
  if (actor.country) return;
  // "Dresdner Bank", "Liberty Mutual Insurance": a role word after an unknown proper name is a named
  // organisation whose country the text does not give, not a body of the country in focus
  // ("Springdale Mayor Ann Korver": so is an office of a place the lexicon does not know)
  const unknownBefore = i > 0 && tokens[i - 1]!.cap && tokens[i - 1]!.pos === 'PROPN' && !matches[i - 1] && !out.some((x) => x.tokEnd === i);
  const named = unknownBefore && (NAMED_ORG_SECTORS.has(actor.sector) || actor.kind === 'person' && !!learnedName);
  // ("the families of the dead": people named by their tie to others, whose country is not given)
  const related = tokens[end]?.norm === 'of' && rw.relation.has(tokens[end + (tokens[end + 1]?.norm === 'the' ? 2 : 1)]?.norm ?? '');
  actor.foreign = actor.foreign || named || related || NO_CONTEXT_BEFORE.has(tokens[i - 1]?.norm ?? '');
  actor.contextOk = rw.contextSectors.has(actor.sector) && actor.kind !== 'org' && !actor.foreign;
}

/** A bare role that may take the document's country ("the government"): the last one named in that role. */
function placeFromContext(actor: ResolvedActor, ctx: DocContext): void {
  if (actor.country || !actor.contextOk) return;
  // (the last one named in that role in this paragraph, or in the one before when it is of the country the
  //  document is about: farther back, or of another country, the document has usually moved on — a Chilean
  //  ministry named in passing a paragraph before "The government urged calm" in a report about Peru)
  const prev = ctx.lastBySector.get(actor.sector);
  const gap = prev ? ctx.paragraphNo - (ctx.seenAt.get(prev)?.[1] ?? ctx.paragraphNo) : 0;
  if (prev && prev.country && (gap === 0 || gap === 1 && prev.country === focusCountry(ctx))) { actor.country = prev.country; actor.code = prev.country + actor.sector; actor.fromContext = true; actor.contextOf = prev; }
}

/** Apposition: "Maduro's chief negotiator, Jorge Rodriguez," → the person learned with the group's role; returns
 *  where the actor now ends. */
function apposition(actor: ResolvedActor, tokens: Token[], matches: (Match | null)[], parts: Match[], end: number, ctx: DocContext): number {
  if (!((actor.kind === 'group' || (actor.kind === 'person' && parts[parts.length - 1]!.entries.every((e) => e.kind === 'title' || e.kind === 'sector'))) && actor.country && tokens[end]?.norm === ',')) return end;
  let q = end + 1;
  const nameStart = q;
  while (q < tokens.length && q - nameStart < 4 && tokens[q]!.cap && /^(PROPN|NOUN|X)$/.test(tokens[q]!.pos)) q++;
  if (!(q - nameStart >= 2 && (q >= tokens.length || /^[,.;)]$/.test(tokens[q]!.norm)))) return end;
  const name = tokens.slice(nameStart, q).map((t) => t.text).join(' ');
  const known = matches[nameStart]?.j === q ? matches[nameStart]!.entries.find((e) => e.kind === 'person')?.person : undefined;
  const lp = learnPerson(ctx, known?.name ?? name, actor.country, actor.sector || 'GOV', known?.gender ?? null);
  if (known) lp.person = known;
  actor.end = tokens[q - 1]!.end; actor.tokEnd = q; actor.name = name; actor.kind = 'person';
  return q;
}

/** ("Police detained Ekrem Imamoglu, the mayor of Istanbul,", "arrested Ali Salman, the leader of the opposition,"):
 *  a name no list knows, right before a comma and a role phrase describing it, is the person in that role; the actor
 *  then starts at the name (its index is returned) and the person is learned for the rest of the document. */
function namedBefore(actor: ResolvedActor, tokens: Token[], matches: (Match | null)[], parts: Match[], i: number, out: ResolvedActor[], rw: References, lex: Lexicon, ctx: DocContext): number {
  const roleOnly = actor.kind === 'group' || actor.kind === 'person' && parts.every((m) => m.entries.every((e) => e.kind === 'title' || e.kind === 'sector' || e.kind === 'country'));
  if (!roleOnly || !actor.sector || !actor.country && !/^(IGO|NGO)/.test(actor.code)) return i;
  // (articles and describing words between the comma and the role: "Jawar Mohammed, a prominent opposition politician")
  let p = i - 1;
  while (p >= 0 && i - p <= 3 && (rw.articles.has(tokens[p]!.norm) || lex.fillers.has(tokens[p]!.norm) || tokens[p]!.pos === 'ADJ' && !tokens[p]!.cap)) p--;
  if (p < 2 || tokens[p]!.norm !== ',') return i;
  let q = p;
  while (q > 0 && p - q < 4 && tokens[q - 1]!.cap && tokens[q - 1]!.pos === 'PROPN' && !matches[q - 1]) q--;
  if (p - q < 2 || (q > 0 && tokens[q - 1]!.cap && tokens[q - 1]!.pos === 'PROPN') || out.some((a) => a.tokEnd > q && a.tokStart < p)) return i;
  const name = tokens.slice(q, p).map((t) => t.text).join(' ');
  learnPerson(ctx, name, actor.country, actor.sector, null);
  actor.name = name;
  actor.kind = 'person';
  actor.start = tokens[q]!.start;
  actor.tokStart = q;
  return q;
}

/** The country of a role phrase starting at `q` (its matches grouped as findActors groups them, then its own "of"
 *  phrase, recursively, at most three deep) and where it ends; null when none is named. */
function ofChainCountry(tokens: Token[], q: number, matches: (Match | null)[], lex: Lexicon, rw: References, ctx: DocContext, sentence: string, depth = 0): { country: string; sector: string; end: number } | null {
  const parts: Match[] = [];
  let k = q;
  while (matches[k] && parts.length < 4) {
    parts.push(matches[k]!);
    k = matches[k]!.j;
    while (k < tokens.length && lex.fillers.has(tokens[k]!.norm) && !matches[k]) k++;
  }
  if (!parts.length) return null;
  const inner = composeActor(tokens, sentence, parts, q, parts[parts.length - 1]!.j, null, ctx);
  const end = parts[parts.length - 1]!.j;
  if (inner?.country) return { country: inner.country, sector: inner.sector, end };
  if (depth >= 2 || !rw.ofPreps.has(tokens[end]?.norm ?? '')) return null;
  let r = end + 1;
  while (r < tokens.length && lex.fillers.has(tokens[r]!.norm) && !matches[r]) r++;
  const deeper = matches[r] ? ofChainCountry(tokens, r, matches, lex, rw, ctx, sentence, depth + 1) : null;
  return deeper ? { country: deeper.country, sector: inner?.sector || deeper.sector, end: deeper.end } : null;
}

function finishActor(a: ResolvedActor, tokens: Token[], i: number, rw: References, lex: Lexicon): void {
  let p = i - 1;
  if (p >= 0 && rw.articles.has(tokens[p]!.norm)) {
    a.start = tokens[p]!.start; a.tokStart = p; p--;
  }
  while (p >= 0 && lex.fillers.has(tokens[p]!.norm) && !rw.articles.has(tokens[p]!.norm) && i - p < 3 && !/^(its|their|his|her)$/.test(tokens[p]!.norm)) p--;
  // "in northern Nigeria", "in the occupied West Bank": the preposition before a direction word
  if (p >= 0 && rw.directionals.has(tokens[p]!.norm)) {
    let q = p;
    while (q >= 0 && rw.directionals.has(tokens[q]!.norm)) q--;
    if (q >= 0 && rw.articles.has(tokens[q]!.norm)) q--;
    if (q >= 0 && rw.preps.has(tokens[q]!.norm)) p = q;
  }
  a.prep = p >= 0 && rw.preps.has(tokens[p]!.norm) && tokens[p]!.pos !== 'SCONJ' ? tokens[p]!.norm : null;
  // ("in capitals of Chad and Niger": the second conjunct of a list shares the first one's preposition)
  // (not a new clause's subject: "talks in Oslo on Tuesday, and Moscow agreed to …")
  const newClause = tokens[p - 1]?.norm === ',' && /^(VERB|AUX)$/.test(tokens[a.tokEnd]?.pos ?? '');
  if (!a.prep && p > 0 && !newClause && (rw.conj.has(tokens[p]!.norm) || tokens[p]!.norm === 'or')) {
    let q = p - 1;
    while (q >= 0 && p - q <= 6 && (tokens[q]!.cap || tokens[q]!.norm === ',' || rw.articles.has(tokens[q]!.norm))) q--;
    if (q >= 0 && q < p - 1 && rw.preps.has(tokens[q]!.norm) && tokens[q]!.pos !== 'SCONJ') a.prep = tokens[q]!.norm;
  }
  // "thousands of farmers", "dozens of Mexican migrants": the quantity does not make them a prepositional object
  if (a.prep !== null && rw.ofPreps.has(a.prep) && p > 0 && rw.quantity.has(tokens[p - 1]!.norm)) {
    let q = p - 1;
    // ("tens of thousands of", "a number of": an "of" inside the quantity, an article before it)
    while (q > 0 && (rw.quantity.has(tokens[q - 1]!.norm) || /^(a|an|the)$/.test(tokens[q - 1]!.norm) || rw.articles.has(tokens[q - 1]!.norm) || rw.ofPreps.has(tokens[q - 1]!.norm) && q > 1 && rw.quantity.has(tokens[q - 2]!.norm))) q--;
    a.prep = q > 0 && rw.preps.has(tokens[q - 1]!.norm) && tokens[q - 1]!.pos !== 'SCONJ' ? tokens[q - 1]!.norm : null;
    a.quantityStart = q;
  }
  a.possessive = tokens[a.tokEnd]?.norm === "'s" || tokens[a.tokEnd]?.norm === "'";
}

function learnPerson(ctx: DocContext, name: string, country: string | null, sector: string, gender: 'm' | 'f' | null): LearnedPerson {
  const key = name.split(/\s+/).map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).join(' ');
  const lp: LearnedPerson = { name, country, sector, gender };
  const existing = ctx.learned.get(key);
  if (existing && !country) return existing;
  ctx.learned.set(key, lp);
  const sn = key.split(' ').pop()!;
  ctx.lastBySurname.set(sn, lp);
  return lp;
}

/** What the parts of a name phrase say of the actor, filled in part by part (see composeActor). */
interface ActorParts {
  country: string | null;
  /** The kind of entry the country comes from ('person', 'adj', 'country', 'seat'…). */
  countryKind: string | null;
  sector: string;
  /** The sector comes from a title ("President"). */
  sectorFromTitle: boolean;
  name: string;
  person: Person | null;
  igo: Entry | null;
  /** A part can stand for the actor itself (a person, an organisation, a people, a role, a final place name). */
  hasHead: boolean;
  /** Every part so far only modifies (a country adjective). */
  allModifier: boolean;
  /** The sector of a title said to be held in the past before the name ("Former Panamanian President …"). */
  pastTitle?: string;
}

/** A part that names a person: the person, and their country, role and name as this document knows them. */
function personPart(s: ActorParts, tokens: Token[], p: Match, learnedName: string | null, ctx: DocContext): void {
  const followedByPoss = tokens[p.j]?.norm === "'s";
  const cand = p.entries.filter((x) => x.kind === 'person').map((x) => x.person!);
  const text = tokens.slice(p.i, p.j).map((t) => t.norm).join(' ');
  // Bare surname shared by several people: the one last named in this document, else the only one of them in office on
  // the document's date ("President Bush" in 2005 is George W. Bush)
  const inOffice = cand.filter((x) => { const r = roleOn(x, ctx.date); return !!r && (!!r.sector || !!r.org) && (!r.from || !ctx.date || r.from <= ctx.date); });
  let chosen: Person | null = cand.length === 1 ? cand[0]! : inOffice.length === 1 ? inOffice[0]! : null;
  const prev = ctx.lastBySurname.get(text);
  if (p.j - p.i === 1 && prev) {
    if (prev.person) chosen = prev.person; else if (!learnedName) { // a person learned from the text
      if (!s.country) { s.country = prev.country; s.countryKind = 'person'; }
      if (!s.sector || !s.sectorFromTitle) s.sector = prev.sector;
      s.name = prev.name; s.hasHead = true; s.allModifier = false;
      return;
    }
  }
  if (!chosen) return;
  s.person = chosen;
  const learned = ctx.learned.get(chosen.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  // (a past title contradicts an open-ended role of the same kind the dictionaries give: "Former Panamanian President
  //  Ricardo Martinelli" in 2025 holds no office, whatever a list ending in 2015 says)
  const dated = roleOn(chosen, ctx.date);
  const fromDictionary = p.entries.some((x) => x.person === chosen && x.dictionary);
  const role = s.pastTitle && fromDictionary && dated && !dated.to && dated.sector === s.pastTitle ? { ...dated, sector: '' } : dated;
  const pc = learned?.country ?? (role?.country || null);
  if (!pc && role?.org && !learned) {
    s.igo = { kind: 'igo', code: role.org, country: null, sector: '', name: chosen.name };
    s.name = chosen.name; s.hasHead = true; s.allModifier = false;
    return;
  }
  if (!s.country || followedByPoss || s.countryKind === null) { s.country = pc || s.country; s.countryKind = 'person'; }
  if (!s.sectorFromTitle || followedByPoss) s.sector = learned?.sector ?? role?.sector ?? '';
  if (followedByPoss) s.sectorFromTitle = false;
  s.name = chosen.name;
  s.hasHead = true; s.allModifier = false;
  ctx.lastBySurname.set(chosen.surname, { name: chosen.name, country: pc, sector: learned?.sector ?? role?.sector ?? '', gender: chosen.gender, person: chosen });
}

/** A part that names an international organisation or a group. */
function igoPart(s: ActorParts, entry: Entry, date: string | null): void {
  // "Pakistani Taliban", "Russian Wagner fighters": an explicit country adjective wins over the group's home country
  // (and keeps the group's listed code: the Pakistani Taliban never took power)
  const igo = s.country && s.countryKind === 'adj' && s.country !== entry.country ? entry : igoOn(entry, date);
  s.igo = igo; s.hasHead = true; s.allModifier = false; s.name = igo.name; if (igo.country && !(s.country && s.countryKind === 'adj')) s.country = igo.country; if (igo.sector && !s.sector) s.sector = igo.sector;
}

/** A part that names a place, a people or a seat of power (or a country adjective). */
function geoPart(s: ActorParts, geo: Entry, isLast: boolean): void {
  if (!s.country || s.countryKind === 'adj') { s.country = geo.country; s.countryKind = geo.kind; }
  if ((geo.kind === 'seat' || geo.kind === 'people') && !s.sector) s.sector = geo.sector;
  if (geo.kind === 'people') { s.hasHead = true; s.allModifier = false; if (!s.name) s.name = geo.name; return; }
  if (geo.kind !== 'adj') { s.allModifier = false; if (!s.name) s.name = geo.name; }
  if (isLast && geo.kind !== 'adj') s.hasHead = true;
}

/** A part that names a role (a title or a sector word). */
function rolePart(s: ActorParts, sec: Entry, tokens: Token[], p: Match, ctx: DocContext): void {
  // ("Former President Barack Obama"): a title held in the past says nothing of the role now; the person's dated roles do
  // (a country adjective may stand between: "Former Panamanian President")
  let b = p.i - 1;
  while (b > 0 && p.i - b <= 2 && tokens[b]!.cap && /^(ADJ|PROPN)$/.test(tokens[b]!.pos) && !refWords(ctx.lang).pastTitles.has(tokens[b]!.norm)) b--;
  if (sec.kind === 'title' && refWords(ctx.lang).pastTitles.has(tokens[b]?.norm ?? '') && tokens[p.j]?.cap) { s.hasHead = true; s.allModifier = false; s.pastTitle = sec.sector; return; }
  // ("Islamist leaders", "rebel leaders": a word for the people of a role keeps the role named before it)
  const head = s.sector && !s.sectorFromTitle && p.j - p.i === 1 && refWords(ctx.lang).groupHeads.has(tokens[p.i]!.norm);
  if (!head) s.sector = sec.sector;
  s.sectorFromTitle = sec.kind === 'title' || s.sectorFromTitle;
  s.hasHead = true; s.allModifier = false;
  if (!s.name) s.name = tokens.slice(p.i, p.j).map((t) => t.text).join(' ');
}

/** Reads one part of the phrase into `s`: a person, else an organisation, else a place, else a role. */
function readPart(s: ActorParts, tokens: Token[], p: Match, isLast: boolean, learnedName: string | null, ctx: DocContext): void {
  const kinds = p.entries.map((e) => e.kind);
  const pick = (k: string) => p.entries.find((e) => e.kind === k);
  if (kinds.includes('person')) {
    personPart(s, tokens, p, learnedName, ctx);
    return;
  }
  if (kinds.includes('igo')) {
    igoPart(s, pick('igo')!, ctx.date);
    return;
  }
  const geo = pick('country') ?? pick('seat') ?? pick('people') ?? pick('capital') ?? pick('city') ?? pick('adj');
  if (geo && (!(kinds.includes('sector') || kinds.includes('title')) || geo.kind === 'seat' || geo.kind === 'people')) {
    geoPart(s, geo, isLast);
    return;
  }
  const sec = pick('title') ?? pick('sector');
  if (sec) rolePart(s, sec, tokens, p, ctx);
}

/** What the phrase teaches the document about a person: one first named here (learnedName), or a known person's role. */
function learnFromPhrase(s: ActorParts, parts: Match[], learnedName: string | null, ctx: DocContext): void {
  if (learnedName) {
    const lp = learnPerson(ctx, learnedName, s.country, s.sector || 'GOV', null);
    if (s.igo && !s.country) lp.org = s.igo.code;
    s.name = lp.name;
    s.hasHead = true;
  } else if (s.person && parts.length > 1 && (s.sector || s.country)) {
    // A title in the text states the role for this document ("interim President Delcy Rodriguez").
    const titled = parts.some((p) => p.entries.some((e) => e.kind === 'title')) && parts[parts.length - 1]!.entries.some((e) => e.kind === 'person');
    if (titled) {
      const key = s.person.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      ctx.learned.set(key, { name: s.person.name, country: s.country, sector: s.sector, gender: s.person.gender, person: s.person });
    }
  }
}

/** Whether the phrase, a lone place name, is only part of a longer proper name. */
function insideProperName(s: ActorParts, tokens: Token[], parts: Match[], i: number, end: number, learnedName: string | null, cityFirstNames: boolean, particles: Set<string>): boolean {
  // "the South China Sea", "Latin American", "the Panama Canal": a country name inside another proper name
  if (!s.person && !learnedName && !s.igo && parts.length === 1 && parts[0]!.entries.every((e) => e.kind === 'country' || e.kind === 'adj' || e.kind === 'capital' || e.kind === 'city')) {
    const prev = tokens[i - 1];
    const next = tokens[end];
    // (a capitalised word that opens the sentence, after a quote, a bracket or a dateline's dash, "RIYADH (Reuters) -
    //  Senior U.S. and Russian officials", is no part of the name)
    // (not a day or a month: "rejected on Tuesday China's demand")
    if (prev && i > 0 && prev.cap && prev.pos === 'PROPN' && !(i === 1) && !/^["“'(\-—–]$/.test(tokens[i - 2]?.text ?? '') && !CALENDAR_WORD.test(prev.norm)) return true;
    if (next && next.cap && GEO_HEADS.test(next.norm)) return true;
    // ("the port town of Mocimboa da Praia"): after a name particle and a capitalised word
    if (prev && i > 1 && particles.has(prev.norm) && !prev.cap && tokens[i - 2]!.cap && tokens[i - 2]!.pos === 'PROPN') return true;
    // ("Sheikh Meshal al-Ahmad al-Sabah"): after a particle joined to it by a hyphen
    if (i > 1 && innerHyphen(tokens, i - 1) && particles.has(tokens[i - 2]!.norm)) return true;
    // ("Vladimir Jirinovski", "Florencia Peña": a city's name before another capitalised name is a first name, where
    //  the language data says so: references.json cityFirstNames)
    if (cityFirstNames && next && next.cap && next.pos === 'PROPN' && parts[0]!.entries.every((e) => e.kind === 'city') && end - i === 1) return true;
    // ("the Sea of Japan", "the Gulf of Mexico", "the Strait of Hormuz": a feature "of" a country is a place name)
    if (prev?.norm === 'of' && i > 1 && tokens[i - 2]!.cap && SEA_HEADS.test(tokens[i - 2]!.norm)) return true;
  }
  return false;
}

/** Whether the phrase names only an ambiguous name the document does not confirm; otherwise a country it names
 *  unambiguously is recorded as confirmed (ctx.strong). */
function unconfirmedAmbiguous(tokens: Token[], parts: Match[], country: string | null, ctx: DocContext): boolean {
  // "Georgia" alone: the country only if the document names it unambiguously too
  const onlyAmbiguous = parts.every((p) => p.entries.every((e) => e.ambiguous || e.kind === 'sector' || e.kind === 'title'));
  // ("Chad's junta", "Jordan's king": a possessed role word makes the name a country)
  const roleAfterPossessive = parts.length > 1 && tokens[parts[0]!.j]?.norm === "'s" && parts.slice(1).some((p) => p.entries.some((e) => e.kind === 'sector' || e.kind === 'title'));
  if (onlyAmbiguous && !roleAfterPossessive && parts.some((p) => p.entries.some((e) => e.ambiguous)) && !(country && ctx.strong.has(country))) return true;
  if (country && !onlyAmbiguous) ctx.strong.add(country);
  return false;
}

/** The kind of actor the phrase names, by its parts and the word after it (`tokens[end]`). */
function actorKind(s: ActorParts, tokens: Token[], parts: Match[], end: number, learnedName: string | null, pastAsNouns: Set<string> = new Set(), resultatives: Set<string> = new Set()): ActorKind {
  let kind: ActorKind;
  // ("NATO leaders", "EU officials": the people of an organisation with no country are the organisation)
  if (s.igo && (!s.sector || !s.igo.country && !s.country)) kind = 'org';
  else if (s.person || learnedName) kind = 'person';
  else if (s.allModifier) kind = 'modifier';
  else if (parts.length === 1 && parts[0]!.entries.some((e) => e.kind === 'capital' || e.kind === 'seat' || e.kind === 'city') && !parts[0]!.entries.some((e) => e.kind === 'country')) kind = 'place';
  else if (parts.length === 1 && parts[0]!.entries.some((e) => e.kind === 'country')) kind = 'country';
  else kind = 'group';
  if (!s.hasHead && kind !== 'modifier' && kind !== 'country' && kind !== 'place') kind = 'modifier';
  // "the Qatar agreement", "US oil sanctions": a name before a common noun modifies it.
  const nx = tokens[end];
  // (an -ing form after a name or after a plural role word is its participle, a reduced relative: "farm workers
  //  harvesting rice fields")
  const participleNext = !!nx && nx.norm.endsWith('ing') && nx.norm.length > 5;
  if ((kind === 'country' || kind === 'place') && nx && nx.pos === 'NOUN' && !nx.cap && !participleNext && !TIME_NOUNS.test(nx.norm)) kind = 'modifier';
  if ((kind === 'country' || kind === 'place') && nx && nx.norm === '-' && tokens[end + 1] && !tokens[end + 1]!.cap) kind = 'modifier';
  // "military operation", "opposition rallies": a bare role word before a noun modifies it
  // (not before a past form the tagger read as a noun, its verb: "Islamist insurgents shot and beheaded 52 young men")
  // (a word of result may stand between the verb and its object: "Police shot dead two protesters")
  const after = tokens[end + 1] && resultatives.has(tokens[end + 1]!.norm) ? end + 2 : end + 1;
  const verbRead = !!nx && pastAsNouns.has(nx.norm) && /^(CCONJ|DET|NUM|ADP|PROPN|PRON)$/.test(tokens[after]?.pos ?? '');
  const plural = tokens[end - 1]!.norm !== tokens[end - 1]!.lemma;
  if (kind === 'group' && !s.country && !s.person && !learnedName && !s.igo && nx && nx.pos === 'NOUN' && !nx.cap && !TIME_NOUNS.test(nx.norm) && !verbRead && !(plural && participleNext)) kind = 'modifier';
  return kind;
}

/** The actor's CAMEO code ('' when there is none); settles the sector of a place in `s`. */
function actorCode(s: ActorParts, kind: ActorKind, parts: Match[]): string {
  // (a capital or a seat of power stands for the government; another city for the country only)
  const city = kind === 'place' && parts[0]!.entries.every((e) => e.kind === 'city');
  if (city) s.sector = '';
  else if (kind === 'place') s.sector = s.sector || 'GOV';
  // ("Boko Haram gunmen"): the gunmen of an armed group are its fighters, no criminals
  // (and its commanders are its own, no army's: "FARC commander Alfonso Cano")
  if (s.igo && (s.sector === 'CRM' || s.sector === 'MIL') && s.igo.code.endsWith('REB')) s.sector = 'REB';
  if (s.igo) return s.sector && s.country ? s.country + s.sector : s.igo.code;
  if (kind === 'place') return personCode(s.country, s.sector);
  return s.country ? s.country + s.sector : s.sector;
}

/** A country adjective alone after a quantity ("thousands of Sudanese", "dozens of Lebanese") with no noun after it. */
function peopleAdjective(tokens: Token[], parts: Match[], i: number, end: number, rw: References): boolean {
  if (!parts.every((p) => p.entries.some((e) => e.kind === 'adj'))) return false;
  if (!rw.ofPreps.has(tokens[i - 1]?.norm ?? '') || !(rw.quantity.has(tokens[i - 2]?.norm ?? '') || tokens[i - 2]?.pos === 'NUM')) return false;
  // ("thousands of American and Filipino troops": a conjunction leads to the shared noun)
  return !/^(NOUN|PROPN|ADJ|NUM|CCONJ)$/.test(tokens[end]?.pos ?? '') && tokens[end]?.norm !== '-';
}

/** The actor a name phrase (its parts, tokens i..end) names, or null when it names none. */
function composeActor(tokens: Token[], sentence: string, parts: Match[], i: number, end: number, learnedName: string | null, ctx: DocContext): ResolvedActor | null {
  const lex = lexicon(ctx.lang);
  const s: ActorParts = { country: null, countryKind: null, sector: '', sectorFromTitle: false, name: '', person: null, igo: null, hasHead: false, allModifier: true };
  for (let pi = 0; pi < parts.length; pi++) readPart(s, tokens, parts[pi]!, pi === parts.length - 1, learnedName, ctx);
  learnFromPhrase(s, parts, learnedName, ctx);
  if (insideProperName(s, tokens, parts, i, end, learnedName, refWords(ctx.lang).cityFirstNames, refWords(ctx.lang).nameParticles)) return null;
  if (unconfirmedAmbiguous(tokens, parts, s.country, ctx)) return null;
  const start = tokens[i]!.start;
  const endC = tokens[end - 1]!.end;
  let kind = actorKind(s, tokens, parts, end, learnedName, refWords(ctx.lang).pastAsNouns, refWords(ctx.lang).resultatives);
  // ("thousands of Sudanese marched", "hundreds of Lebanese"): an adjective that names a people, after a quantity and
  // with no noun of its own, is that people
  if (kind === 'modifier' && s.country && !s.sector && peopleAdjective(tokens, parts, i, end, refWords(ctx.lang))) { kind = 'group'; s.sector = 'CVL'; }
  // Sector word with no country: the last actor named in that role, else the country in focus.
  const fromContext = false;
  const code = actorCode(s, kind, parts);
  if (!code) return null;
  void sentence; void lex;
  return { code, country: s.country, name: s.name || tokens.slice(i, end).map((t) => t.text).join(' '), start, end: endC, kind, tokStart: i, tokEnd: end, prep: null, possessive: false, sector: s.sector, fromContext, gender: s.person?.gender ?? null };
}

function remember(ctx: DocContext, a: ResolvedActor): void {
  if (a.kind === 'modifier' && !a.country) return;
  if (a.country) {
    const idx = ctx.countries.indexOf(a.country);
    if (idx >= 0) ctx.countries.splice(idx, 1);
    ctx.countries.push(a.country);
    ctx.mentions.set(a.country, (ctx.mentions.get(a.country) ?? 0) + 1);
    if (!(a.prep && refWords(ctx.lang).locative.has(a.prep))) {
      const parties = (ctx.parties ??= []);
      const at = parties.indexOf(a.country);
      if (at >= 0) parties.splice(at, 1);
      parties.push(a.country);
    }
  }
  if (a.kind === 'modifier') return;
  if (a.sector && a.country) ctx.lastBySector.set(a.sector, a);
  ctx.seenAt.set(a, [ctx.sentenceNo, ctx.paragraphNo]);
  if (a.kind === 'person') {
    ctx.lastPerson.any = a;
    const after = (ctx.unknownAfter ??= { m: false, f: false });
    if (a.gender === 'm') { ctx.lastPerson.m = a; after.m = false; }
    else if (a.gender === 'f') { ctx.lastPerson.f = a; after.f = false; }
    else if (!a.fromContext) { after.m = true; after.f = true; }
  }
  ctx.recent.push(a);
  if (ctx.recent.length > 30) ctx.recent.shift();
}

function seqAt(tokens: Token[], i: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.norm !== seq[k]) return false;
  return true;
}

/** "Thousands marched in Cairo", "killed dozens": a bare plural quantity as a verb's subject or object is people —
 *  civilians whose country the sentence or the document gives. */
function crowdAt(tokens: Token[], i: number, rw: References): ResolvedActor | null {
  const t = tokens[i]!;
  if (!rw.quantity.has(t.norm) || !/s$/.test(t.norm) || tokens[i + 1]?.norm === 'of') return null;
  const next = tokens[i + 1]?.pos ?? '', prev = tokens[i - 1]?.pos ?? '';
  if (!/^(VERB|AUX|ADV)$/.test(next) && prev !== 'VERB') return null;
  if (/^(DET|NUM|ADJ)$/.test(prev)) return null;
  return { code: 'CVL', country: null, name: t.text, start: t.start, end: t.end, kind: 'group', tokStart: i, tokEnd: i + 1, prep: null, possessive: false, sector: 'CVL', contextOk: false };
}

/** Short references: "the country", "the two countries", "both parties", pronouns. */
function referenceAt(tokens: Token[], i: number, ctx: DocContext, rw: ReturnType<typeof refWords>, before: ResolvedActor[] = []): ResolvedActor | null {
  const t = tokens[i]!;
  const objectForm = rw.objectPronouns.get(t.norm);
  const pr = rw.pronouns.get(t.norm) ?? objectForm;
  // (most tokens start no reference phrase and are no pronoun: answered before the helper below is made, as this is
  //  asked of every token that starts no name)
  if (!pr && !rw.refFirst.has(t.norm)) return null;
  // ("accusing them of …", "calling it …"): an object refers to no subject of its sentence
  // (an "it" that ends its clause, "the constitution forbids it", is a thing or an act more often than a party)
  const object = !!objectForm || pr === 'it' && tokens[i - 1]?.pos === 'VERB' && /^(ADP|PART)$/.test(tokens[i + 1]?.pos ?? '');
  const mk = (src: ResolvedActor | null, len: number, code?: string, country?: string | null): ResolvedActor | null => {
    if (!src && !code) return null;
    const a: ResolvedActor = {
      code: code ?? src!.code, country: country !== undefined ? country : src!.country, name: src?.name ?? (country ? lexicon(ctx.lang).countryName.get(country) ?? country : ''),
      start: t.start, end: tokens[i + len - 1]!.end, kind: 'reference', tokStart: i, tokEnd: i + len, prep: null, possessive: false, sector: src?.sector ?? '', fromContext: true,
    };
    const p = i - 1;
    a.prep = p >= 0 && rw.preps.has(tokens[p]!.norm) ? tokens[p]!.norm : null;
    a.possessive = tokens[i + len]?.norm === "'s";
    return a;
  };
  if (rw.refFirst.has(t.norm)) for (const seq of rw.pairRefs) {
    // (the two parties named last: "Pakistan and Afghanistan held talks in Doha. The two sides agreed …" — Qatar is
    //  the place, no side)
    //  and a pair named together in the last three sentences is the pair meant, whatever was named after it:
    //  "… held talks in Doha. The two sides agreed …, Qatar's foreign ministry said. The two countries also signed …")
    const named = (ctx.parties?.length ?? 0) >= 2 ? ctx.parties! : ctx.countries;
    const pair = ctx.lastPair && ctx.sentenceNo - ctx.lastPair.sentenceNo <= 3 ? ctx.lastPair.countries : null;
    if (seqAt(tokens, i, seq) && (pair || named.length >= 2)) {
      const [c1, c2] = pair ?? named.slice(-2) as [string, string];
      ctx.lastPair = { countries: [c1, c2], sentenceNo: ctx.sentenceNo };
      const m1 = mk(null, seq.length, c1, c1)!; const m2 = mk(null, seq.length, c2, c2)!;
      const a = mk(null, seq.length, c1, c1)!;
      a.kind = 'compound'; a.members = [m1, m2]; a.name = `${m1.name} and ${m2.name}`;
      return a;
    }
  }
  if (rw.refFirst.has(t.norm)) for (const seq of rw.countryRefs) {
    if (seqAt(tokens, i, seq) && ctx.countries.length) {
      const c = ctx.countries[ctx.countries.length - 1]!;
      return mk(null, seq.length, c, c);
    }
  }
  // ("Houthi rebels have fired missiles at Israel. On Sunday the group seized a cargo ship"): "the group", "the bloc"
  // is the organisation of its class named last — in the sentence before it, else in the paragraph or the two
  // sentences before; none there, no referent
  if (rw.refFirst.has(t.norm) && rw.orgRefSecond.has(tokens[i + 1]?.norm ?? '')) for (const [seq, classes] of rw.orgRefs) {
    if (!seqAt(tokens, i, seq) || tokens[i + seq.length]?.pos === 'NOUN' || tokens[i + seq.length]?.pos === 'PROPN') continue;
    // (an armed group may be named by a role phrase: "al Shabaab militants")
    const fits = (a: ResolvedActor) => (a.kind === 'org' || a.kind === 'reference' || a.kind === 'group' && orgClass(a) === 'armed') && classes.has(orgClass(a) ?? '');
    const near = (a: ResolvedActor) => { const at = ctx.seenAt.get(a); return !!at && (at[1] === ctx.paragraphNo || ctx.sentenceNo - at[0] <= 2); };
    const ante = [...before].reverse().find(fits) ?? [...ctx.recent].reverse().find((a) => fits(a) && near(a));
    return ante ? mk(ante, seq.length) : null;
  }
  // ("Erdogan told Putin …, and urged him to declare a ceasefire"): an object "him" is a man named before it in its
  // sentence who is not its verb's subject; none named there, no referent (in news prose "him" is mostly someone the
  // lists do not name)
  if (objectForm && pr === 'm' && t.pos === 'PRON') {
    const own = [...before].reverse().find((a) => isSubjectOf(tokens, a));
    const man = [...before].reverse().find((a) => a !== own && a.kind === 'person' && a.gender !== 'f' && !a.possessive && (!!a.country || /^(IGO|NGO|IMG)/.test(a.code)));
    return man ? mk(man, 1) : null;
  }
  if (pr && (t.pos === 'PRON' || t.pos === 'DET')) {
    // ("Polish Foreign Minister X (gender unknown) … He will travel"): a person of unknown gender named after the
    // last man or woman makes "he"/"she" ambiguous; no referent rather than the wrong, earlier one
    // (unless that person was named just before, in this sentence or the one before: "Ekrem Imamoglu was detained … He
    //  denied the charges" — the referent a reader takes)
    if ((pr === 'm' || pr === 'f') && ctx.unknownAfter?.[pr]) {
      // (but not when a man, for "he", was named there too: then it is ambiguous)
      const last = ctx.lastPerson.any;
      const seen = last ? ctx.seenAt.get(last)?.[0] : undefined;
      const known = ctx.lastPerson[pr];
      const knownSeen = known ? ctx.seenAt.get(known)?.[0] : undefined;
      const rival = knownSeen !== undefined && ctx.sentenceNo - knownSeen <= 1;
      return last && !last.gender && !rival && seen !== undefined && ctx.sentenceNo - seen <= 1 ? mk(last, 1) : null;
    }
    if (pr === 'f' && ctx.lastPerson.f) return mk(ctx.lastPerson.f, 1);
    if (pr === 'm' && ctx.lastPerson.m) return mk(ctx.lastPerson.m, 1);
    // "Serbia's president said he …": an untitled office holder named by role only
    if ((pr === 'm' || pr === 'f') && !ctx.lastPerson[pr]) {
      const subj = before.find((a) => a.prep === null && !a.possessive && a.kind === 'group' && a.country && !pluralActor(a)) ?? (before.length ? null : ctx.prevSubject);
      if (subj && subj.kind === 'group' && subj.country && !pluralActor(subj) && /^(GOV|MIL|OPP|JUD|LEG)$/.test(subj.sector)) return mk(subj, 1);
    }
    if (pr === 'it' || pr === 'they') {
      const ante = object ? objectAntecedent(tokens, pr, before) : pronounAntecedent(tokens, i, ctx, pr, rw, before);
      if (ante) {
        const a = mk(ante, 1)!;
        if (ante.kind === 'compound' && ante.members) { a.kind = 'compound'; a.members = ante.members; }
        return a;
      }
    }
  }
  return null;
}

/** The class of an organisation for references.json orgRefs: an armed group, a non-governmental or an
 *  intergovernmental organisation; null for others. */
function orgClass(a: ResolvedActor): string | null {
  if (a.sector === 'REB' || /^[A-Z]{3}REB/.test(a.code) || a.code.startsWith('IMG')) return 'armed';
  if (a.code.startsWith('NGO')) return 'ngo';
  if (a.code.startsWith('IGO')) return 'igo';
  return null;
}

/** An actor named with no preposition right before a verb: the subject of that verb. */
function isSubjectOf(tokens: Token[], a: ResolvedActor): boolean {
  return a.prep === null && /^(VERB|AUX)$/.test(tokens[a.tokEnd]?.pos ?? '');
}

/** The referent of an object "it"/"them": the nearest actor before it in the sentence that is of a fitting kind and
 *  is no subject (no verb right after it), or null. */
function objectAntecedent(tokens: Token[], pr: string, before: ResolvedActor[]): ResolvedActor | null {
  // (only the subject of the pronoun's own verb — the last subject before it — is excluded: "Ukraine said Russia
  //  attacked it" is Ukraine)
  const own = [...before].reverse().find((a) => isSubjectOf(tokens, a)) ?? before.find((a) => a.prep === null && a.kind !== 'modifier');
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k]!;
    if (a === own || a.kind === 'person' || a.kind === 'modifier' || a.possessive || !a.country && !a.sector && !/^(IGO|NGO|IMG)/.test(a.code)) continue;
    // (an object "it" is mostly a thing or an act, "the constitution forbids it": only a country or an organisation)
    const fits = pr === 'it' ? a.kind === 'country' || a.kind === 'org' && !pluralActor(a) : pluralActor(a) || a.kind === 'org';
    if (fits) return a;
  }
  return null;
}

/** A plural role word ("troops", "officials", "rebels"): a "they", not an "it". */
function pluralActor(a: ResolvedActor): boolean {
  if (a.kind === 'compound') return true;
  if (a.kind !== 'group' && a.kind !== 'org') return false;
  const last = a.name.trim().split(/\s+/).pop()!.toLowerCase();
  // (collective nouns are plural too: "the police said they …")
  return /[^su]s$/.test(last) || a.kind === 'org' && /s$/.test(last) || /^(police|military|personnel|staff|people|clergy|army)$/.test(last) && a.kind === 'group';
}

/** "it" / "they" → the last named actor of a fitting kind (not a person; "it" singular, "they" plural first).
 *  An expletive "it" ("it is unclear whether", "it was not immediately clear") resolves to nothing. */
function pronounAntecedent(tokens: Token[], i: number, ctx: DocContext, pr: string, rw: ReturnType<typeof refWords>, before: ResolvedActor[]): ResolvedActor | null {
  if (pr === 'it') {
    const nx = tokens[i + 1];
    if (!nx || nx.pos === 'PUNCT') return null;
    if (rw.expletive.has(nx.norm)) {
      // "it is unclear / it was time / it remains to be seen / it will take": the next content word is not a verb
      let k = i + 2;
      while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'AUX' || tokens[k]!.norm === 'not')) k++;
      if (tokens[k]?.pos !== 'VERB' || /^(expected|believed|thought|said|reported|feared|hoped|understood|likely|seen)$/.test(tokens[k]?.norm ?? '')) return null;
    }
    if (tokens[i - 1] && /^(of|make|made|makes|making|find|found|consider|considered|take|took)$/.test(tokens[i - 1]!.norm)) return null;
  }
  const fits = (a: ResolvedActor | null | undefined): a is ResolvedActor => {
    if (!a || a.kind === 'person' || a.kind === 'modifier') return false;
    if (!a.country && !/^(IGO|NGO|IMG)/.test(a.code)) return false;
    if (pr === 'it') return a.kind === 'country' || a.kind === 'place' || (a.kind === 'org' || a.kind === 'group') && !pluralActor(a) || a.kind === 'reference' && !a.members;
    return pluralActor(a) || a.kind === 'org'; // "the Taliban … they", "Hamas … they"
  };
  // salience: the subject of this sentence ("Pakistan said it …"), then the previous sentence's subject, then recency
  const subjHere = before.find((a) => a.prep === null && !a.possessive && a.kind !== 'modifier');
  // (a named body of unknown country, "Hochwald Bank said it …", is the antecedent too: nothing to resolve to)
  if (subjHere) { if (fits(subjHere)) return subjHere; if ((subjHere as ResolvedActor).foreign) return null; }
  else if (fits(ctx.prevSubject)) return ctx.prevSubject;
  // (only as far back as the sentence before the previous one: a "they" long after the last plural actor named
  //  is about someone the resolver did not recognise)
  for (let k = ctx.recent.length - 1; k >= 0 && k >= ctx.recent.length - 8; k--) {
    const a = ctx.recent[k]!;
    if (ctx.sentenceNo - (ctx.seenAt.get(a)?.[0] ?? ctx.sentenceNo) > 2) break;
    if (fits(a)) return a;
  }
  return null;
}

/** "Venezuela and the United States" → one compound actor with two members. */
/** Sectors of parties that are not the state they belong to. */
const NON_STATE = new Set(['REB', 'OPP', 'INS']);

function mergeCompounds(actors: ResolvedActor[], tokens: Token[], sentence: string, rw: References): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    const b = actors[k + 1];
    // "American and Iranian negotiators": the first adjective shares the second one's role
    if (b && a.kind === 'modifier' && a.country && b.kind === 'group' && b.country && b.tokStart === a.tokEnd + 1 && rw.conj.has(tokens[a.tokEnd]!.norm) && a.country !== b.country) {
      const first: ResolvedActor = { ...a, kind: 'group', sector: b.sector, code: a.country + b.sector };
      out.push({ ...first, kind: 'compound', members: [first, b], end: b.end, tokEnd: b.tokEnd, name: `${a.name} and ${b.name}`, possessive: b.possessive });
      k++;
      continue;
    }
    // (two parties of one country too when their roles differ: "Sudan's army and the Rapid Support Forces",
    //  "Colombia's government and the ELN"; not "Maduro and his government")
    // (an armed group of the country is a party of its own: its code differs even where it carries no sector)
    const role = (x: ResolvedActor) => !!x.sector || x.kind === 'org';
    // (two people of one country in different roles too: "President Salva Kiir and rebel leader Riek Machar")
    // (a state and a non-state party of its own: "Colombia and the ELN rebels", "Syria and the opposition")
    // (an armed group named by its own name is one too, whatever sector it carries: "Colombia and the ELN")
    const stateAndOther = !!b && a.kind === 'country' && b.kind !== 'person' && (NON_STATE.has(b.sector ?? '') || b.kind === 'org' && b.country === a.country && /^[A-Z]{3}REB/.test(b.code));
    const distinct = !!b && (a.country !== b.country || stateAndOther || role(a) && role(b) && a.code !== b.code && (a.kind !== 'person' && b.kind !== 'person' || a.kind === 'person' && b.kind === 'person'));
    // ("Tshisekedi and his Rwandan counterpart Paul Kagame": an owner word between, for a party of another country)
    // (or adjectives, hyphenated ones too: "Saudi Arabia and nuclear-armed Pakistan")
    const gap = b ? tokens.slice(a.tokEnd + 1, b.tokStart) : [];
    // (numbers too, before a bare role of the first one's country: "the government and 14 armed groups", "the
    //  government and former rebel movement Renamo")
    const described = gap.length > 0 && gap.length <= 4 && gap.every((t, k) => t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === '-' || k > 0 && gap[k - 1]!.norm === '-');
    const bareRole = !!b && !b.country && !!b.sector && b.kind === 'group' && !b.foreign;
    const owned = !!b && (b.tokStart === a.tokEnd + 2 && rw.pairOwners.has(tokens[a.tokEnd + 1]!.norm) || described) && !!a.country && (!!b.country && a.country !== b.country || described && bareRole && a.kind !== 'person');
    if (b && a.kind !== 'modifier' && b.kind !== 'modifier' && (b.tokStart === a.tokEnd + 1 || owned) && rw.conj.has(tokens[a.tokEnd]!.norm) && distinct && !a.possessive) {
      // ("Venezuela's government and opposition", "the Egyptian government and army": a bare role after the
      //  conjunction shares the first one's country)
      const second = !b.country && b.sector && a.country && !a.fromContext && !b.foreign && a.kind !== 'person' && b.kind === 'group' ? { ...b, country: a.country, code: a.country + b.sector } : b;
      const c: ResolvedActor = { ...a, kind: 'compound', members: [a, second], end: b.end, tokEnd: b.tokEnd, name: `${a.name} and ${b.name}`, possessive: b.possessive };
      out.push(c);
      k++;
      continue;
    }
    out.push(a);
  }
  // "France, Germany and Italy": a list head before a compound joins it (right to left, so longer lists grow)
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    // (a head after a preposition heads the list too, "talks with Germany, France and Italy", "supplied by the United
    //  States, Germany and the Netherlands", unless the list is a clause's subject: "In a letter to the UN, Russia and
    //  China said …"; references.json listPreps)
    const prepHead = a.prep !== null && rw.listPreps.has(a.prep) && (rw.agentPreps.has(a.prep) || !/^(VERB|AUX)$/.test(tokens[b.tokEnd]?.pos ?? ''));
    if (b.kind !== 'compound' || !b.members || a.kind === 'modifier' || a.kind === 'compound' || a.kind === 'reference' || a.possessive || a.prep !== null && !prepHead) continue;
    if (tokens[a.tokEnd]?.norm !== ',' || b.tokStart !== a.tokEnd + 1 || b.members.some((m) => m.country === a.country)) continue;
    if (b.members.length === 2 && !rw.conj.has(tokens[b.members[0]!.tokEnd]?.norm ?? '') && tokens[b.members[0]!.tokEnd]?.norm !== ',') continue;
    out.splice(k, 2, { ...b, code: a.code, country: a.country, members: [a, ...b.members], start: a.start, tokStart: a.tokStart, name: `${a.name}, ${b.name}`, prep: a.prep });
  }
  void sentence;
  return out;
}

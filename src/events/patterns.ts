// Compiles a language's curated verb and noun pattern files (data/events/<lang>/*.json) into matchers indexed by trigger
// word, and reads its modality words. Loaders only: language.ts keeps one bundle per language.
import { readData } from '../util/data.js';
import { dataWord } from './lexicon.js';

export type Element =
  | { kind: 'words'; alts: string[][]; optional: boolean }
  | { kind: 'gap' }
  | { kind: 'target' };

export interface Pattern {
  code: string;
  source: string;
  /** Alternatives of the trigger (each a word sequence; the first word is the indexed lemma). */
  trigger: string[][];
  rest: Element[];
  /** Literal words: more = more specific. */
  weight: number;
  hasTarget: boolean;
  nominal: boolean;
  /** A mutual act ([062:062] in the dictionary): the event holds both ways. */
  mutual?: boolean;
  /** The dictionary's event runs target → source ([:173]: "appeared before the court"). */
  swap?: boolean;
  /** From the field's dictionary (dictmatch.ts), under the curated patterns. */
  dictionary?: boolean;
  /** The pattern holds only for a subject of one of these sectors (verbs.json bySubjectSector: troops "left Kabul"). */
  subjectSectors?: string[];
  /** A generic pattern (verbs.json fallbackPatterns): it stands only when nothing more specific is coded after it. */
  fallback?: boolean;
}

export interface PatternSet {
  byTrigger: Map<string, Pattern[]>;
  /** byTrigger's verb ("v:word") and noun ("n:word") entries under the bare word: the coder looks a token up without
   *  building a prefixed key string at every token. */
  verbTriggers: Map<string, Pattern[]>;
  nounTriggers: Map<string, Pattern[]>;
  sym: Set<string>;
  /** Trigger verbs whose target must be the actor right after them (no "X of/in Y" object reached through a noun). */
  actorObject: Set<string>;
  /** Code → code when an active verb's target is a country or a place ("withdrew from Lebanon": 166 → 087). */
  fromPlace: Map<string, string>;
  /** Nouns naming what a violent nominal event hit ("the embassy bombings"): not its agent. */
  patientHeads: Set<string>;
  /** People whose demand told in a participle right after them is a protest (nouns.json protesterNouns). */
  protesterNouns: Set<string>;
  /** Words that name a protest (nouns.json protestWords). */
  protestWords: Set<string>;
  /** Word sequences naming a bombing's weapon, longest first, with the bombing's code ("suicide bomber" → 1831). */
  attackWeapons: { words: string[]; code: string }[];
  /** Weapons of mass destruction whose use force in their clause is (nouns.json massWeapons). */
  massWeapons: { words: string[]; code: string }[];
  /** Words that make a weapon named after them the act's cause (nouns.json massWeaponsCauses). */
  massWeaponsCauses: Set<string>;
  /** Things carried (word → code) and sectors of people who carry aid (sector → code): a journey with such a subject
   *  is a delivery ("Chinese aid arrived in Nepal"). */
  cargo: Map<string, string>;
  cargoSectors: Map<string, string>;
  /** Words that, right after the trigger of a pattern with no "+", refer to an act of the sentence, not an actor
   *  ("calling it an inhumane act"): its target is that act's doer. */
  actReferences: Set<string>;
  /** Verbs of command: a command to the speaker's own state is no demand ("ordered the army to …"). */
  commands: Set<string>;
  /** Verbs of a journey: with a traveller of codes.json travellers as subject, no visit. */
  journeyVerbs: Set<string>;
  /** Verbs whose person object of another country makes them the hosting of a visit (verbs.json hosting). */
  hosting: Set<string>;
  /** Codes of concessions to the people, stated only with one of the context words in the sentence. */
  concessions: { codes: Set<string>; context: Set<string> };
  /** Code → code of a compound subject's act with no target: done together ("A and B held exercises": 062). */
  joint: Map<string, string>;
  /** Triggers whose patterns of these roots state their event only with one of these clitics right before them
   *  ("se manifestaron": a protest; "manifestó su apoyo": no protest). */
  needsClitic: Map<string, { clitics: Set<string>; roots: string[]; intransitive: boolean }>;
  /** Roots of acts aimed at the actor's own government when no target is named (protests). */
  ownGovernmentRoots: string[];
  /** A protest noun aimed at a state organ of a country, with no agent named, is by that country's people
   *  ("las protestas contra el gobierno ecuatoriano"). */
  protestByPeople: boolean;
  /** A protest noun with no agent and no target named is by the people of the place the sentence names, else of the
   *  country the document is about (nouns.json protestAtHome). */
  protestAtHome: boolean;
  /** The prepositions of what a protest is against ("against", "contra"): a country after one is its target, not the
   *  protesters' place (nouns.json againstPreps; default "against"). */
  againstPreps: Set<string>;
  /** Sectors of state employees whose protest (demonstration, strike, blockade) is aimed at their own government
   *  (nouns.json protestByStaff: police, soldiers), unlike the acts of the state itself. */
  protestByStaff: Set<string>;
}

function parseElement(w: string): Element {
  if (w === '*') return { kind: 'gap' };
  if (w === '+') return { kind: 'target' };
  const optional = w.endsWith('?');
  const body = optional ? w.slice(0, -1) : w;
  return { kind: 'words', alts: body.split('|').map((a) => a.split('_').map((x) => dataWord(x))), optional };
}

export function compilePattern(code: string, src: string, nominal: boolean): Pattern {
  const words = src.trim().split(/\s+/);
  const first = parseElement(words[0]!);
  if (first.kind !== 'words') throw new Error(`pattern must start with a word: ${src}`);
  const rest = words.slice(1).map(parseElement);
  let weight = 0;
  for (const e of rest) if (e.kind === 'words') weight += e.optional ? 0.5 : 1 + (e.alts[0]!.length - 1) * 0.5;
  weight += Math.max(...first.alts.map((a) => a.length)) - 1;
  return { code, source: src, trigger: first.alts, rest, weight, hasTarget: rest.some((e) => e.kind === 'target'), nominal };
}

function index(files: { patterns: Record<string, string[]> }, nominal: boolean, into: Map<string, Pattern[]>, swap = false, subjectSectors?: string[]): void {
  for (const [code, list] of Object.entries(files.patterns)) {
    for (const src of list) {
      const p = { ...compilePattern(code, src, nominal), ...(swap ? { swap: true } : {}), ...(subjectSectors ? { subjectSectors } : {}) };
      const triggerBonus = Math.max(...p.trigger.map((a) => a.length)) - 1;
      for (const alt of p.trigger) {
        // one entry per trigger alternative, weighted by its own length ("kick out" vs "expel")
        const one: Pattern = { ...p, trigger: [alt], weight: p.weight - triggerBonus + (alt.length - 1) * 0.5 };
        const key = (nominal ? 'n:' : 'v:') + alt[0]!;
        const l = into.get(key) ?? [];
        l.push(one);
        into.set(key, l);
      }
    }
  }
}

interface SynonymsFile { verbs: Record<string, string[]>; nouns: Record<string, string[]>; words: Record<string, string[]>; pastForms?: Record<string, string> }

/** A trigger synonym behaves like its canonical lemma: every pattern triggered by the canonical lemma is cloned
 *  under the synonym (slightly lighter, so that the synonym's own patterns win a tie). */
function addSynonyms(classes: Record<string, string[]>, prefix: string, into: Map<string, Pattern[]>): void {
  for (const [canon, syns] of Object.entries(classes)) {
    const base = (into.get(prefix + canon) ?? []).filter((p) => p.trigger[0]![0] === canon);
    for (const syn of syns) {
      const words = dataWord(syn).split('_');
      const key = prefix + words[0]!;
      const l = into.get(key) ?? [];
      for (const p of base) {
        if (l.some((q) => q.code === p.code && q.source === p.source)) continue;
        l.push({ ...p, trigger: [[...words, ...p.trigger[0]!.slice(1)]], weight: p.weight - 0.05 + (words.length - 1) * 0.5 });
      }
      if (l.length) into.set(key, l);
    }
  }
}

/** Word → the canonical pattern words it may stand for ("howitzers" → weapons, "detain" → arrest). */
export function loadWordClasses(lang: string): Map<string, Set<string>> {
  const syn = readData<SynonymsFile>(`events/${lang}/synonyms.json`);
  const m = new Map<string, Set<string>>();
  for (const classes of [syn.words, syn.verbs, syn.nouns]) {
    for (const [canon, words] of Object.entries(classes)) {
      if (canon.includes('_')) continue;
      for (const w of words) {
        if (w.includes('_')) continue;
        const k = dataWord(w);
        const set = m.get(k) ?? new Set<string>();
        set.add(dataWord(canon));
        m.set(k, set);
      }
    }
  }
  return m;
}

/** Irregular past form → lemma ("shot" → shoot), for verbs the tagger mistook for nouns. */
export function loadPastForms(lang: string): Map<string, string> {
  return new Map(Object.entries(readData<SynonymsFile>(`events/${lang}/synonyms.json`).pastForms ?? {}).map(([k, v]) => [dataWord(k), dataWord(v)]));
}

export function loadPatterns(lang: string): PatternSet {
  const verbs = readData<{ sym: string[]; actorObject?: string[]; fromPlace?: Record<string, string>; cargo?: Record<string, string[]>; cargoSectors?: Record<string, string>; actReferences?: string[]; commands?: string[]; journeyVerbs?: string[]; hosting?: string[]; fallbackPatterns?: string[]; concessions?: { codes: string[]; context: string[] }; joint?: Record<string, string>; reversed?: Record<string, string[]>; bySubjectSector?: Record<string, Record<string, string[]>>; needsClitic?: Record<string, { clitics: string[]; roots: string[]; intransitive?: boolean }>; ownGovernmentRoots: string[]; patterns: Record<string, string[]> }>(`events/${lang}/verbs.json`);
  const nouns = readData<{ attackWeapons?: Record<string, string[]>; massWeapons?: Record<string, string[]>; massWeaponsCauses?: string[]; patientHeads?: string[]; protesterNouns?: string[]; protestWords?: string[]; protestByPeople?: boolean; protestAtHome?: boolean; againstPreps?: string[]; protestByStaff?: string[]; patterns: Record<string, string[]> }>(`events/${lang}/nouns.json`);
  const syn = readData<SynonymsFile>(`events/${lang}/synonyms.json`);
  const byTrigger = new Map<string, Pattern[]>();
  index(verbs, false, byTrigger);
  // (patterns whose subject is the target and whose "+" the source: "received a loan from the IMF")
  if (verbs.reversed) index({ patterns: verbs.reversed }, false, byTrigger, true);
  // (patterns that hold for a subject of some sectors only: "the last U.S. troops left Afghanistan")
  for (const [sectors, patterns] of Object.entries(verbs.bySubjectSector ?? {})) index({ patterns }, false, byTrigger, false, sectors.split('|'));
  index(nouns, true, byTrigger);
  addSynonyms(syn.verbs, 'v:', byTrigger);
  addSynonyms(syn.nouns, 'n:', byTrigger);
  // (a generic pattern, verbs.json fallbackPatterns, is tried after every other pattern of its trigger: "agreed to"
  //  after "agree * ceasefire")
  const fallback = new Set(verbs.fallbackPatterns ?? []);
  for (const l of byTrigger.values()) for (const p of l) if (fallback.has(p.source)) p.fallback = true;
  // (at equal weight, a pattern held for its subject's sector first: "Tigrayan forces handed over their heavy weapons")
  for (const l of byTrigger.values()) l.sort((a, b) => Number(!!a.fallback) - Number(!!b.fallback) || b.weight - a.weight || Number(b.hasTarget) - Number(a.hasTarget) || Number(!!b.subjectSectors) - Number(!!a.subjectSectors));
  const verbTriggers = new Map<string, Pattern[]>(), nounTriggers = new Map<string, Pattern[]>();
  for (const [k, l] of byTrigger) {
    if (k.startsWith('v:')) verbTriggers.set(k.slice(2), l);
    else if (k.startsWith('n:')) nounTriggers.set(k.slice(2), l);
  }
  return {
    byTrigger, verbTriggers, nounTriggers, sym: new Set(verbs.sym), actorObject: new Set((verbs.actorObject ?? []).map(dataWord)), fromPlace: new Map(Object.entries(verbs.fromPlace ?? {})), patientHeads: new Set((nouns.patientHeads ?? []).map(dataWord)), protesterNouns: new Set((nouns.protesterNouns ?? []).map(dataWord)), protestWords: new Set((nouns.protestWords ?? []).map(dataWord)),
    attackWeapons: Object.entries(nouns.attackWeapons ?? {}).flatMap(([code, phrases]) => phrases.map((ph) => ({ words: ph.split(' ').map(dataWord), code }))).sort((a, b) => b.words.length - a.words.length),
    massWeaponsCauses: new Set((nouns.massWeaponsCauses ?? []).map(dataWord)),
    massWeapons: Object.entries(nouns.massWeapons ?? {}).flatMap(([code, phrases]) => phrases.map((ph) => ({ words: ph.split(' ').map(dataWord), code }))).sort((a, b) => b.words.length - a.words.length),
    needsClitic: new Map(Object.entries(verbs.needsClitic ?? {}).map(([k, v]) => [dataWord(k), { clitics: new Set(v.clitics.map(dataWord)), roots: v.roots, intransitive: v.intransitive === true }])),
    ownGovernmentRoots: verbs.ownGovernmentRoots,
    protestByPeople: nouns.protestByPeople === true,
    protestAtHome: nouns.protestAtHome === true,
    againstPreps: new Set((nouns.againstPreps ?? ['against']).map(dataWord)),
    protestByStaff: new Set(nouns.protestByStaff ?? []),
    cargo: new Map(Object.entries(verbs.cargo ?? {}).flatMap(([code, words]) => words.map((w) => [dataWord(w), code] as [string, string]))),
    cargoSectors: new Map(Object.entries(verbs.cargoSectors ?? {})),
    actReferences: new Set((verbs.actReferences ?? []).map(dataWord)),
    commands: new Set((verbs.commands ?? []).map(dataWord)),
    journeyVerbs: new Set((verbs.journeyVerbs ?? []).map(dataWord)),
    hosting: new Set((verbs.hosting ?? []).map(dataWord)),
    concessions: { codes: new Set(verbs.concessions?.codes ?? []), context: new Set((verbs.concessions?.context ?? []).map(dataWord)) },
    joint: new Map(Object.entries(verbs.joint ?? {})),
  };
}

export interface Modality {
  negation: string[][];
  intent: string[][];
  threat: string[][];
  refusal: string[][];
  speculative: string[][];
  conditional: string[][];
  reversal: string[][];
  /** Ordinals whose noun phrase before an infinitive makes it an act performed ("the first … to visit"). */
  ordinalInfinitive: Set<string>;
  /** Verbs whose "to"-infinitive is an act performed ("voted to suspend", "managed to free"). */
  implicative: string[][];
  /** Verbs of a crowd assembling whose purpose infinitive of one of `assemblyRoots` is performed by assembling
   *  ("thousands gathered in Rabat to protest against the government"; modality.json assembly). */
  assembly: Set<string>;
  assemblyRoots: Set<string>;
  /** Adverbs of habit or standing state ("currently buys", "still recognizes"): no event. */
  habitual: string[][];
  /** Words ending a clause's verb group whose participle complement elaborates it (", targeting …"). */
  elaboration: Set<string>;
  /** Verbs of expectation ("expects that X will …"): the future they govern is a prediction. */
  predictive: Set<string>;
  /** Adjectives of expectation before a clause: what it says is predicted (modality.json predictiveAdjectives). */
  predictiveAdjectives: Set<string>;
  /** Causes that are no political act (modality.json apoliticalCauses). */
  apoliticalCauses: Set<string>;
  clauseBreaks: Set<string>;
  reporting: Set<string>;
  /** The people voting (modality.json electorate) and the ballots they vote in (ballots). */
  electorate: Set<string>; ballots: Set<string>;
  /** Words of a journey made for one's health (modality.json medicalPurposes): no visit. */
  medicalPurposes: Set<string>;
  /** Phrases that put a meeting on a schedule (modality.json schedules). */
  schedules: string[][];
  /** Phrases counting time from an act recalled (modality.json anniversaries). */
  anniversaries: string[][];
  /** Verbs whose nominal object is asked for, not done ("called for Israel's withdrawal"). */
  demanded: string[][];
  /** A trigger followed by these words, "to" and a verb is an auxiliary of the future ("going to tell"), no act. */
  auxiliary: string[][];
  /** Modals that make an indefinite nominal event of their clause hypothetical ("will respond to an attack"). */
  hypothetical: Set<string>;
  /** The modals that make a bare nominal event (no article) hypothetical ("air strikes could harm relations"). */
  hypotheticalBare: Set<string>;
  /** Superlatives of least degree: "the tiniest incursion" is any incursion (modality.json hypotheticalDegree). */
  hypotheticalDegree: Set<string>;
  /** Verbs whose nominal object is the actor's intent ("seeks talks"): intent mode (root 03). */
  soughtNominal: string[][];
  /** Prepositions whose -ing complement is a topic, not an act ("talk about killing X"). */
  topic: Set<string>;
  /** Verbs whose -ing complement is an allegation ("accused of killing"). */
  allegation: Set<string>;
  /** Verbs whose "that" clause is what someone must do, not what was done ("demanded that Israel allow aid"). */
  mandative: Set<string>;
  /** Nouns whose "that" clause is what someone proposes or demands ("a proposal that Russia withdraw"). */
  mandativeNouns: Set<string>;
  /** Words of purpose ("para", "a fin de") whose bare infinitive of a purposeRoots code is an act performed: a
   *  protest made by the act it is the purpose of ("bloquearon rutas para protestar"). */
  purpose: string[][];
  purposeRoots: Set<string>;
  /** Modals with which an actor speaks of its own possible hostile act: a threat when the actor says it. */
  ownPossibility: string[][];
  /** Intents that, in the pluperfect, did not come about ("had hoped to challenge"), and the pluperfect auxiliary. */
  unrealisedIntent: string[][]; pluperfect: Set<string>;
  /** Verbs whose -ing object is opposed or avoided, not done ("oppose sending weapons"). */
  gerundGovernors: Set<string>;
  /** Modals of a main clause after an opening condition ("If elected, Trump would impose …"). */
  counterfactual: Set<string>;
  /** Verbs whose "from" + -ing complement is kept from happening ("banned women from attending"). */
  preventive: Set<string>;
  /** Verbs that undo the act they govern ("cancelled talks", "the meeting was cancelled"). */
  cancellation: string[][];
  /** Phrases saying that a nominal event, their subject, did not happen ("did not take place"). */
  nonOccurrence: string[][];
  /** Words before a nominal event that make it one not yet happened ("a planned visit"). */
  unrealisedModifiers: string[][];
  /** Modals of obligation: in another party's statement, a demand of the speaker ("said the US must lift sanctions"). */
  obligation: string[][];
  /** The content word of each speculative phrase that is not one of those modals ("unlikely", "perhaps", "expected"):
   *  said before the modal, it hedges the act, no threat. */
  hedgeWords: Set<string>;
  /** Phrases of sport ("world cup", "penalties"; "fútbol", "FIFA"): a sentence that holds one is about sport — acts
   *  between two bare country names are games, protests sporting disputes (modes.ts aboutSport). */
  sport: string[][];
  /** Modal perfects ("would have", "could have"): what they say did not happen (modality.json counterfactualPerfect). */
  counterfactualPerfect: string[][];
  /** Verbs of warning whose "that" complement, a hostile intent, is a threat (modality.json warningVerbs). */
  warningVerbs: Set<string>;
  /** Words opening a clause of an agreement's terms ("under which"): modality.json termsOpeners. */
  termsOpeners: string[][];
  /** Nouns of inquiries and allegations, and the prepositions of their topic: a nominal event there is alleged. */
  topicNouns: Set<string>;
  topicPreps: Set<string>;
  /** Codes or roots no game is told with (modality.json sportNotGames): kept between bare countries in sport news. */
  sportNotGames: Set<string>;
}

export function loadModality(lang: string): Modality {
  const m = readData<Record<string, string[]>>(`events/${lang}/modality.json`);
  const seqs = (k: string) => (m[k] ?? []).map((s) => dataWord(s).split(/\s+/));
  const set = (k: string) => new Set((m[k] ?? []).map(dataWord));
  return {
    negation: seqs('negation'), intent: seqs('intent'), threat: seqs('threat'), refusal: seqs('refusal'),
    speculative: seqs('speculative'), conditional: seqs('conditional'), reversal: seqs('reversal'),
    implicative: seqs('implicative'), assembly: set('assembly'), assemblyRoots: set('assemblyRoots'), ordinalInfinitive: set('ordinalInfinitive'), habitual: seqs('habitual'), predictive: set('predictive'), predictiveAdjectives: set('predictiveAdjectives'), apoliticalCauses: set('apoliticalCauses'), elaboration: set('elaboration'),
    clauseBreaks: set('clauseBreaks'), reporting: set('reporting'), electorate: set('electorate'), ballots: set('ballots'), medicalPurposes: set('medicalPurposes'), schedules: seqs('schedules'), anniversaries: seqs('anniversaries'),
    demanded: seqs('demanded'), auxiliary: seqs('auxiliary'), hypothetical: set('hypothetical'),
    hypotheticalBare: set('hypotheticalBare'), hypotheticalDegree: set('hypotheticalDegree'), soughtNominal: seqs('soughtNominal'),
    topic: set('topic'),
    allegation: set('allegation'),
    mandative: set('mandative'), mandativeNouns: set('mandativeNouns'),
    purpose: seqs('purpose'), purposeRoots: set('purposeRoots'),
    sport: seqs('sport'), counterfactualPerfect: seqs('counterfactualPerfect'), warningVerbs: set('warningVerbs'), termsOpeners: seqs('termsOpeners'), topicNouns: set('topicNouns'), topicPreps: set('topicPreps'), sportNotGames: set('sportNotGames'), ownPossibility: seqs('ownPossibility'), obligation: seqs('obligation'), unrealisedIntent: seqs('unrealisedIntent'), preventive: set('preventive'), counterfactual: set('counterfactual'), gerundGovernors: set('gerundGovernors'), cancellation: seqs('cancellation'), nonOccurrence: seqs('nonOccurrence'), unrealisedModifiers: seqs('unrealisedModifiers'), pluperfect: set('pluperfect'), hedgeWords: hedgeWords(seqs('speculative'), seqs('ownPossibility')),
  };
}

/** The content words of the speculative phrases other than the actor's own modals ("be unlikely to" → "unlikely"). */
function hedgeWords(speculative: string[][], own: string[][]): Set<string> {
  const modals = new Set(own.map((o) => o.join(' ')));
  return new Set(speculative.filter((seq) => !modals.has(seq.join(' '))).map((seq) => seq.find((w) => w !== 'be' && w !== 'to') ?? seq[0]!));
}

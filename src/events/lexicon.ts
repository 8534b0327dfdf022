// A language's function words for the coder (data/events/<lang>/syntax.json) and the CAMEO code classes of its rules
// (data/events/codes.json, the same for every language).
import { readData } from '../util/data.js';
import { normalize } from '../nlp/index.js';

/** A data word as the tokenizer's norms read it: words lower case without accents (English unchanged), punctuation as
 *  written (a dash in a list is not a hyphen). */
export const dataWord = (s: string): string => (/\p{L}/u.test(s) ? normalize(s) : s.toLowerCase());

interface TenseSpec {
  window: number; auxiliaries: Record<string, Tense>; auxiliariesBefore: Record<string, string[]>; endings: [string, Tense][];
  /** Endings are read on the token's norm or on its surface text (accents kept: Spanish "marchará"). */
  endingsOf: 'norm' | 'text';
  /** A verb whose form differs from its lemma (and does not end in -s) is past (English "-ed"). */
  inflectedPast: boolean;
}
export type Tense = 'pluperfect' | 'future' | 'past' | 'present' | 'nonfinite';

interface SyntaxFile {
  locativeStart: string[]; punctStop: string[]; quote: string[]; locative: string[]; targetPreps: string[]; targetIntro: string[];
  be: string[]; notTargetPossessed: string[]; possessive: string[]; prepOrConj: string[]; reflexive: string[]; ownPronouns: string[]; owned: string[]; weaponNouns: string[]; visitorWords?: string[]; timeWords?: string[]; combatNouns?: string[]; approximators?: string[]; spanStarts?: string[]; mediatorParticiples?: string[]; cargoFromPreps?: string[]; collectivePreps?: string[]; articles?: string[]; directions?: string[]; placeNouns?: string[]; causatives?: string[]; participleCausatives?: string[]; destinationPreps?: string[]; originPreps?: string[]; ofPreps?: string[]; coordinators?: string[]; perfectAuxiliaries?: string[]; perfectSpanStarts?: string[]; spanEnds?: string[]; gerundEndings?: string[]; gerundPreps?: string[]; eventSubjects?: string[]; claimObjects?: string[]; blame?: { verbs: string[]; preps: string[]; objects: string[]; claims: string[] }; questionMarks?: string[]; absentDeterminers?: string[]; partitiveObjects?: string[]; brokerParticiples?: string[]; aspectVerbs?: string[]; circumstanceOpeners?: string[]; amountPreps?: string[]; scheduledPreps?: string[]; timeSubordinators?: string[]; timePreps?: string[]; describers?: string[]; describerIntros?: string[]; describerParticles?: string[]; statePreps?: string[]; stateVerbs?: string[]; mannerPhrases?: string[]; massKillingVerbs?: string[]; massCounts?: Record<string, number>; meetingNouns?: string[]; admissionVerbs?: string[]; reciprocals?: string[]; modifiedHeads?: string[]; examplesIntros?: string[]; eventYearPreps?: string[]; eventYearNouns?: string[]; weaponVerbs?: string[]; heavyWeapons?: string[]; participleQuantifiers?: string[]; ownActVerbs?: string[];
  agentPreps: string[]; nominalAgentPreps: string[]; clitics: string[]; relativeSubjects: string[]; complementizers: string[]; targetMarkers: string[]; comitative: string[]; conditionalOpeners: string[];
  passive: { participleEndings: string[]; lemmaLike: string[]; reducedNext: string[]; intransitive?: string[] };
  tense: TenseSpec;
  infinitive: { marker: string | null; endings: string[] };
  postverbalSubject?: boolean;
}

export interface EventWords {
  locativeStart: Set<string>;
  punctStop: Set<string>;
  quote: Set<string>;
  locative: Set<string>;
  /** Prepositions before an actor that may be the verb's target; null = no preposition. */
  targetPreps: Set<string | null>;
  targetIntro: Set<string>;
  be: Set<string>;
  notTargetPossessed: Set<string>;
  possessive: RegExp;
  prepOrConj: Set<string>;
  reflexive: Set<string>;
  ownPronouns: Set<string>;
  /** "owned by", "operated by" … (in a string of words). */
  owned: RegExp;
  /** Weapons and attacks as subjects: their "from X" is the attacker. */
  weaponNouns: Set<string>;
  /** "visiting" before an actor: that actor visits the host the sentence names. */
  visitorWords: Set<string>;
  /** Words of a time phrase between a verb and its complement ("threatened Tuesday to …"). */
  timeWords: Set<string>;
  /** Words before a number in a quantity ('about 100', 'at least 39'). */
  approximators: Set<string>;
  /** Words opening a phrase whose time measures a span ('since its founding in 1945'): no date for a mention. */
  spanStarts: Set<string>;
  /** "U.S.-mediated talks": participles that make the actor hyphenated to them a mediator or backer, no target. */
  mediatorParticiples: Set<string>;
  /** "aid from China", "a shipment of Red Cross aid": prepositions naming where a thing carried comes from. */
  cargoFromPreps: Set<string>;
  /** "a team of Cuban doctors": the preposition after a collective noun naming its members. */
  collectivePreps: Set<string>;
  /** Articles: a verb form right after one (adjectives and participles between) is a noun. */
  articles: Set<string>;
  /** Words before "of" that make the place after it a location ("north of Belgrade"). */
  directions: Set<string>;
  /** Nouns that make a possessed country a place ("Somalia's Gedo region"). */
  placeNouns: Set<string>;
  /** Causative verbs ("let X meet Y"): their negation or refusal holds for the act of the bare infinitive. */
  causatives: Set<string>;
  /** Verbs whose object takes a past participle done to it ("ordered him jailed": syntax.json participleCausatives). */
  participleCausatives: Set<string>;
  /** Prepositions of a destination ("to"), an origin ("from") and of "north of X". */
  destinationPreps: Set<string>; originPreps: Set<string>; ofPreps: Set<string>;
  /** Conjunctions that coordinate two verb phrases of one subject ("blamed Israel and vowed revenge"). */
  coordinators: Set<string>;
  /** Present-perfect auxiliaries ("has", "have"): with a span phrase after the verb, a tally or a state, no event. */
  perfectAuxiliaries: Set<string>;
  /** Words opening the span of a present perfect that tallies years ("since"). */
  perfectSpanStarts: Set<string>;
  /** Words closing a span ("until"): the time after one never dates the act. */
  spanEnds: Set<string>;
  /** The -ing form's endings (syntax.json gerundEndings), or null where the language has none read so. */
  gerund: RegExp | null;
  /** Prepositions whose -ing complement has the object before them as subject ("accused X of breaching"). */
  gerundPreps: Set<string>;
  /** Nouns of what happened that, heading a possessed subject, are no agent (syntax.json eventSubjects). */
  eventSubjects: Set<string>;
  /** Determiners naming a party as absent ("with no Ukrainian officials"): no target (syntax.json absentDeterminers). */
  absentDeterminers: Set<string>;
  /** Pronouns after a partitive "of" ("most of them jailed for …"): a participle after them describes them. */
  partitiveObjects: Set<string>;
  /** Participles naming who brokered an agreement before "by" (syntax.json brokerParticiples). */
  brokerParticiples: Set<string>;
  /** Verbs of aspect whose gerund is asserted only as they are ("to begin withdrawing"): syntax.json aspectVerbs. */
  aspectVerbs: Set<string>;
  /** Conjunctions opening a clause of circumstance ("as …"): an intent told there is background. */
  circumstanceOpeners: Set<string>;
  /** Prepositions after an amount inside a noun phrase ("$800 million in military aid"): syntax.json amountPreps. */
  amountPreps: Set<string>;
  /** Prepositions of the day something is set for ("a strike for June 16"): syntax.json scheduledPreps. */
  scheduledPreps: Set<string>;
  /** Conjunctions of a clause of time ("after …", "when …"): syntax.json timeSubordinators. */
  timeSubordinators: Set<string>;
  /** Prepositions that open a time phrase before a time word ("on Thursday"): syntax.json timePreps. */
  timePreps: Set<string>;
  /** Marks that end a question (syntax.json questionMarks): a question asserts no event. */
  questionMarks: Set<string>;
  /** Verbs that blame an attack on a party, their preposition, pronoun objects between, and verbs of claiming. */
  blame: { verbs: Set<string>; preps: Set<string>; objects: Set<string>; claims: Set<string> };
  /** Nouns after "claim" that make its subject the attacker ("claimed responsibility for"). */
  claimObjects: Set<string>;
  /** Describing verbs (syntax.json describers) and the words that open their clause ("what it called …"). */
  describers: Set<string>; describerIntros: Set<string>; describerParticles: Set<string>;
  statePreps: Set<string>;
  stateVerbs: Set<string>;
  /** Verbs of killing whose counted object may make the act a mass killing (syntax.json massKillingVerbs), and the
   *  number words that count ("hundreds": 200; syntax.json massCounts). */
  massKillingVerbs: Set<string>; massCounts: Map<string, number>;
  /** Nouns of a meeting: an actor right before one names the meeting (syntax.json meetingNouns). */
  meetingNouns: Set<string>;
  /** Reciprocal objects, as word sequences ("each other": syntax.json reciprocals). */
  reciprocals: string[][];
  /** Nouns a pattern's word may modify, naming something else ("arms dealer": syntax.json modifiedHeads). */
  modifiedHeads: Set<string>;
  /** Openers of a list of examples between commas ("including": syntax.json examplesIntros), as word sequences. */
  examplesIntros: string[][];
  /** Prepositions before "DET YEAR event-noun" that date the act (syntax.json eventYearPreps). */
  eventYearPreps: Set<string>;
  /** Nouns of events a year names in such a phrase, besides the noun triggers (syntax.json eventYearNouns). */
  eventYearNouns: Set<string>;
  /** Verbs of an attack with weapons whose consequence a killing participle tells (syntax.json weaponVerbs). */
  weaponVerbs: Set<string>; heavyWeapons: Set<string>;
  /** Quantifiers after which a past participle before a noun describes it (syntax.json participleQuantifiers). */
  participleQuantifiers: Set<string>;
  /** Reporting verbs whose object noun is the subject's own act ("announced the release of 5,000 prisoners"; syntax.json
   *  ownActVerbs). */
  ownActVerbs: Set<string>;
  /** Verbs of admission whose "that" clause states the speaker's own act (syntax.json admissionVerbs). */
  admissionVerbs: Set<string>;
  /** Words before a nominal event that make it the manner of its clause's act ("en señal de protesta", "como
   *  protesta"): the clause's subject does it (syntax.json mannerPhrases), each a sequence of norms. */
  mannerPhrases: string[][];
  /** Nouns of a combat whose "with"/"by" actor, or adjective, is the agent of a passive act of force. */
  combatNouns: Set<string>;
  /** The preposition of a passive's agent ("by", "por"). */
  agentPreps: Set<string>;
  /** The prepositions of a nominal event's agent after the noun ("protests by …", "la huelga de los mineros"). */
  nominalAgentPreps: Set<string>;
  /** Pronouns that may stand between a subject and its verb ("se manifestaron"). */
  clitics: Set<string>;
  /** Relative pronouns whose clause has their antecedent as subject. */
  relativeSubjects: Set<string>;
  /** Words that open a verb's complement clause ("said that …"). */
  complementizers: Set<string>;
  /** Words that mark a verb's object without making it a prepositional phrase (Spanish personal "a"). */
  targetMarkers: Set<string>;
  /** The preposition of company ("met in Washington with X": a place phrase may stand before it). */
  comitative: Set<string>;
  /** Words opening a conditional clause before the trigger's subject ("if", "si"). */
  conditionalOpeners: Set<string>;
  /** A passive participle: its ending, endings of participles that equal their lemma, words after a reduced relative. */
  participle: RegExp; lemmaLikeParticiple: RegExp | null; reducedNext: Set<string>; intransitive: Set<string>;
  tense: TenseSpec;
  /** The infinitive: a marker word before the verb ("to"), or the verb's own endings (Spanish). */
  infinitiveMarker: string | null; infinitiveEnding: RegExp | null;
  /** Subjects may follow their verb (Spanish "dijo el ministro"). */
  postverbalSubject: boolean;
}

interface CodesFile {
  physical: string[]; personObject: string[]; violent: string[]; coercion: string[]; byTarget: string[]; impliedTarget: string[]; inTarget: string[];
  sanctionsTopic: string[]; civilSectors: string[]; travellers?: string[]; deployedForces?: { sectors: string[]; code: string }; protestDemands?: string[]; announcedCodes?: string[]; ownCountryTarget: Record<string, string>; stateSectors: string[]; cityTarget: string[];
  intent: Record<string, string>; intentByRoot: Record<string, string>; refusal: Record<string, string>; refusalByRoot: Record<string, string>; threatFromRoot: number; threatByRoot?: Record<string, string>;
  repression: { codes: string[]; sources: string[]; targets: string[]; armedSources?: string[]; code: string }; homePostures: string[]; homeAdversaries?: string[];
  civilViolence: { codes: string[]; sources: string[]; code: string }; civilObstruction?: { codes: string[]; sources: string[]; code: string };
  handedOver?: string[]; stateCharges?: { codes: string[]; code: string }; brokerRoots?: string[]; brokerCode?: string; announcedProtest?: { root: string; code: string }; organisationExpulsion?: { codes: string[]; code: string }; irregularForce?: { codes: string[]; sources: string[]; targets: string[]; code: string; notWith?: string[] }; massKilling?: { roots: string[]; notCodes: string[]; targets: string[]; minimum: number; code: string }; unidentifiedAttacker?: { roots: string[]; targets: string[] }; meetingNotTarget?: { roots: string[]; codes: string[] }; admittedActs?: { roots: string[]; code: string }; cancelledVisits?: string[]; plannedRoots?: string[]; opposedSectors?: string[]; historyHorizonYears?: number; privateCrime?: { roots: string[]; sources: string[]; targets: string[] }; commandChain?: { commanders: string[]; forces: string[] };
}

export interface CodeClasses {
  physical: RegExp; personObject: RegExp; violent: RegExp; coercion: RegExp; byTarget: RegExp;
  impliedTarget: Set<string>; inTarget: Set<string>; sanctionsTopic: Set<string>; civilSectors: Set<string>; travellers: Set<string>;
  /** Hostile codes (prefixes) a plain future with no condition announces as a decision (codes.json announcedCodes). */
  announcedCodes: string[];
  /** Roots of appeals and demands that a participle of a protest states as the protest's aim (no event of their own). */
  protestDemands: Set<string>;
  /** Sectors whose journey into a country is a deployment there, and its code (codes.json deployedForces). */
  deployedForces: { sectors: Set<string>; code: string } | null;
  /** Events dated this many years or more before their article's publication are history retold, not coded (0: all). */
  /** Roots whose act, told today, may name a later day: planned (codes.json plannedRoots). */
  plannedRoots: Set<string>;
  /** A state's armed or political opponents (codes.json opposedSectors). */
  opposedSectors: Set<string>;
  historyHorizonYears: number;
  /** Legal codes that, done to a state (a bare country), are accusations (code). */
  stateCharges: { codes: Set<string>; code: string };
  /** Roots of events a third party may broker (agreements, meetings, settlements), and the broker's code. */
  brokerRoots: Set<string>;
  brokerCode: string;
  /** A protest set for a later day is a threat of one (root → code). */
  announcedProtest: { root: string; code: string } | null;
  /** Codes that, done to an international organisation's people, cut its presence (code). */
  organisationExpulsion: { codes: Set<string>; code: string };
  /** Conventional force by armed groups (codes ending in one of `sources`) at civilians is unconventional (code). */
  irregularForce: { codes: Set<string>; sources: string[]; targets: Set<string>; code: string; notWith: Set<string> };
  /** Force (roots) by a killing verb at non-combatants (targets) counted at `minimum` or more is a mass killing (code). */
  massKilling: { roots: Set<string>; notCodes: Set<string>; targets: Set<string>; minimum: number; code: string } | null;
  /** Force (roots) with no agent named at a state body or official (targets) has an unidentified source. */
  unidentifiedAttacker: { roots: Set<string>; targets: Set<string> };
  /** Roots and codes whose target may not name a meeting ("held the conference", "left the summit"). */
  meetingNotTarget: { roots: Set<string>; codes: Set<string> };
  /** Acts (roots) a party admits to in the "that" clause of an admission verb, and the admission's code. */
  admittedActs: { roots: Set<string>; code: string } | null;
  /** Codes of a visit or meeting cancelled: no event where the cause is no political act. */
  cancelledVisits: Set<string>;
  /** Coercion (roots) by criminals (sources) of private people or businesses (targets): crime, no event. */
  privateCrime: { roots: string[]; sources: Set<string>; targets: Set<string> };
  /** Sectors that command at home, and the bare forces that are theirs. */
  commandChain: { commanders: Set<string>; forces: Set<string> };
  /** Code prefix → sector of the source's own country that is the target when none is named (longest prefix wins). */
  ownCountryTarget: [string, string][];
  stateSectors: Set<string>;
  cityTarget: RegExp;
  intent: Map<string, string>; intentByRoot: Map<string, string>; refusal: Map<string, string>; refusalByRoot: Map<string, string>; threatFromRoot: number;
  /** A threat of an act of these roots, where its intent is the act itself (a posture: "would deploy missiles"). */
  threatByRoot: Map<string, string>;
  /** Force by these sectors at those of their own country is repression (code). */
  repression: { codes: Set<string>; sources: Set<string>; targets: Set<string>; armedSources: Set<string>; code: string };
  /** Force postures that may aim at the source's own people. */
  homePostures: Set<string>;
  /** Sectors a force posture at home may be aimed at (codes.json homeAdversaries). */
  homeAdversaries: Set<string>;
  /** Force by civilians or opposition supporters is a violent protest (code). */
  civilViolence: { codes: Set<string>; sources: Set<string>; code: string };
  /** Occupation by civilians of their own country is a protest that blocks passage (code). */
  civilObstruction: { codes: Set<string>; sources: Set<string>; code: string };
  /** Codes of a person handed to another state: in a passive with no agent, the person's own state hands over. */
  handedOver: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code matches a prefix list by its first digits. */
export function prefixRe(list: string[]): RegExp {
  return new RegExp(`^(${list.map(escape).join('|')})`);
}

/** Words of a data list as the tokenizer's norms read them (lower case, no accents; English is unchanged). */
const norms = (l: string[]) => l.map(dataWord);
const endingRe = (l: string[]) => new RegExp(`(${l.map(escape).join('|')})$`);

export function loadEventWords(lang: string): EventWords {
  const w = readData<SyntaxFile>(`events/${lang}/syntax.json`);
  const set = (l: string[]) => new Set(norms(l));
  return {
    locativeStart: set(w.locativeStart), punctStop: set(w.punctStop), quote: new Set(w.quote), locative: set(w.locative),
    targetPreps: new Set<string | null>([null, ...norms(w.targetPreps)]), targetIntro: set(w.targetIntro), be: set(w.be),
    notTargetPossessed: set(w.notTargetPossessed), possessive: new RegExp(`^(${norms(w.possessive).map(escape).join('|')})$`),
    prepOrConj: set(w.prepOrConj), reflexive: set(w.reflexive), ownPronouns: set(w.ownPronouns),
    owned: new RegExp(`\\b(${norms(w.owned).map(escape).join('|')}) (${norms(w.agentPreps).map(escape).join('|')})\\b`),
    weaponNouns: set(w.weaponNouns),
    agentPreps: set(w.agentPreps), nominalAgentPreps: set(w.nominalAgentPreps), clitics: set(w.clitics), relativeSubjects: set(w.relativeSubjects), complementizers: set(w.complementizers), targetMarkers: set(w.targetMarkers), comitative: set(w.comitative), conditionalOpeners: set(w.conditionalOpeners),
    participle: endingRe(norms(w.passive.participleEndings)), lemmaLikeParticiple: w.passive.lemmaLike.length ? endingRe(norms(w.passive.lemmaLike)) : null, reducedNext: set(w.passive.reducedNext), intransitive: set(w.passive.intransitive ?? []),
    tense: { ...w.tense, auxiliaries: Object.fromEntries(Object.entries(w.tense.auxiliaries).map(([k, v]) => [dataWord(k), v])) },
    infinitiveMarker: w.infinitive.marker, infinitiveEnding: w.infinitive.endings.length ? endingRe(norms(w.infinitive.endings)) : null,
    postverbalSubject: !!w.postverbalSubject,
    visitorWords: set(w.visitorWords ?? []),
    timeWords: set(w.timeWords ?? []),
    approximators: set(w.approximators ?? []),
    spanStarts: set(w.spanStarts ?? []),
    mediatorParticiples: set(w.mediatorParticiples ?? []),
    cargoFromPreps: set(w.cargoFromPreps ?? []), collectivePreps: set(w.collectivePreps ?? []), articles: set(w.articles ?? []), directions: set(w.directions ?? []), placeNouns: set(w.placeNouns ?? []), causatives: set(w.causatives ?? []), participleCausatives: set(w.participleCausatives ?? []), destinationPreps: set(w.destinationPreps ?? []), originPreps: set(w.originPreps ?? []), ofPreps: set(w.ofPreps ?? []), coordinators: set(w.coordinators ?? []), perfectAuxiliaries: set(w.perfectAuxiliaries ?? []), perfectSpanStarts: set(w.perfectSpanStarts ?? []), spanEnds: set(w.spanEnds ?? []), gerundPreps: set(w.gerundPreps ?? []), eventSubjects: set(w.eventSubjects ?? []), claimObjects: set(w.claimObjects ?? []), blame: { verbs: set(w.blame?.verbs ?? []), preps: set(w.blame?.preps ?? []), objects: set(w.blame?.objects ?? []), claims: set(w.blame?.claims ?? []) }, questionMarks: set(w.questionMarks ?? []), absentDeterminers: set(w.absentDeterminers ?? []), partitiveObjects: set(w.partitiveObjects ?? []), brokerParticiples: set(w.brokerParticiples ?? []), aspectVerbs: set(w.aspectVerbs ?? []), circumstanceOpeners: set(w.circumstanceOpeners ?? []), amountPreps: set(w.amountPreps ?? []), scheduledPreps: set(w.scheduledPreps ?? []), timeSubordinators: set(w.timeSubordinators ?? []), timePreps: set(w.timePreps ?? []), describers: set(w.describers ?? []), massKillingVerbs: set(w.massKillingVerbs ?? []), meetingNouns: set(w.meetingNouns ?? []), reciprocals: (w.reciprocals ?? []).map((x) => norms(x.split(' '))), modifiedHeads: set(w.modifiedHeads ?? []), examplesIntros: (w.examplesIntros ?? []).map((x) => norms(x.split(' '))), eventYearPreps: set(w.eventYearPreps ?? []), eventYearNouns: set(w.eventYearNouns ?? []), weaponVerbs: set(w.weaponVerbs ?? []), heavyWeapons: set(w.heavyWeapons ?? []), participleQuantifiers: set(w.participleQuantifiers ?? []), ownActVerbs: set(w.ownActVerbs ?? []), admissionVerbs: set(w.admissionVerbs ?? []), massCounts: new Map(Object.entries(w.massCounts ?? {})), describerIntros: set(w.describerIntros ?? []), describerParticles: set(w.describerParticles ?? []), gerund: w.gerundEndings?.length ? new RegExp(`(${w.gerundEndings.join('|')})$`) : null,
    statePreps: set(w.statePreps ?? []), stateVerbs: set(w.stateVerbs ?? []),
    mannerPhrases: (w.mannerPhrases ?? []).map((x) => norms(x.split(' '))),
    combatNouns: set(w.combatNouns ?? []),
  };
}

let codes: CodeClasses | null = null;
export function codeClasses(): CodeClasses {
  if (codes) return codes;
  const c = readData<CodesFile>('events/codes.json');
  codes = {
    physical: prefixRe(c.physical), personObject: prefixRe(c.personObject), violent: prefixRe(c.violent), coercion: prefixRe(c.coercion), byTarget: prefixRe(c.byTarget),
    impliedTarget: new Set(c.impliedTarget), inTarget: new Set(c.inTarget), sanctionsTopic: new Set(c.sanctionsTopic), civilSectors: new Set(c.civilSectors), travellers: new Set(c.travellers ?? []), protestDemands: new Set(c.protestDemands ?? []), announcedCodes: c.announcedCodes ?? [], deployedForces: c.deployedForces ? { sectors: new Set(c.deployedForces.sectors), code: c.deployedForces.code } : null,
    ownCountryTarget: Object.entries(c.ownCountryTarget).sort((a, b) => b[0].length - a[0].length), stateSectors: new Set(c.stateSectors), cityTarget: prefixRe(c.cityTarget),
    intent: new Map(Object.entries(c.intent)), intentByRoot: new Map(Object.entries(c.intentByRoot)), refusal: new Map(Object.entries(c.refusal)),
    refusalByRoot: new Map(Object.entries(c.refusalByRoot)), threatFromRoot: c.threatFromRoot, threatByRoot: new Map(Object.entries(c.threatByRoot ?? {})),
    repression: { codes: new Set(c.repression.codes), sources: new Set(c.repression.sources), targets: new Set(c.repression.targets), armedSources: new Set(c.repression.armedSources ?? []), code: c.repression.code }, homePostures: new Set(c.homePostures), homeAdversaries: new Set(c.homeAdversaries ?? []),
    civilViolence: { codes: new Set(c.civilViolence.codes), sources: new Set(c.civilViolence.sources), code: c.civilViolence.code }, civilObstruction: { codes: new Set(c.civilObstruction?.codes ?? []), sources: new Set(c.civilObstruction?.sources ?? []), code: c.civilObstruction?.code ?? '' },
    handedOver: new Set(c.handedOver ?? []), plannedRoots: new Set(c.plannedRoots ?? []), opposedSectors: new Set(c.opposedSectors ?? []), historyHorizonYears: c.historyHorizonYears ?? 0, stateCharges: { codes: new Set(c.stateCharges?.codes ?? []), code: c.stateCharges?.code ?? '' }, brokerRoots: new Set(c.brokerRoots ?? []), brokerCode: c.brokerCode ?? '045', announcedProtest: c.announcedProtest ?? null, organisationExpulsion: { codes: new Set(c.organisationExpulsion?.codes ?? []), code: c.organisationExpulsion?.code ?? '' }, irregularForce: { codes: new Set(c.irregularForce?.codes ?? []), sources: c.irregularForce?.sources ?? [], targets: new Set(c.irregularForce?.targets ?? []), code: c.irregularForce?.code ?? '', notWith: new Set(c.irregularForce?.notWith ?? []) }, cancelledVisits: new Set(c.cancelledVisits ?? []), admittedActs: c.admittedActs ? { roots: new Set(c.admittedActs.roots), code: c.admittedActs.code } : null, meetingNotTarget: { roots: new Set(c.meetingNotTarget?.roots ?? []), codes: new Set(c.meetingNotTarget?.codes ?? []) }, unidentifiedAttacker: { roots: new Set(c.unidentifiedAttacker?.roots ?? []), targets: new Set(c.unidentifiedAttacker?.targets ?? []) }, massKilling: c.massKilling ? { roots: new Set(c.massKilling.roots), notCodes: new Set(c.massKilling.notCodes), targets: new Set(c.massKilling.targets), minimum: c.massKilling.minimum, code: c.massKilling.code } : null, commandChain: { commanders: new Set(c.commandChain?.commanders ?? []), forces: new Set(c.commandChain?.forces ?? []) }, privateCrime: { roots: c.privateCrime?.roots ?? [], sources: new Set(c.privateCrime?.sources ?? []), targets: new Set(c.privateCrime?.targets ?? []) },
  };
  return codes;
}

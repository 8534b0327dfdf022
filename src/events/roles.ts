// Who did it to whom: the source and target of a matched trigger (subject, object, passive agent, nominal owner,
// compound subjects, relative clauses), with the document's context for what the sentence leaves implicit, and the
// countries of roles named without one.
import type { EventMention } from '../types.js';
import { focusCountry, datelineEnd, sectorOf, type DocContext, type ResolvedActor, type Token } from '../actors/index.js';
import { codeClasses } from './lexicon.js';
import type { EventLanguage } from './language.js';
import type { Match } from './match.js';
import { isPassive, pastParticipleForm, tense, firstOfClause, looksLikeSubject, precededByVerb, modifierSubject, prepIndex, lastSeq, hasSeq, coordinated, mainSubject, isGerund, seqMatches, beforeTimeAndPlace, inTimePhrase, verbLemmas } from './syntax.js';
import { modeOf, applyMode, type Mode, unrealisedTime, hypotheticalNominal, predicted, mandated, aboutSport, votersAtBallot, assemblyBefore, ordinalBefore } from './modes.js';

const { physical: PHYSICAL, violent: VIOLENT, coercion: COERCION, byTarget: BY_TARGET_ROOTS, impliedTarget: IMPLIED_TARGET, inTarget: IN_TARGET_ROOTS, sanctionsTopic: SANCTIONS_TOPIC, civilSectors: CIVIL_SECTORS, travellers: TRAVELLERS, deployedForces: DEPLOYED } = codeClasses();
const SUBJECT_PREPS = new Set<string | null>([null]);

/** A determiner after the object of "call", in its clause and not after a preposition, or a bare noun or adjective
 *  right after it (quotation marks skipped): a second noun phrase ("called X the real occupiers", "called X a liar",
 *  "calling them charity", "calling it 'inhumane'"). */
function namesObject(L: EventLanguage, tokens: Token[], target: ResolvedActor, clause: number[]): boolean {
  if (target.tokEnd <= 0) return false;
  const c = clause[target.tokEnd - 1];
  let next = target.tokEnd;
  while (next < tokens.length && L.words.quote.has(tokens[next]!.norm)) next++;
  if (/^(NOUN|ADJ)$/.test(tokens[next]?.pos ?? '')) return true;
  for (let k = target.tokEnd; k < tokens.length && clause[k] === c; k++) {
    const t = tokens[k]!;
    if (L.words.punctStop.has(t.norm) || t.norm === ',') return false;
    if (L.words.articles.has(t.norm) && tokens[k - 1]!.pos !== 'ADP' && tokens[k - 1]!.pos !== 'VERB') return true;
  }
  return false;
}

function ownRole(L: EventLanguage, tokens: Token[], a: ResolvedActor): boolean {
  if (a.kind !== 'group' || !a.fromContext && a.country) return false;
  return L.words.ownPronouns.has(tokens[a.tokStart]?.norm ?? '') || L.words.ownPronouns.has(tokens[a.tokStart - 1]?.norm ?? '');
}

export interface RawEvent { source: ResolvedActor; target: ResolvedActor; code: string; confidence: number; symmetric: boolean }

type Ctx = DocContext & { lastEvents?: EventMention[] };

/** The working record of one match being resolved: what the sentence gives, and the roles found so far. */
interface Resolution {
  L: EventLanguage; m: Match; tokens: Token[]; actors: ResolvedActor[]; clause: number[]; ctx: Ctx; prevSource: ResolvedActor | null;
  /** The target of the event coded before this one in the sentence. */
  prevTarget: ResolvedActor | null;
  ti: number; c: number; p: Match['pattern']; passive: boolean;
  confidence: number; source: ResolvedActor | null; target: ResolvedActor | null;
  /** The verb that governs a nominal trigger ("ordered the expulsion"), or -1. */
  governingVerb: number;
  /** The act is mutual whichever side is named first ("clashes between A and B"). */
  mutual?: boolean;
  /** A compound subject acts on roles of its own ("recalled their ambassadors"): each member acts, not on the other. */
  ownObject?: boolean;
  /** A protest with no agent named, by the people of the scene or of the document's country, or by a compound of people
   *  at their own government (protestAtHome). */
  atHome?: boolean;
}

export interface Resolved { events: RawEvent[]; source: ResolvedActor | null; tense: string }

const usable = (a: ResolvedActor) => a.kind !== 'modifier' || !!a.country;
const { stateSectors: STATE_SECTORS, ownCountryTarget: OWN_TARGETS, cityTarget: CITY_TARGET, repression: REPRESSION, homePostures: HOME_POSTURES, homeAdversaries: HOME_ADVERSARIES, civilViolence: CIVIL_VIOLENCE, civilObstruction: CIVIL_OBSTRUCTION, handedOver: HANDED_OVER, privateCrime: PRIVATE_CRIME, commandChain: COMMAND_CHAIN, announcedCodes: ANNOUNCED, stateCharges: STATE_CHARGES, organisationExpulsion: ORG_EXPULSION, irregularForce: IRREGULAR, massKilling: MASS_KILLING, unidentifiedAttacker: UNIDENTIFIED, meetingNotTarget: MEETING_NOT_TARGET, cancelledVisits: CANCELLED_VISITS } = codeClasses();
/** The sector of the source's own country an act is aimed at when its target is not named (or null). */
const ownTargetSector = (code: string) => OWN_TARGETS.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
/** The head noun of the clause's opening noun phrase is an event noun (syntax.json eventSubjects) and the actor taken
 *  for the subject stands after it, past a relative word or a verb: the event is the subject, no actor. */
function eventHeadsSubject(r: Resolution, source: ResolvedActor): boolean {
  const { L, tokens, ti } = r;
  let k = datelineEnd(tokens);
  while (k < ti && /^(DET|ADJ|NUM|PROPN|NOUN|SYM)$/.test(tokens[k]!.pos)) k++;
  const head = k - 1;
  if (head < 0 || head >= ti || tokens[head]!.pos !== 'NOUN' || !L.words.eventSubjects.has(tokens[head]!.lemma)) return false;
  if (source.tokStart <= head) return false;
  return tokens.slice(head + 1, source.tokStart).some((t) => t.pos === 'VERB' || L.words.relativeSubjects.has(t.norm) || t.norm === 'where');
}

/** An actor's sector, or for an organisation named by its name the sector its code carries ("Tigrayan forces" ETHREB). */
/** A city named as such (not a capital or seat of power standing for a government): a place with no sector. */
const isCity = (a: ResolvedActor) => a.kind === 'place' && a.sector === '' && a.tokStart >= 0;
/** Codes whose target may be a city: visits and force ("visited Mosul", "shelled Kharkiv"). */

/** The speaker of a statement whose complement puts an obligation on the clause's subject ("X said Y must V"), when it
 *  is another party than Y; else null. */
function obligedBy(r: Resolution, winStart: number): ResolvedActor | null {
  const { L, tokens, ti, source, actors, clause, m, prevSource } = r;
  if (!source || source.tokStart < 0 || source.kind === 'modifier') return null;
  if (hasSeq(L, tokens, Math.max(winStart, ti - 4), ti, L.mod.obligation) < 0) return null;
  // the reporting verb right before the subject ("said on Sunday that the United States must …")
  let k = source.tokStart - 1;
  while (k >= 0 && (L.words.complementizers.has(tokens[k]!.norm) || L.words.timeWords.has(tokens[k]!.norm) || tokens[k]!.norm === 'on' || tokens[k]!.pos === 'ADV')) k--;
  if (k < 0 || tokens[k]!.pos !== 'VERB' || !L.mod.reporting.has(tokens[k]!.lemma)) return null;
  const speaker = findSubject(L, { ...m, triggerStart: k, triggerEnd: k + 1 }, tokens, actors, clause, prevSource);
  return speaker && speaker.country && speaker.country !== source.country ? speaker : null;
}

/** The first actor after a conditional opener ("if", "unless") later in the sentence that is not of the source's
 *  country, or null. */
function conditionParty(r: Resolution): ResolvedActor | null {
  const { L, tokens, actors, ti, source } = r;
  const at = tokens.findIndex((t, k) => k > ti && L.words.conditionalOpeners.has(t.norm));
  if (at < 0) return null;
  const a = actors.find((x) => x.tokStart > at && x.tokStart <= at + 4 && x.prep === null && x.kind !== 'modifier');
  return a && (a.country ? a.country !== source?.country : /^(IGO|NGO|IMG)/.test(a.code)) ? a : null;
}

/** Plain force (190, 193) by a non-state attacker in a sentence that names a bombing's weapon ("a suicide bomber
 *  struck crowds …, killing 13"): that bombing's code (nouns.json attackWeapons). */
function bombing(r: Resolution, code: string): string {
  if (code !== '190' && code !== '193' || !r.source || STATE_SECTORS.has(r.source.sector) && r.source.sector !== '') return code;
  if (r.source.kind === 'country' || r.source.kind === 'place') return code;
  const { tokens, clause, c, source } = r;
  // (in the trigger's clause or the attacker's own phrase: "days after a roadside bomb killed four soldiers" is
  //  another attack)
  const here = (k: number) => clause[k] === c || k >= source.tokStart && k < source.tokEnd;
  return weaponNamed(tokens, r.L.patterns.attackWeapons, here) ?? code;
}

/** The code of the first weapon phrase of `list` the sentence names at a position `at` accepts. */
function weaponNamed(tokens: Token[], list: { words: string[]; code: string }[], at: (k: number) => boolean): string | null {
  for (const w of list) {
    for (let k = 0; k + w.words.length <= tokens.length; k++) {
      if (w.words.every((x, j) => tokens[k + j]!.norm === x) && at(k)) return w.code;
    }
  }
  return null;
}

/** Force (18, 19) in a clause that names a weapon of mass destruction is its use (nouns.json massWeapons), whoever
 *  attacks. */
function massWeapon(r: Resolution, code: string): string {
  if (!/^(18|19)/.test(code)) return code;
  const { tokens, clause, c, ti } = r;
  const P = r.L.patterns;
  // (in the act's clause, and not its cause: "in retaliation for a poison gas attack")
  const means = (k: number) => clause[k] === c && !(k > ti && tokens.slice(ti + 1, k).some((t) => P.massWeaponsCauses.has(t.norm)));
  return weaponNamed(tokens, P.massWeapons, means) ?? code;
}

/** Force by a country's police at its own civilians or opposition (codes.json repression). */
function represses(x: ResolvedActor, y: ResolvedActor, code: string, protest = false): boolean {
  if (!x.country || x.country !== y.country || !REPRESSION.codes.has(code) || !REPRESSION.targets.has(y.sector)) return false;
  // (soldiers: at the opposition, or at civilians where the sentence names a protest)
  return REPRESSION.sources.has(x.sector) || REPRESSION.armedSources.has(x.sector) && (y.sector === 'OPP' || protest);
}

/** An attacker the text does not identify (code '', no country; codes.json unidentifiedAttacker, massKilling), in the
 *  place of `a` (its span kept) or of no one named. */
function unidentified(a?: ResolvedActor): ResolvedActor {
  const base: ResolvedActor = a ?? { code: '', country: null, name: '', start: 0, end: 0, kind: 'reference', tokStart: -1, tokEnd: -1, prep: null, possessive: false, sector: '' };
  return { ...base, code: '', country: null, sector: '', unidentified: true };
}

/** "killed at least 131 civilians", "massacred hundreds of villagers": force told by a verb of killing whose object
 *  counts enough non-combatants is a mass killing (codes.json massKilling, syntax.json massKillingVerbs). */
function massKilled(r: Resolution, code: string, t: ResolvedActor): boolean {
  const M = MASS_KILLING;
  if (!M || !M.roots.has(code.slice(0, 2)) || M.notCodes.has(code) || !M.targets.has(t.sector)) return false;
  const { L, tokens, ti } = r;
  if (!verbLemmas(L, tokens[ti]!).some((l) => L.words.massKillingVerbs.has(l))) return false;
  // ("fired rockets into a residential district, killing at least 30 people"): a killing told as the consequence of an
  // attack with weapons, a participle after a comma, keeps the weapon's code
  if (tokens[ti - 1]?.norm === ',' && tokens.slice(Math.max(0, ti - 24), ti).some((t) => t.pos === 'VERB' && L.words.weaponVerbs.has(t.lemma) || t.pos === 'NOUN' && L.words.heavyWeapons.has(t.norm))) return false;
  // (the count right after the verb, past approximators: "killed more than 800 people", "killed hundreds of people")
  for (let k = ti + 1; k < tokens.length && k <= ti + 6; k++) {
    const w = tokens[k]!;
    if (w.pos === 'PUNCT' && w.norm !== ',') return false;
    const n = w.pos === 'NUM' && /^\d[\d,]*$/.test(w.norm) ? Number(w.norm.replace(/,/g, '')) : L.words.massCounts.get(w.norm);
    if (n !== undefined) return n >= M.minimum;
  }
  return false;
}

/** An actor right before a meeting noun, modifiers between ("the Group of Seven summit", "the annual U.N. climate
 *  conference"): it names the meeting (syntax.json meetingNouns). */
function namesMeeting(r: Resolution, a: ResolvedActor): boolean {
  if (a.tokEnd < 0) return false;
  for (let k = a.tokEnd; k < r.tokens.length && k <= a.tokEnd + 2; k++) {
    const t = r.tokens[k]!;
    if (r.L.words.meetingNouns.has(t.norm) || r.L.words.meetingNouns.has(t.lemma)) return true;
    if (!/^(NOUN|ADJ|PROPN)$/.test(t.pos)) return false;
  }
  return false;
}

/** Whether the sentence names a protest (nouns.json protestWords: "protest", "protesters", …). */
function namesProtest(r: Resolution): boolean {
  return r.tokens.some((t) => r.L.patterns.protestWords.has(t.norm));
}

/** A city, or a place named by a country adjective and a place noun ("in the Saudi capital", "in the Ethiopian
 *  capital"): where something happened. */
function placeNamed(r: Resolution, a: ResolvedActor): boolean {
  return isCity(a) || a.kind === 'modifier' && r.L.words.placeNouns.has(r.tokens[a.tokEnd]?.lemma ?? '');
}

/** Resolves a matched trigger into events (source, target, code after modality), or null when it states none. */
export function resolveMatch(L: EventLanguage, m: Match, tokens: Token[], actors: ResolvedActor[], clause: number[], ctx: Ctx, prevSource: ResolvedActor | null, prevTarget: ResolvedActor | null = null): Resolved | null {
  const sym = L.patterns.sym;
  const ti = m.triggerStart;
  const p = m.pattern;
  const r: Resolution = { L, m, tokens, actors, clause, ctx, prevSource, prevTarget, ti, c: clause[ti]!, p, passive: !p.nominal && isPassive(L, tokens, ti, actors), confidence: p.nominal ? 0.55 : 0.8, source: null, target: m.target, governingVerb: -1 };
  if (!p.nominal && VIOLENT.test(p.code) && continuesAllegation(r)) return null;
  // ("ordered the opposition leader jailed"): the causing verb is no act on its object; the participle after it is
  if (!p.nominal && L.words.participleCausatives.has(tokens[ti]!.lemma) && m.target && m.target.tokStart > ti) {
    const next = tokens[m.target.tokEnd];
    if (next?.pos === 'VERB' && pastParticipleForm(L, next)) return null;
  }
  if (p.nominal) nominalSource(r);
  else if (r.passive) { if (!passiveRoles(r)) return null; }
  else if (isGerund(L, tokens[ti]!.norm) && tokens[ti - 1]?.pos === 'NOUN' && !actors.some((a) => a.tokStart < ti && ti - 1 < a.tokEnd)) {
    // "the rally supporting Abacha", "a convoy carrying aid": an active participle right after a plain noun is said
    // of that noun, a thing: no actor acts
    return null;
  } else if (causedPatient(r)) {
    // (roles set: "A court later ordered him jailed")
  } else {
    r.source = findSubject(r.L, m, tokens, actors, clause, prevSource);
    // ("Syria's seven-year conflict has killed 511,000 people"): a country's war, crisis or disaster as subject is no
    // agent (syntax.json eventSubjects)
    if (r.source?.possessive && r.source.tokEnd < ti && tokens.slice(r.source.tokEnd, ti).some((t) => t.pos === 'NOUN' && L.words.eventSubjects.has(t.lemma))) return null;
    // ("The magnitude 7.8 earthquake that struck southern Turkey and northwest Syria … killed more than 50,000 people",
    //  "The war in Yemen, where a Saudi-led coalition has been fighting …, had killed"): an event noun heading the
    //  clause's subject, the actor found inside a phrase that describes it, is no agent
    if (r.source && eventHeadsSubject(r, r.source)) return null;
    // (a place naming the event noun after it: "Guatemala's Fuego volcano killed dozens", "the Ukraine war has …")
    if (r.source?.kind === 'modifier' && r.source.tokEnd < ti && tokens[r.source.tokEnd]?.pos === 'NOUN' && L.words.eventSubjects.has(tokens[r.source.tokEnd]!.lemma)) return null;
    // (also where the phrase took the noun in: "Boko Haram's insurgency has killed more than 35,000 people")
    if (r.source && r.source.tokStart >= 0 && tokens.slice(r.source.tokStart, r.source.tokEnd).some((t, k, a) => L.words.eventSubjects.has(t.lemma) && L.words.possessive.test(a[k - 1]?.norm ?? ''))) return null;
    // ("los propietarios de camiones se movilizaron en Uruguay": protesters the lexicon does not know; not for an
    //  infinitive or a gerund, whose subject is the governing clause's, nor past a name the lexicon does not know)
    if (!r.source && p.code.startsWith('14') && L.patterns.protestAtHome && finiteWithoutName(r)) protestAtHome(r);
  }
  // (an armed group named by its name has its sector in its code: "Tigrayan forces" ETHREB)
  const subjectSector = r.source ? sectorOf(r.source) : '';
  if (p.subjectSectors && !(r.source && p.subjectSectors.includes(subjectSector))) return null;
  // ("withdrew an extradition bill that sparked months of protests"): a concession only where the protest is named
  // (the protest named as such, not a word modifying another noun: "the strike law")
  if (L.patterns.concessions.codes.has(p.code) && !tokens.some((t, k) => L.patterns.concessions.context.has(t.norm) && tokens[k + 1]?.pos !== 'NOUN')) return null;
  if (!p.nominal && !r.passive && p.code.startsWith('04')) carried(r);
  // "two car bombs exploded, killing 100 people, in an attack the president blamed on al-Shabab": violence whose
  // agent the sentence does not name is the act of the party it is blamed on or that claimed it
  // (a bare attacker whose country the sentence does not say, "a suicide bomber", "gunmen", is the party named too)
  const bare = (a: ResolvedActor | null) => !a || !a.country && (a.kind === 'modifier' || a.kind === 'group' && !STATE_SECTORS.has(a.sector));
  if (bare(r.source) && VIOLENT.test(p.code)) r.source = blamedAgent(r) ?? r.source;
  objectTarget(r);
  // (a concession is to the country's own people, whatever its object names: "a bill on foreign agents")
  if (L.patterns.concessions.codes.has(p.code)) r.target = null;
  if (ownCommand(r)) return null;
  actTarget(r);
  sharedTarget(r);
  if (!agentTarget(r)) return null;
  // "Obama urged the government to …": a bare role word does not take its country from the other party of its own
  // event (the last government named was Obama's): it is the document's other country
  if (r.source && r.target) { r.target = unlinkFrom(r.target, r.source); r.source = unlinkFrom(r.source, r.target); }
  // ("the annual U.N. climate conference will be held in …", "left the Group of Seven summit early"): a target that
  // names a meeting is no party held or withdrawn from
  // ("called off a planned trip to Germany and Angola to oversee preparations for Hurricane Milton"): a visit cancelled
  // for a cause that is no political act reduces no relations (codes.json cancelledVisits)
  if (CANCELLED_VISITS.has(p.code) && L.mod.cancellation.some((seq) => seq[0] === tokens[ti]!.lemma) && tokens.some((t) => L.mod.apoliticalCauses.has(t.norm))) return null;
  if ((MEETING_NOT_TARGET.roots.has(p.code.slice(0, 2)) || MEETING_NOT_TARGET.codes.has(p.code)) && r.target && namesMeeting(r, r.target)) return null;
  const moded = modalCode(r);
  if (!moded) return null;
  homePosture(r, moded.tns);
  const { tns } = moded;
  // ("American and Filipino troops launched exercises": done together by a compound subject, with no target)
  // (a target that is one of the compound's own members, "Thai and U.S. forces kicked off the annual Cobra Gold military
  //  exercise", where "military" modifies the exercise, is no other party)
  if (r.source?.kind === 'compound' && r.target && L.patterns.joint.has(moded.code) && r.source.members?.some((x) => x.code === r.target!.code)) r.target = null;
  const joint = r.source?.kind === 'compound' && !r.target ? L.patterns.joint.get(moded.code) : undefined;
  // (a concession promised or agreed to is the concession: "agreed to scrap a decree that ended fuel subsidies")
  const conceded = L.patterns.concessions.codes.has(p.code) && moded.code.startsWith('03') ? p.code : null;
  let code = massWeapon(r, bombing(r, conceded ?? joint ?? moded.code));
  // ("warned that it would deploy nuclear weapons in Kaliningrad if Sweden and Finland joined NATO"): a threat, or a
  // show of force to come, whose target is the threatener itself or its own ground is aimed at the party its
  // condition names — a show of force to come on a condition is a threat of force (138)
  const posture = code.startsWith('15') && moded.tns === 'future';
  if ((code.startsWith('13') || posture) && r.source && (!r.target || r.target.country && r.target.country === r.source.country)) {
    const party = conditionParty(r);
    if (party) { r.target = party; if (posture) code = '138'; }
  }
  // ("Thousands of Ukrainian refugees arrived in Poland"): a journey of tourists, refugees or journalists is no visit
  if (code === '042' && !p.nominal && r.source && TRAVELLERS.has(r.source.sector) && L.patterns.journeyVerbs.has(tokens[ti]!.lemma)) return null;
  // ("was flown to Germany on Wednesday for medical tests"): a journey for one's health is no visit
  if (code === '042' && tokens.some((t, k) => L.mod.medicalPurposes.has(t.norm) && tokens.slice(Math.max(0, k - 3), k).some((x) => x.norm === 'for'))) return null;
  // ("Russian paratroopers began arriving in Kazakhstan"): troops that arrive in another country are deployed there
  if (code === '042' && !p.nominal && DEPLOYED && r.source && DEPLOYED.sectors.has(r.source.sector) && r.source.kind !== 'person' && r.source.kind !== 'reference' && L.patterns.journeyVerbs.has(tokens[ti]!.lemma)) code = DEPLOYED.code;
  const symmetric = sym.has(p.code) || sym.has(code) || !!p.mutual || !!joint || reciprocal(r);
  const mutual = compoundEvent(r, code, tns, symmetric);
  if (mutual) return mutual;
  if (!contextRoles(r, code)) return null;
  // (an unidentified attacker's weapon names the act: "A car bomb killed …" is a bombing)
  if (r.source?.unidentified) code = bombing(r, code);
  const events = expandEvents(r, code, symmetric);
  if (!events) return null;
  return { events, source: r.source, tense: r.governingVerb >= 0 && tns !== 'pluperfect' && tns !== 'nonfinite' || subjectOfPast(r) ? 'verb-object' : tns };
}

/** ("Israeli air strikes on Gaza killed 20 people"): a nominal event heading its clause's subject, whose predicate is
 *  a verb in the past, happened then: it is dated as that verb's clause is. */
function subjectOfPast(r: Resolution): boolean {
  const { L, m, tokens, p } = r;
  if (!p.nominal || r.governingVerb >= 0) return false;
  // (nothing but the start of the clause, an article or adjectives before the noun: it opens the subject)
  for (let k = m.triggerStart - 1; k >= 0 && r.clause[k] === r.c; k--) if (!/^(DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[k]!.pos)) return false;
  let k = m.end;
  while (k < tokens.length && k - m.end < 6 && /^(ADP|DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  return tokens[k]?.pos === 'VERB' && r.clause[k] === r.c && tense(L, tokens, k, m.triggerStart) === 'past';
}

/** "accused Azerbaijan of launching an attack overnight, shelling towns with artillery": force told in a participle
 *  right after an accusation's gerund goes on with that gerund, and is as alleged as it is. */
function continuesAllegation(r: Resolution): boolean {
  const { L, tokens, actors, ti } = r;
  if (!isGerund(L, tokens[ti]!.norm) || !(tokens[ti - 1]?.norm === ',' || tokens[ti - 2]?.norm === ',' && tokens[ti - 1]?.pos === 'ADV')) return false;
  const g = tokens.findIndex((t, k) => k < ti - 1 && L.words.gerundPreps.has(t.norm) && isGerund(L, tokens[k + 1]?.norm ?? '') && tokens[k + 1]!.pos === 'VERB');
  if (g < 0 || tokens.slice(g, ti).filter((t) => t.norm === ',').length !== 1) return false;
  // (the accused right before "of", a time phrase between allowed: "accused North Korea on Thursday of torpedoing")
  const between = (a: ResolvedActor) => tokens.slice(a.tokEnd, g).every((t) => t.pos === 'ADV' || L.words.timeWords.has(t.norm) || t.norm === 'on');
  const accused = [...actors].reverse().find((a) => a.tokEnd <= g && g - a.tokEnd <= 4 && a.kind !== 'modifier' && between(a));
  if (!accused) return false;
  for (let k = accused.tokStart - 1; k >= Math.max(0, accused.tokStart - 3); k--) if (tokens[k]!.pos === 'VERB') return L.mod.allegation.has(tokens[k]!.lemma);
  return false;
}

/** "Chinese aid arrived in Nepal", "the first shipment of Red Cross aid arrived in Venezuela", "a team of Cuban doctors
 *  arrived in Italy": a journey whose subject is a thing carried (verbs.json `cargo`), or people of an aid sector, is a
 *  delivery from the actor that modifies the thing or follows "from"/"of" inside the subject's phrase. */
function carried(r: Resolution): void {
  const { L, tokens, actors, ti } = r;
  if (!L.patterns.cargo.size && !L.patterns.cargoSectors.size) return;
  // (past adverbs, auxiliaries and an implicative verb: "began arriving")
  const implicative = (t: Token) => L.mod.implicative.some((seq) => seq.length === 1 && seq[0] === t.lemma);
  let k = ti - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || implicative(tokens[k]!))) k--;
  if (k < 0) return;
  const inActor = (i: number) => actors.some((a) => a.tokStart <= i && i < a.tokEnd);
  let s = k;
  // (a participle with its agent is inside the phrase: "the first F-16 fighter jets supplied by Denmark have arrived")
  const reducedRelative = (i: number) => tokens[i]!.pos === 'VERB' && L.words.agentPreps.has(tokens[i + 1]?.norm ?? '');
  while (s > 0 && ti - s < 14 && (inActor(s - 1) || reducedRelative(s - 1) || !/^(VERB|AUX|SCONJ|PRON|PUNCT)$/.test(tokens[s - 1]!.pos) && !L.words.relativeSubjects.has(tokens[s - 1]!.norm))) s--;
  const inPhrase = (a: ResolvedActor) => a.tokStart >= s && a.tokEnd <= k + 1;
  const words = (i: number) => [tokens[i]!.norm, tokens[i]!.lemma, i > 0 ? tokens[i - 1]!.norm + '_' + tokens[i]!.norm : ''];
  let code: string | undefined;
  for (let i = s; i <= k && !code; i++) {
    // (a capitalised first word is often tagged as a name: "Aid from China arrived")
    if (!(tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN' && i === 0) || inActor(i)) continue;
    for (const w of words(i)) code ??= L.patterns.cargo.get(w);
  }
  // ("a team of Russian doctors arrived": the people after a collective noun's "of" are the ones who travel)
  const subject = (r.source && inPhrase(r.source) ? r.source : null) ?? actors.find((a) => inPhrase(a) && a.prep !== null && L.words.collectivePreps.has(a.prep) && a.tokEnd === k + 1) ?? null;
  // ("German tanks arrived in Ukraine": the thing carried may be the head of the subject's own phrase)
  const head = subject ? L.patterns.cargo.get(tokens[subject.tokEnd - 1]!.norm) : undefined;
  const carrier = subject && !head ? L.patterns.cargoSectors.get(subject.sector) : undefined;
  code ??= head ?? carrier;
  if (!code) return;
  if (head && subject && subject.country) {
    r.source = { ...subject, code: subject.country, sector: '', kind: 'country', members: undefined };
    r.p = { ...r.p, code };
    return;
  }
  const from = actors.find((a) => inPhrase(a) && a.prep !== null && (L.words.agentPreps.has(a.prep) || L.words.cargoFromPreps.has(a.prep)) && (a.country || /^(IGO|NGO)/.test(a.code)));
  const owner = actors.find((a) => inPhrase(a) && (a.kind === 'modifier' || a.possessive || tokens[a.tokEnd]?.pos === 'NOUN') && (a.country || /^(IGO|NGO)/.test(a.code)));
  const source = carrier ? subject : from ?? owner ?? null;
  if (!source) return;
  // (the people who carry aid stand for their country's government: "Cuban doctors" are Cuba's aid)
  r.source = carrier && source.country ? { ...source, code: source.country + 'GOV', sector: 'GOV', members: undefined } : source;
  r.p = { ...r.p, code };
}

/** Source of a nominal event: the actor right before the noun ("US sanctions", "Washington's embargo", "the Russian
 *  invasion") or inside the match, the subject of the governing verb ("Moscow ordered the expulsion of …"), or a "by"
 *  agent after it. */
function nominalSource(r: Resolution): void {
  const { tokens, actors, clause, ti, c, p, m } = r;
  // ("los mineros en huelga", "los médicos están en huelga": a state phrase, syntax.json statePreps and stateVerbs)
  let state = ti;
  if (r.L.words.statePreps.has(tokens[ti - 1]?.norm ?? '')) {
    state = ti - 1;
    if (r.L.words.stateVerbs.has(tokens[state - 1]?.lemma ?? '')) state -= r.L.words.clitics.has(tokens[state - 2]?.norm ?? '') ? 2 : 1;
  }
  for (const a of actors) {
    if (a === r.target) continue;
    // (the holder of a state is a plain noun phrase, not one a preposition introduces: "represalias a Estados Unidos en
    //  protesta por …" are not Washington's protest)
    const end = a.tokEnd === state && (state === ti || a.prep === null) ? ti : a.tokEnd;
    if (end <= ti && ti - end <= 3 && clause[a.tokStart] === c && tokens.slice(end, ti).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.norm === "'s" || t.norm === '-' || t.pos === 'DET')) {
      // ("the embassy bombings": what was hit, not who acted)
      if (VIOLENT.test(p.code) && r.L.patterns.patientHeads.has(tokens[a.tokEnd - 1]!.norm)) continue;
      r.source = a;
    }
  }
  if (!r.source) r.source = m.inner.find((a) => a !== r.target && (a.kind === 'modifier' || a.possessive)) ?? null;
  // ("the first visit by a Chinese head of state to Nepal"): an agent inside the pattern's phrase, after "by"
  if (!r.source) r.source = m.inner.find((a) => a !== r.target && a.prep !== null && r.L.words.nominalAgentPreps.has(a.prep) && a.tokStart < (r.target?.tokStart ?? Infinity)) ?? null;
  if (!r.source) mannerSource(r);
  // "Moscow ordered the expulsion of …", "A and B agreed to a prisoner swap": the governing verb's subject
  // (not a reporter's, "reported the killing of …", but an announcer's: "announced the release of", syntax.json ownActVerbs)
  if (!r.source) {
    let k = ti - 1;
    // (adjectives may be coordinated or graded: "held a lengthy and highly productive phone call with Putin")
    const inAdjectives = (i: number) => (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'CCONJ') && (tokens[i + 1]?.pos === 'ADJ' || tokens[i + 1]?.pos === 'ADV' && tokens[i + 2]?.pos === 'ADJ');
    // (an amount may stand before the noun, "pledged 3.5 million euros in emergency humanitarian assistance": its
    //  number, its unit and the preposition after it)
    const amountPrep = (i: number) => r.L.words.amountPreps.has(tokens[i]!.norm) && tokens[i - 1]?.pos === 'NOUN' && tokens[i - 2]?.pos === 'NUM';
    const inAmount = (i: number) => amountPrep(i) || tokens[i]!.pos === 'NOUN' && tokens[i - 1]?.pos === 'NUM' && amountPrep(i + 1);
    while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || tokens[k]!.norm === 'to' || r.L.words.quote.has(tokens[k]!.norm) || /^(its|their|his|her)$/.test(tokens[k]!.norm) || tokens[k]!.pos === 'NOUN' && ti - k <= 1 || inAdjectives(k) || inAmount(k))) k--;
    // (the amount's numbers, "3.5 million", count with it)
    const amountNumber = (i: number) => { let j = i; while (tokens[j]?.pos === 'NUM') j++; return j > i && inAmount(j); };
    const span = tokens.slice(k + 1, ti).filter((t, i) => t.pos !== 'ADV' && t.pos !== 'CCONJ' && t.pos !== 'ADJ' && !inAmount(k + 1 + i) && !amountNumber(k + 1 + i)).length;
    if (k >= 0 && tokens[k]!.pos === 'VERB' && (!r.L.mod.reporting.has(tokens[k]!.lemma) || r.L.words.ownActVerbs.has(tokens[k]!.lemma)) && (ti - k <= 4 || span <= 3 && ti - k <= 8)) {
      r.source = findSubject(r.L, { ...m, triggerStart: k, triggerEnd: k + 1 }, tokens, actors, clause, r.prevSource);
      if (r.source) r.governingVerb = k;
    }
  }
  if (!r.source) {
    // "by X" after the noun phrase
    // (not the agent of a participle in between: "a ceasefire brokered by Egypt" names the mediator)
    const byIdx = tokens.findIndex((t, k) => k >= m.end && k <= m.end + 1 && r.L.words.nominalAgentPreps.has(t.norm) && !(k > m.end && tokens[m.end]!.pos === 'VERB'));
    if (byIdx >= 0) r.source = actors.find((a) => a.tokStart > byIdx && a.tokStart <= byIdx + 5) ?? null;
  }
  // "clashes between police and protesters", "talks between Israel and Hamas": the two sides, both ways
  // ("Egypt hosted talks between Israel and Hamas": the talks are between the two, whoever hosts them)
  if (/\bbetween \+$/.test(p.source) && r.target?.kind === 'compound' && r.target.members?.length === 2) {
    r.source = r.target.members[0]!; r.target = r.target.members[1]!; r.mutual = true; r.governingVerb = -1;
  } else if (/\bbetween \+$/.test(p.source) && r.target && r.target.kind !== 'compound') {
    const other = actors.find((a) => a.tokStart > r.target!.tokEnd && a.tokStart <= r.target!.tokEnd + 4 && tokens.slice(r.target!.tokEnd, a.tokStart).some((t) => t.norm === 'and'));
    if (other) { r.source = r.target; r.target = other; r.mutual = true; }
  }
  // "rocket fire from Gaza on Sderot", "shelling from Russian positions": the attack comes from its "from" phrase
  if (!r.source && VIOLENT.test(p.code)) r.source = actors.find((a) => a.prep === 'from' && a.tokStart > ti && a.tokStart <= m.end + 3 && a !== r.target) ?? null;
  if (p.code.startsWith('14')) protestSides(r);
}

/** "la Unión Europea acordó represalias a Estados Unidos en protesta por la ley Helms-Burton", "los expertos adelantaron
 *  el reloj en protesta contra los ensayos": a nominal event in a manner phrase (syntax.json mannerPhrases) is done by
 *  the subject of its clause's verb. */
function mannerSource(r: Resolution): void {
  const { L, tokens, ti, clause, c, m } = r;
  const at = (seq: string[]) => seq.every((w, k) => tokens[ti - seq.length + k]?.norm === w);
  const phrase = L.words.mannerPhrases.find(at);
  if (!phrase) return;
  for (let k = ti - phrase.length - 1; k >= 0 && clause[k] === c; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || t.norm === t.lemma || L.mod.reporting.has(t.lemma)) continue;
    r.source = findSubject(L, { ...m, triggerStart: k, triggerEnd: k + 1, target: null }, tokens, r.actors, clause, r.prevSource);
    return;
  }
}

/** A protest named as a noun: a country named as its adjective ("Egyptian protests") or its place ("demonstrations in
 *  Yemen") means that country's people protesting; its government is the target unless the pattern named one. */
function protestSides(r: Resolution): void {
  const s = r.source, t = r.target;
  if (s && s.country && (s.kind === 'country' || s.kind === 'modifier' && !s.sector)) r.source = { ...s, code: s.country + 'CVL', sector: 'CVL', kind: 'group' };
  else if (!s && t && t.country && (t.kind === 'country' || t.kind === 'place') && !r.L.patterns.againstPreps.has(t.prep ?? '')) {
    r.source = { ...t, code: t.country + 'CVL', sector: 'CVL', kind: 'group', fromContext: true };
    r.target = null;
  } else if (!s && t && t.country && STATE_SECTORS.has(t.sector) && r.L.patterns.protestByPeople) {
    r.source = { ...t, code: t.country + 'CVL', sector: 'CVL', kind: 'group', fromContext: true };
  } else if (!s && t && t.country && t.kind === 'country' && r.L.patterns.protestAtHome) {
    // ("las protestas contra Estados Unidos" in a report from Mexico: the people of the scene, at that country)
    protestAtHome(r);
  } else if (!s && !t && r.L.patterns.protestAtHome) {
    // ("una oleada de protestas en el sur del país": the people of the scene, else of the country the article is about)
    protestAtHome(r);
  }
}

/** A place phrase of the trigger's clause close to it, the nearest ("en protesta por la guerra en Irak" names no scene). */
function nearPlace(r: Resolution): ResolvedActor | undefined {
  const { actors, clause, c, ti, m } = r;
  // (close on either side, and not a place of a noun after the act: "en protesta por la guerra en Irak" names none)
  const nounBetween = (a: ResolvedActor) => a.tokStart > m.end && r.tokens.slice(m.end, prepIndex(r.tokens, a)).some((t) => t.pos === 'NOUN');
  return actors.filter((a) => a.prep !== null && r.L.words.locative.has(a.prep) && (a.kind === 'place' || a.kind === 'country') && a.country && clause[a.tokStart] === c && a.tokStart - m.end <= 4 && a.tokStart >= ti - 4 && !nounBetween(a))
    .sort((a, b) => Math.abs(a.tokStart - ti) - Math.abs(b.tokStart - ti))[0];
}

/** A finite verb (not an infinitive or a gerund: its lemma is not its form, nor does it end as a gerund) with no
 *  proper name before it in its clause. */
function finiteWithoutName(r: Resolution): boolean {
  const t = r.tokens[r.ti]!;
  if (t.norm === t.lemma || /(ando|iendo|yendo)(se|lo|la|los|las)?$/.test(t.norm)) return false;
  const start = firstOfClause(r.clause, r.ti);
  if (r.L.words.relativeSubjects.has(r.tokens[start]?.norm ?? '')) return false;
  for (let k = start; k < r.ti; k++) if (r.tokens[k]!.pos === 'PROPN') return false;
  return true;
}

/** A protest whose agent the sentence does not name, by the people of the place it names, else of the country the
 *  article is about (nouns.json protestAtHome). */
function protestAtHome(r: Resolution): void {
  // (not the country the protest is against: then the document's other country last named)
  const against = r.target?.country ?? null;
  const focus = focusCountry(r.ctx);
  const c = nearPlace(r)?.country ?? (focus !== against ? focus : [...r.ctx.countries].reverse().find((x) => x !== against) ?? null);
  if (c) { r.source = { code: c + 'CVL', country: c, name: c, start: 0, end: 0, kind: 'reference', tokStart: -1, tokEnd: -1, prep: null, possessive: false, sector: 'CVL', fromContext: true }; r.atHome = true; }
}

/** A passive: the "by" agent is the source, the subject the target. False when its subject is a thing. */
function passiveRoles(r: Resolution): boolean {
  const { tokens, actors, clause, ti, c, p, m } = r;
  // (past adjuncts of time and duration, no verb or comma between: "was questioned for nearly five hours on Tuesday by
  //  Malaysia's anti-graft agency")
  let reach = m.end + 3;
  while (reach < m.end + 10 && reach < tokens.length && !/^(VERB|AUX|SCONJ|CCONJ|PUNCT|PRON)$/.test(tokens[reach]!.pos) && !r.L.words.agentPreps.has(tokens[reach]!.norm)) reach++;
  const byIdx = tokens.findIndex((t, k) => k >= m.triggerEnd && k <= reach && r.L.words.agentPreps.has(t.norm) && clause[k] === c);
  if (byIdx >= 0) r.source = actors.find((a) => a.tokStart > byIdx && a.tokStart <= byIdx + 3 && usable(a)) ?? null;
  // "detained in the country": the authorities of that place (arrests and expulsions only: "killed in Kenya" names
  // where it happened, not who did it)
  if (!r.source && tokens[ti + 1]?.norm === 'in' && COERCION.test(p.code)) {
    const loc = actors.find((a) => a.tokStart > ti && a.tokStart <= ti + 3 && a.country && a.kind !== 'modifier');
    if (loc) r.source = { ...loc, code: loc.country + 'GOV', sector: 'GOV', fromContext: true };
  }
  // "demonstrations were held in Yemen": with no agent, the people of the place protest
  if (!r.source && p.code.startsWith('14')) {
    const place = actors.find((a) => a.tokStart > ti && a.prep === 'in' && a.country && (a.kind === 'country' || a.kind === 'place'));
    if (place) r.source = { ...place, code: place.country + 'CVL', sector: 'CVL', kind: 'group', fromContext: true };
  }
  // ("joint exercises, to be held in the desert"): a passive infinitive's patient is the noun phrase before it; a
  // thing there is no actor acted on
  const marker = r.L.words.infinitiveMarker;
  if (!r.target && marker && r.L.words.be.has(tokens[ti - 1]?.norm ?? '') && tokens[ti - 2]?.norm === marker) {
    const k = tokens[ti - 3]?.norm === ',' ? ti - 4 : ti - 3;
    if (tokens[k]?.pos === 'NOUN' && !actors.some((a) => a.tokEnd === k + 1)) return false;
  }
  // subject of a passive = target (in a reduced relative, the actor right before it: "a number of Americans
  // detained in …"; in a relative clause, its antecedent: "Americans who were detained")
  if (!r.target) r.target = actors.find((a) => a.tokEnd === ti && a.kind !== 'modifier' && usable(a)) ?? null;
  if (!r.target) {
    for (const a of actors) if (a.tokEnd <= ti && clause[a.tokStart] === c && SUBJECT_PREPS.has(a.prep) && usable(a)) r.target = a;
    const start = firstOfClause(clause, ti);
    // ("Alexei Navalny, who was detained …": the antecedent, a comma between)
    if (!r.target && r.L.words.relativeSubjects.has(tokens[start]?.norm ?? '')) r.target = actors.find((a) => (a.tokEnd === start || a.tokEnd === start - 1 && tokens[a.tokEnd]?.norm === ',') && a.kind !== 'modifier') ?? null;
  }
  // ("Hernández was extradited to the United States"): a person handed over with no agent named, by the person's own
  // state to the state after "to"
  if (!r.source && HANDED_OVER.has(p.code)) {
    const patient = [...actors].reverse().find((a) => a.tokEnd <= ti && clause[a.tokStart] === c && a.prep === null && a.kind === 'person' && a.country);
    const dest = r.target && r.target !== patient ? r.target : actors.find((a) => a.tokStart > ti && a.prep !== null && r.L.words.destinationPreps.has(a.prep) && a.country);
    // ("was extradited to Peru from the United States": the state it comes from)
    const origin = actors.find((a) => a.tokStart > ti && a.prep !== null && r.L.words.originPreps.has(a.prep) && a.country && a !== dest);
    const giver = origin?.country ?? patient?.country;
    if (patient && giver && dest?.country && dest.country !== giver) {
      r.source = { ...(origin ?? patient), code: giver + 'GOV', country: giver, sector: 'GOV', kind: 'reference', fromContext: true };
      r.target = dest;
    }
  }
  // "was killed in a firefight with U.S. forces", "were wounded in an Israeli airstrike": a passive act of force with no
  // "by" agent has the agent of the combat it happened in
  if (!r.source && PHYSICAL.test(p.code)) r.source = combatAgent(r) ?? blamedAgent(r);
  // "nine journalists were detained", "its bureau was closed", "an activist who was imprisoned": an arrest or a closure
  // with no agent named is the act of the state where it happened — the place the sentence names, else the state of
  // the person it was done to, else the country the document is about
  if (!r.source && COERCION.test(p.code)) {
    // (the place of the act's own clause first: "extradited to the tribunal in The Hague … after the chief was arrested
    //  in a village north of Belgrade")
    const isPlace = (a: ResolvedActor) => !!a.country && (a.kind === 'country' || a.kind === 'place');
    const place = (actors.find((a) => a.tokStart > ti && clause[a.tokStart] === c && isPlace(a) && located(r, a)) ?? actors.find((a) => a.prep !== null && r.L.words.locative.has(a.prep) && isPlace(a)))?.country
      ?? (r.target?.country && r.target.kind !== 'country' ? r.target.country : null) ?? focusCountry(r.ctx);
    if (place) r.source = { code: place + 'GOV', country: place, name: place, start: 0, end: 0, kind: 'reference', tokStart: -1, tokEnd: -1, prep: null, possessive: false, sector: 'GOV', fromContext: true };
  }
  // "this progress was halted", "the trip that was taken": a passive whose subject is a thing (and no object
  // word of the pattern stands before it, as in "sanctions were reinstated") has no actor as its patient
  if (!r.target && m.passiveObject === undefined) return false;
  r.confidence -= 0.1;
  return true;
}

/** The party an attack is blamed on or claimed by, anywhere in the sentence: "in an attack blamed on Boko Haram",
 *  "an attack the president blamed on al-Shabab", "claimed by the Islamic State group". */
function blamedAgent(r: Resolution): ResolvedActor | null {
  const { tokens, actors, ti } = r;
  for (let k = 1; k < tokens.length; k++) {
    const n = tokens[k]!.norm;
    const W = r.L.words;
    // (syntax.json blame: the verbs, their preposition and the pronoun objects between, "blamed it on")
    const blamed = W.blame.preps.has(n) && (W.blame.verbs.has(tokens[k - 1]!.lemma) || W.blame.verbs.has(tokens[k - 2]?.lemma ?? '') && W.blame.objects.has(tokens[k - 1]!.norm));
    const claimed = W.agentPreps.has(n) && W.blame.claims.has(tokens[k - 1]!.lemma);
    // ("A Taliban splinter group claimed responsibility for a suicide bombing"): the claimer is the subject of "claim"
    if (r.p.nominal && W.blame.claims.has(tokens[k]!.lemma) && W.claimObjects.has(tokens[k + 1]?.norm ?? '') && k < ti) {
      const subject = [...actors].reverse().find((x) => x.tokEnd <= k && k - x.tokEnd <= 3 && x.prep === null && (x.country || /^(IGO|NGO|IMG)/.test(x.code)) && x.kind !== 'modifier');
      if (subject) return { ...subject, fromContext: true };
    }
    if (!blamed && !claimed) continue;
    const a = actors.find((x) => x.tokStart > k && x.tokStart <= k + 4 && x.tokStart !== ti && (x.country || /^(IGO|NGO|IMG)/.test(x.code)) && x.kind !== 'modifier');
    if (a) return { ...a, fromContext: true };
  }
  return null;
}

/** The actor of a combat phrase after a passive verb: "in a firefight with U.S. forces", "in an Israeli airstrike". */
function combatAgent(r: Resolution): ResolvedActor | null {
  const { tokens, actors, clause, c, ti } = r;
  for (let k = ti + 1; k < tokens.length && clause[k] === c; k++) {
    if (!r.L.words.combatNouns.has(tokens[k]!.norm)) continue;
    // an adjective before the noun ("an Israeli airstrike"), or "with"/"by"/"from" X right after it ("in an attack
    // from Lebanon")
    const before = actors.find((a) => a.tokEnd === k && a.kind === 'modifier' && a.country);
    if (before) return { ...before, code: before.country!, sector: '', kind: 'country' };
    const after = actors.find((a) => a.tokStart > k && a.tokStart <= k + 4 && (a.prep === 'with' || a.prep === 'by' || a.prep === 'from') && (a.country || /^(IGO|NGO|IMG)/.test(a.code)));
    if (after) return after;
  }
  return null;
}

/** The target of an active verb: a relative's antecedent ("with whose regime X broke off relations"), an actor inside
 *  the matched phrase ("expelled the French ambassador"), else the first actor after it in the clause. */
function objectTarget(r: Resolution): void {
  const { tokens, actors, ti, c, p, m } = r;
  // ("broke up an opposition rally in Lagos"): a city after "in" that the pattern found is where it happened, for the
  // acts no city is the target of; the target is looked for again
  // (so is "the Saudi capital", "the Ethiopian capital": a country adjective before a place noun)
  if (r.target && r.target.prep !== null && r.L.words.locative.has(r.target.prep) && placeNamed(r, r.target) && !CITY_TARGET.test(p.code) && !p.hasTarget) r.target = null;
  if (!r.target && !p.nominal) {
    const k = tokens.findIndex((t, idx) => idx < ti && t.norm === 'whose' && r.clause[idx]! >= c - 1 && ti - idx < 10);
    if (k > 0) {
      const ante = [...actors].reverse().find((a) => a.tokEnd <= k && k - a.tokEnd <= 3);
      if (ante && ante !== r.source) { r.target = ante; r.confidence -= 0.1; }
    }
  }
  if (r.target || r.passive || m.open) return;
  const source = r.source;
  // (not a bare role whose country is only guessed, when the pattern's own target slot named none: "sent an envoy
  //  to the Middle East" — the envoy is the sender's)
  r.target = m.inner.find((a) => a !== source && a.kind !== 'modifier' && a.kind !== 'compound' && (!source || a.code !== source.code) && !(p.hasTarget && m.deferred && (a.fromContext || !a.country))) ?? null;
  // ("sent his forces into …", "pull back its troops"): a role owned by a pronoun is the subject's own
  // ("Chile and Colombia recalled their ambassadors"): a compound subject's own role is each member's; the act is no
  // mutual one between the members, and its target is named elsewhere or implied by the document
  if (r.target && source?.kind === 'compound' && ownRole(r.L, tokens, r.target)) {
    r.ownObject = true;
    // (else the target of the sentence's earlier act, whose parallel this is: "Bolivia broke off relations with
    //  Israel, while Chile and Colombia recalled their ambassadors")
    const outside = (x: ResolvedActor | null): x is ResolvedActor => !!x && !source.members?.some((y) => y.country === x.country);
    const after = followingTarget(r);
    r.target = outside(after) ? after : outside(r.prevTarget) ? r.prevTarget : null;
    return;
  }
  if (r.target && source?.country && ownRole(r.L, tokens, r.target)) {
    // ("recalled its ambassador to Iran"): an own role as object; the actor after it, if another, is the target
    const after = followingTarget(r);
    // ("Greece put its armed forces on alert after Turkey sent …"): a posture of one's own forces towards another
    // country with none named after them aims at the party the document implies (codes.json impliedTarget)
    const posture = p.code.startsWith('15') && !HOME_POSTURES.has(p.code) && IMPLIED_TARGET.has('15');
    r.target = after && after.country && after.country !== source.country ? after : posture ? null : { ...r.target, country: source.country, code: source.country + r.target.sector, fromContext: true };
    if (!r.target) return;
  }
  if (!r.target) r.target = relativeTarget(r) ?? followingTarget(r);
}

/** "a suicide car bombing that tore through the United Nations headquarters", "an air strike which hit a convoy of
 *  aid workers": a violent nominal event with no target in its phrase, right before a relative clause of its own,
 *  is aimed at the actor that clause's verb reaches (within a few words past its preposition and determiners). */
function relativeTarget(r: Resolution): ResolvedActor | null {
  const { L, tokens, actors, m, p } = r;
  if (!p.nominal || !VIOLENT.test(p.code)) return null;
  const k = m.end;
  if (!L.words.relativeSubjects.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.pos !== 'VERB' || isPassive(L, tokens, k + 1, actors)) return null;
  const a = actors.find((x) => x.tokStart > k + 1 && x.tokStart <= k + 5);
  if (!a || a.kind === 'modifier' && !a.country || !tokens.slice(k + 2, a.tokStart).every((t) => /^(ADP|DET|ADJ|ADV|NUM)$/.test(t.pos))) return null;
  return a;
}

/** ("Mexico sent thousands of soldiers into the western state of Michoacan to disarm vigilante groups"): a force
 *  posture of a state inside its own country aims at the rebels, gangs, opposition or people the sentence names
 *  there, else, when it went to a place of that country, at its people (codes.json homeAdversaries). */
function homePosture(r: Resolution, tns: string): void {
  const { source, actors, p, tokens } = r;
  // (the forces deployed, an object of the verb, are no target: "ordered soldiers onto the streets")
  const target = r.target && r.target.kind === 'group' && (r.target.sector === 'MIL' || r.target.sector === 'COP') && (!r.target.country || r.target.country === r.source?.country) ? null : r.target;
  // (a ceasefire of a state's own too: "ordered his forces to observe a unilateral ceasefire in the east, giving
  //  pro-Russian separatists a chance to lay down their arms")
  const ceasefire = p.code === '0871';
  if (!(p.code.startsWith('15') || ceasefire) || !HOME_ADVERSARIES.size || !source?.country || source.kind === 'compound') return;
  if (!(STATE_SECTORS.has(source.sector) || !source.sector) || /^(IGO|NGO|IMG)/.test(source.code)) return;
  const home = source.country;
  const ownPlace = (a: ResolvedActor | null) => !!a && a.country === home && (a.kind === 'place' || a.kind === 'country' || a.kind === 'modifier' && r.L.words.placeNouns.has(r.tokens[a.tokEnd]?.lemma ?? ''));
  if (target && !ownPlace(target)) return;
  // (a posture with another country or an organisation named is aimed at it, not at home: "massed troops near its border
  //  with Ukraine and in rebel-held areas", "send 1,000 police officers to help train Haitian police", "deployed Iskander
  //  missiles in its Baltic exclave of Kaliningrad, wedged between NATO members Poland and Lithuania")
  if (actors.some((a) => a.country && a.country !== home || /^(IGO|NGO)/.test(a.code))) return;
  // (an adversary of the same country, or one the sentence names with no country, in its own clause or after it)
  const adversary = actors.find((a) => a !== source && a !== target && !a.possessive && a.kind !== 'modifier' && a.kind !== 'compound' && HOME_ADVERSARIES.has(sectorOf(a)) && (a.country === home || !a.country && !a.foreign) && a.tokStart > r.ti);
  if (adversary && !(ceasefire && sectorOf(adversary) === 'CVL')) { r.target = adversary.country ? adversary : { ...adversary, country: home, code: home + adversary.sector, fromContext: true }; return; }
  if (ceasefire) return;
  // (not for a deployment still to come, whose aim the sentence does not say: "Russia will deploy troops in Kaliningrad";
  //  nor with an international armed group named, at which it may be aimed)
  if (tns === 'future' || actors.some((a) => /^IMG/.test(a.code))) return;
  // (with no target named, where the deployment goes to a place of the country the sentence names: "posted soldiers on
  //  the streets of the capital", "stationed soldiers at fuel stations across the island")
  const placed = !!target || r.m.pattern.rest.some((e) => e.kind === 'words' && e.alts.some((a) => a.some((w) => r.L.words.placeNouns.has(w) || w === 'streets'))) && !tokens.some((t) => r.L.words.conditionalOpeners.has(t.norm));
  if (placed) r.target = { ...source, code: home + 'CVL', country: home, sector: 'CVL', kind: 'reference', tokStart: -1, tokEnd: -1, start: 0, end: 0, fromContext: true, members: undefined };
}

/** "Putin ordered Russia's nuclear deterrence forces to be put on alert", "Abiy ordered a military offensive": a demand
 *  by command (verbs.json commands) to the speaker's own state — its forces, police or officials — is no demand. */
function ownCommand(r: Resolution): boolean {
  const { L, tokens, ti, p, source, target } = r;
  if (!p.code.startsWith('10') || p.nominal || !source || !L.patterns.commands.has(tokens[ti]!.lemma)) return false;
  // (an executive's command; a court ordering the government is a demand between two powers: codes.json commandChain)
  if (!COMMAND_CHAIN.commanders.has(source.sector)) return false;
  // (its own state's roles; a bare armed force or police, "the army", is its own too — bare diplomats may be anyone's)
  const own = (x: ResolvedActor) => STATE_SECTORS.has(x.sector) && x.country === source.country || !x.country && COMMAND_CHAIN.forces.has(x.sector);
  // (the target the pattern found, or a role of the object phrase: "a military offensive")
  if (target) return own(target) && target.kind !== 'country';
  return r.m.inner.some((x) => own(x) && x.kind !== 'country');
}

/** "Russia attacked Kyiv, Zelenskiy said, calling it an inhumane act": a pattern with no "+" whose object refers to an
 *  act of the sentence (verbs.json actReferences) aims at that act's doer, or at its target when the doer speaks. */
function actTarget(r: Resolution): void {
  const { L, tokens, m, p, source, prevSource, prevTarget } = r;
  if (r.target || p.nominal || p.hasTarget || !source || !prevSource) return;
  let k = m.triggerEnd;
  if (L.words.articles.has(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k];
  // (", a move Tehran denounced as politically motivated": the act named in apposition, its judge after it)
  let b = source.tokStart - 1;
  if (L.words.relativeSubjects.has(tokens[b]?.norm ?? '')) b--;
  const apposed = b > 1 && L.patterns.actReferences.has(tokens[b]!.norm) && L.words.articles.has(tokens[b - 1]!.norm) && tokens[b - 2]!.norm === ',' && source.tokEnd <= m.triggerStart;
  if (!apposed && (!w || k >= m.end || !L.patterns.actReferences.has(w.norm))) return;
  // ("calling it …": an "it" the resolver took for an actor is the act here)
  if (!apposed && r.actors.some((a) => a.tokStart === k && a.kind !== 'reference')) return;
  const same = (a: ResolvedActor, b: ResolvedActor) => a === b || a.code === b.code || !!a.country && a.country === b.country;
  const aim = same(prevSource, source) ? prevTarget : prevSource;
  if (aim && !same(aim, source)) { r.target = aim; r.confidence -= 0.1; }
}

/** "blamed Israel for the attack and vowed revenge", "imposed sanctions on Belarus and warned of further measures": a
 *  coordinated verb of the same subject that names no target of its own aims at its conjunct's. */
function sharedTarget(r: Resolution): void {
  const { L, tokens, ti, p, source, prevSource, prevTarget } = r;
  if (r.target || p.nominal || r.passive || !source || !prevSource || !prevTarget || !coordinated(L, tokens, ti)) return;
  if (source !== prevSource && source.code !== prevSource.code) return;
  if (prevTarget.tokStart >= ti || prevTarget.code === source.code) return;
  r.target = prevTarget;
  r.confidence -= 0.1;
}

/** A reporting verb within the next few words (", a court official said Thursday"), with no other verb before it. */
function reportingAfter(r: Resolution, from: number): boolean {
  const { tokens } = r;
  for (let k = from; k < Math.min(tokens.length, from + 7); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return r.L.mod.reporting.has(t.lemma);
    if (t.norm === ',' || r.L.words.punctStop.has(t.norm)) return false;
  }
  return false;
}

/** First actor after the match in its clause (active verbs without "+"), a place after "in" for the roots that take
 *  one, or a country adjective inside the phrase ("bought Russian oil"). */
function followingTarget(r: Resolution): ResolvedActor | null {
  const { tokens, actors, clause, c, p, m, source } = r;
  let stop = tokens.length, reporter = -1;
  for (let k = m.end; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (r.L.words.punctStop.has(t.norm) || t.norm === ',' && /^(VERB|AUX|ADV|PRON|SCONJ)$/.test(tokens[k + 1]?.pos ?? '')) { stop = k; break; }
    // ", a spokesman said", ", Chinese officials said": a reporting clause after a comma is its own, its actors no target
    if (t.norm === ',' && reportingAfter(r, k + 1)) { stop = k; reporter = k; break; }
    // "holds eight degrees and is a Fellow of …": a coordinated predicate has its own object; so has a verb
    // after the object ("called on all states to cooperate with the authorities")
    if ((t.norm === 'and' || t.norm === 'but') && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) { stop = k; break; }
    // ("marched through the capital to demand an end to the Gnassingbe family's grip on power"): a protest's purpose
    // clause names what it is for, not whom it is against (its target is the government, codes.json ownCountryTarget)
    if (p.code.startsWith('14') && t.norm === r.L.words.infinitiveMarker && tokens[k + 1]?.pos === 'VERB') { stop = k; break; }
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
    // ("with no Ukrainian officials in the room"): a party named as absent is none
    if (r.L.words.absentDeterminers.has(tokens[a.tokStart - 1]?.norm ?? '')) continue;
    // ("spoke by phone, with Taiwan dominating a conversation …"): an absolute clause names no party, nor does what
    // follows it
    if (a.prep !== null && r.L.words.comitative.has(a.prep) && isGerund(r.L, tokens[a.tokEnd]?.norm ?? '')) break;
    if (infinitive && a.prep === 'of') continue;
    // "arrested 14 foreigners in their search for bombers": "for" after a noun outside the matched phrase
    // belongs to that noun, not to the verb
    if (a.prep === 'for' && a.tokStart >= m.end + 2 && tokens[prepIndex(tokens, a) - 1]?.pos === 'NOUN') continue;
    if (clause[a.tokStart] !== c && !(a.tokStart - m.end <= 2)) break;
    if (a.tokStart - m.end > 15) break;
    if (a.possessive && r.L.words.notTargetPossessed.has(tokens[a.tokEnd + 1]?.norm ?? '')) continue;
    // ("the first major casualty of the Panama Papers leak"): a country's name inside a proper name is no party
    // (a capitalised name: a Spanish demonym after its noun, "la ley norteamericana Helms-Burton", is the law's country)
    if ((a.kind === 'modifier' || a.kind === 'country') && !a.possessive && !!tokens[a.tokEnd - 1]?.cap && !!tokens[a.tokEnd]?.cap && /^(PROPN|NOUN)$/.test(tokens[a.tokEnd]!.pos) && !r.L.words.timeWords.has(tokens[a.tokEnd]!.norm)) continue;
    // ("threatened to put a hold on U.S. funding to the World Health Organization"): the source's own country naming
    // a thing of its own, a bare name before a plain noun, is no party; the target is named after it
    if (source?.country && a.country === source.country && (a.kind === 'country' || a.kind === 'modifier') && !a.possessive && tokens[a.tokEnd]?.pos === 'NOUN' && !actors.some((x) => x.tokStart === a.tokEnd)) continue;
    // ("a ceasefire brokered by Egypt and Qatar"): the agent of a mediating participle is the mediator, no party
    if (a.prep !== null && r.L.words.agentPreps.has(a.prep) && r.L.words.mediatorParticiples.has(tokens[prepIndex(tokens, a) - 1]?.norm ?? '')) continue;
    // "a ship owned by an Israeli businessman": the owner of the object of a physical act
    const ownedBy = a.prep !== null && r.L.words.agentPreps.has(a.prep) && PHYSICAL.test(p.code) && r.L.words.owned.test(tokens.slice(Math.max(0, a.tokStart - 4), a.tokStart).map((t) => t.norm).join(' '));
    if (!r.L.words.targetPreps.has(a.prep) && !(a.kind !== 'place' && a.kind !== 'country' && a.prep === 'in' && !p.dictionary) && !ownedBy) continue;
    // ("sentenced … to four years in prison"): a bare role word after "in" with no country names a place, no one
    if (a.prep === 'in' && a.kind === 'group' && !a.country) continue;
    // ("broke up an opposition rally in Lagos"): a city after "in" is where it happened, for the acts no city is the
    // target of
    if (a.prep !== null && r.L.words.locative.has(a.prep) && placeNamed(r, a) && !CITY_TARGET.test(p.code)) continue;
    // ("protested against EU trade policies": an organisation's adjective names it as well as a country's does)
    if (!usable(a)) { if (a.kind === 'modifier' && (a.country || /^(IGO|NGO|IMG)/.test(a.code))) return a; continue; }
    return a;
  }
  // ("Azerbaijani forces violated the ceasefire, Armenia's defence ministry said": force with no other target named is
  //  against the country reporting it)
  if (reporter >= 0 && VIOLENT.test(p.code) && source?.country) {
    const rep = actors.find((a) => a.tokStart > reporter && a.country && a.country !== source.country && a.kind !== 'compound');
    if (rep) return { ...rep, code: rep.country!, sector: '', fromContext: true };
  }
  // "abuses in Sudan", "airstrikes in Afghanistan": for these roots a place after "in" is the target
  if (IN_TARGET_ROOTS.has(p.code.slice(0, 2))) {
    const t = actors.find((a) => a.tokStart >= m.end && a !== source && a.prep === 'in' && a.country && clause[a.tokStart] === c) ?? null;
    if (t) return t.kind === 'place' && Number(p.code.slice(0, 2)) >= 15 ? { ...t, code: t.country!, sector: '', kind: 'country' } : t;
  }
  // a country adjective inside the phrase ("bought Russian oil", "probed Mexican policy")
  // (not a mediator or backer: "held U.S.-mediated talks")
  const mediator = (a: ResolvedActor) => tokens[a.tokEnd]?.norm === '-' && r.L.words.mediatorParticiples.has(tokens[a.tokEnd + 1]?.norm ?? '');
  return m.inner.find((a) => a !== source && a.kind === 'modifier' && !mediator(a) && (!!a.country && (!source || a.country !== source.country) || !a.country && !!a.sector)) ?? null;
}

/** The "by" agent of the object phrase as target, protests aimed at the protesters' government; false for a demand
 *  whose "that" clause states a claim. */
function agentTarget(r: Resolution): boolean {
  const { tokens, actors, clause, c, p, m, source } = r;
  // "condemned the seizure of its tanker by the U.S. Coast Guard", "investigated abuses by Ethiopian troops":
  // for statements, appeals, criticism, rejection and investigation the agent of the object phrase is the target
  // (a city or region after "in" is where it happened, no target for these roots: "abuses by Ethiopian troops in Tigray")
  const placeOnly = !!r.target && isCity(r.target) && !CITY_TARGET.test(p.code);
  // ("demanded the release of all hostages held by Hamas": the source's own people held by an agent are what the
  //  demand is about; the agent is its target)
  const ownPeople = !!r.target && !!source && r.target.kind === 'group' && CIVIL_SECTORS.has(r.target.sector) && (!r.target.country || !!r.target.fromContext || r.target.country === source.country);
  if ((!r.target || m.open || placeOnly || ownPeople) && !r.passive && source && source.kind !== 'compound' && BY_TARGET_ROOTS.test(p.code)) {
    const byAgent = (a: ResolvedActor) => {
      let k = a.tokStart - 1;
      while (k > 0 && !r.L.words.agentPreps.has(tokens[k]!.norm)) k--;
      // (or the participle that holds the people: "hostages held by Hamas")
      // (or a participle after the object noun, with its particle: "a ceasefire proposal put forward by Kerry")
      const noun = (i: number) => tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'PROPN';
      const participle = tokens[k - 1]?.pos === 'VERB' && noun(k - 2) || /^(ADV|ADP)$/.test(tokens[k - 1]?.pos ?? '') && tokens[k - 2]?.pos === 'VERB' && noun(k - 3);
      return noun(k - 1) || ownPeople && tokens[k - 1]?.pos === 'VERB' || participle && !ownPeople;
    };
    const agent = actors.find((a) => a.tokStart >= m.end && a.prep !== null && r.L.words.agentPreps.has(a.prep) && a !== source && a.tokStart - m.end <= 12 && clause[a.tokStart] === c && usable(a) && byAgent(a)) ?? null;
    // ("condemned the execution of two activists in Iran"): with no agent named, the country where the act took place
    const scene = !agent && m.open && IN_TARGET_ROOTS.has(p.code.slice(0, 2)) ? actors.find((a) => a.tokStart >= m.end && a.prep === 'in' && a.kind === 'country' && a !== source && a.country !== source.country && clause[a.tokStart] === c) ?? null : null;
    r.target = ownPeople && !placeOnly && !m.open ? agent ?? r.target : agent ?? scene;
    if (r.target && r.target.kind === 'modifier' && !r.target.country) r.target = null;
  }
  // acts aimed at the source's own country when no target is named (codes.json ownCountryTarget): protests at its
  // government, unless the protesters are the state itself ("Iraqi troops set fire to …" is no protest against
  // Baghdad); a resignation or promised reforms at its people. (The source's country may be known only once its role
  // is placed: "doctors went on strike" in a report on Kenya.)
  // (a language may add roots of its own: Spanish protesters' demands, data/events/es/verbs.json ownGovernmentRoots)
  const own = ownTargetSector(p.code) ?? (r.L.patterns.ownGovernmentRoots.some((root) => p.code.startsWith(root)) ? 'GOV' : null);
  // ("campesinos e indígenas bloquearon las carreteras": people of one country, or of none named, protest together at
  //  their government; nouns.json protestAtHome)
  if (!r.target && own === 'GOV' && source?.kind === 'compound' && source.members && r.L.patterns.protestAtHome && p.code.startsWith('14')) {
    const countries = new Set(source.members.map((x) => x.country).filter((x): x is string => !!x));
    if (countries.size <= 1 && source.members.every((x) => !STATE_SECTORS.has(x.sector) && !/^(IGO|NGO|IMG)/.test(x.code))) {
      const c = [...countries][0] ?? nearPlace(r)?.country ?? focusCountry(r.ctx);
      if (c) {
        if (!source.country) r.source = { ...source, country: c, code: c + source.sector, fromContext: true };
        r.target = { ...source, code: c + 'GOV', country: c, sector: 'GOV', kind: 'reference', tokStart: -1, tokEnd: -1, start: 0, end: 0, fromContext: true, members: undefined };
        r.atHome = true;
      }
    }
  }
  // (police officers or soldiers who strike or march over their own pay do protest at their government, where the
  //  language says so: nouns.json protestByStaff)
  const staff = r.L.patterns.protestByStaff.has(source?.sector ?? '') && /^14[023]/.test(p.code);
  if (!r.target && own && source && source.kind !== 'compound' && (source.country || source.sector && !source.foreign) && !(own === 'GOV' && STATE_SECTORS.has(source.sector) && !staff)) {
    // ("France declared a state of emergency in New Caledonia": measures at home aim at the people of the place the
    //  clause names, where it is a country or territory of its own)
    const place = own === 'CVL' ? actors.find((a) => a.tokStart >= m.end && a.tokStart - m.end <= 4 && clause[a.tokStart] === clause[m.end - 1] && a.prep !== null && r.L.words.locative.has(a.prep) && a.country && a.country !== source.country && (a.kind === 'country' || a.kind === 'place')) : undefined;
    const country = place?.country ?? source.country;
    r.target = { ...source, code: country ? country + own : own, country, sector: own, kind: 'reference', tokStart: -1, tokEnd: -1, start: 0, end: 0, fromContext: true, members: undefined, ownGovernment: !country };
  }
  // "insisted that NATO was the best tool": a demand's "that" clause is a subjunctive or a modal ("demanded that Iran
  // release"); an indicative one states a claim
  const t = r.target;
  return !(p.code.startsWith('10') && /\bthat \+$/.test(p.source) && t && t.tokEnd >= 0 && /^(was|were|is|are|has|had|have)$/.test(tokens[t.tokEnd]?.norm ?? ''));
}

/** The code after modality and tense (intent, refusal, threat; a future is an intent), or null when the clause
 *  states no event (negated, conditional, hypothetical, predicted, not yet happened). */
function modalCode(r: Resolution): { code: string; tns: string } | null {
  const { L, tokens, clause, ti, p, source, target } = r;
  // (a participle after a comma, ", accusing them of …", is a clause of its own: the modality words of the main
  //  clause before the comma, "have threatened to target …", are not its own)
  const comma = !p.nominal && isGerund(L, tokens[ti]!.norm) ? [ti - 1, ti - 2].find((k) => tokens[k]?.norm === ',' && tokens.slice(k + 1, ti).every((t) => t.pos === 'ADV')) ?? -1 : -1;
  // (a reduced relative, "in exchange for women jailed in Israel", is a clause of its own after its noun: "Hamas will
  //  free …" lends it no future)
  const reduced = r.passive && target && target.tokEnd === ti ? ti : -1;
  const winStart = Math.max(reduced, source && source.tokEnd >= 0 && source.tokEnd <= ti ? Math.max(source.tokEnd, comma + 1) : firstOfClause(clause, ti));
  if (!p.nominal && mandated(L, tokens, ti)) return null;
  const denied = p.nominal ? null : deniedCausative(r);
  if (denied) {
    // ("refused to let the UN envoy meet Suu Kyi"): the refuser rejects the act of the one it would not let act — as
    // "refused to allow the envoy to meet" codes; a plain negation ("did not let") codes nothing
    const who = denied === 'refused' ? refuser(r) : null;
    const code = who ? applyMode(p.code, 'refusal') : null;
    if (!who || !code) return null;
    r.target = r.source;
    r.source = who;
    return { code, tns: tense(L, tokens, ti, winStart) };
  }
  let mode = modeOf(L, tokens, winStart, ti, p);
  // ("… should Kigali keep backing M23 rebels", "if Washington attacked it"): a conditional word right before the
  // subject makes the clause a condition
  if (!p.nominal && source && source.tokStart > 0 && source.tokEnd <= ti && L.mod.conditional.some((seq) => seq.length === 1 && seq[0] === tokens[source.tokStart - 1]!.norm)) return null;
  // ("inked a free trade agreement …, under which Belgrade will remove tariffs"): the terms of an agreement are no acts
  // of their own (modality.json termsOpeners)
  if (!p.nominal && L.mod.termsOpeners.length) {
    const first = firstOfClause(clause, ti);
    if (hasSeq(L, tokens, Math.max(0, first - 2), Math.min(ti, first + 2), L.mod.termsOpeners) >= 0) return null;
  }
  // ("as the two leaders sought to deepen trade ties", "as it seeks to help the country rebuild"): an aim told in a
  // clause of circumstance is the background of the news, no statement of intent (syntax.json circumstanceOpeners)
  if (mode === 'intent' && !p.nominal && source && source.tokStart > 0 && L.words.circumstanceOpeners.has(tokens[source.tokStart - 1]!.norm)) return null;
  if (mode === 'drop' && !p.nominal && ownPossibleThreat(r, winStart)) mode = 'threat';
  // ("Khamenei said the United States must lift all sanctions"): an obligation stated by another party is its demand
  if (mode === 'drop' && !p.nominal) {
    const speaker = obligedBy(r, winStart);
    if (speaker) { r.target = r.source; r.source = speaker; return { code: '100', tns: tense(L, tokens, ti, winStart) }; }
  }
  let tns: string = tense(L, tokens, r.governingVerb >= 0 ? r.governingVerb : ti, winStart);
  // "voted to suspend", "moved to normalize": the infinitive takes the tense of the verb that governs it
  if (tns === 'nonfinite' && !p.nominal) {
    // (the word before the infinitive: its marker, or, where the infinitive is a verb form, the preposition or verb
    //  that governs it: "amenazó con expulsar", "decidió postergar")
    const marker = L.words.infinitiveMarker;
    const to = marker ? tokens.slice(winStart, ti).map((t) => t.norm).lastIndexOf(marker) : ti - 1 - winStart;
    let gv = to >= 0 ? winStart + to - (marker || tokens[ti - 1]?.pos === 'ADP' ? 1 : 0) : -1;
    // (past a place phrase: "agreed in Havana to extend")
    if (marker && gv > winStart && tokens[gv]!.pos === 'PROPN') gv = Math.max(winStart, beforeTimeAndPlace(L, tokens, gv + 1));
    // ("convocarán una marcha para protestar": a purpose infinitive takes the tense of its clause's verb)
    const purpose = !marker && r.L.mod.purpose.some((seq) => seq.length <= ti && seq.every((w, k) => tokens[ti - seq.length + k]!.norm === w));
    // (or the verb of a crowd that assembled, past its place phrases: "gathered outside parliament in Rabat to protest")
    const assembled = marker && gv >= winStart ? assemblyBefore(L, tokens, gv + 1) : -1;
    // (or the verb before a noun phrase opened by an ordinal: "became the first sitting U.S. president to visit Laos";
    //  not a modal one, "would become the first Pope to visit Iraq" states no visit made)
    const o = marker && gv >= 0 ? ordinalBefore(L, tokens, gv + 1) : -1;
    const ordinalVerb = o > 1 && (tokens[o - 2]!.pos === 'VERB' || tokens[o - 2]!.pos === 'AUX' && tokens[o - 2]!.norm !== tokens[o - 2]!.lemma) && tokens[o - 3]?.pos !== 'AUX' ? o - 2 : -1;
    if (ordinalVerb >= 0) {
      const t = tense(L, tokens, ordinalVerb, Math.min(winStart, ordinalVerb));
      if (t !== 'future') tns = t;
    } else if (assembled >= 0) tns = tense(L, tokens, assembled, winStart);
    else if (gv >= winStart && (tokens[gv]!.pos === 'VERB' || tokens[gv]!.pos === 'ADJ' || purpose)) {
      let k = gv;
      while (k > winStart && tokens[k]!.pos !== 'VERB') k--;
      if (tokens[k]!.pos === 'VERB') tns = tense(L, tokens, k, winStart);
    }
  }
  if (mode === 'drop') return null;
  // ("have fought three wars since 1947", "has killed 500 people since January"): a tally or a standing state
  if (!p.nominal && perfectSpan(r)) return null;
  // ("México jugará bajo protesta", "los árbitros de fútbol se declararon en huelga"): a sporting dispute
  if (p.code.startsWith('14') && aboutSport(L, tokens)) return null;
  if (votersAtBallot(L, tokens, source)) return null;
  // ("Friday marks 30 years since Bosnian Serb forces overran Srebrenica"): an act after a phrase counting time from it
  // is history recalled (modality.json anniversaries)
  if (!p.nominal && L.mod.anniversaries.length && hasSeq(L, tokens, Math.max(0, firstOfClause(clause, ti) - 3), ti, L.mod.anniversaries) >= 0) return null;
  if (p.nominal && hypotheticalNominal(L, tokens, clause, ti)) return null;
  if (!p.nominal && (unrealisedTime(tokens, clause, ti, tns, source) || (mode === 'intent' || tns === 'future') && predicted(L, tokens, clause, ti, source))) return null;
  let code: string | null = p.code;
  // "withdrew from southern Lebanon": leaving a place (not an organisation or talks) is a military pullback
  const placeCode = r.L.patterns.fromPlace.get(code);
  // (a country's region, city or border is a place too: "withdrew from Somalia's Gedo region")
  const placeOwner = !!target?.possessive && tokensAfterPossessive(r, target).some((t) => r.L.words.placeNouns.has(t.lemma));
  // (a country ordered to leave, "ordered Russia to withdraw", is the one asked to move: no pullback of the subject's)
  if (placeCode && !p.nominal && !r.passive && target && !L.patterns.commands.has(tokens[ti]!.lemma) && (!target.possessive || placeOwner) && (target.kind === 'country' || target.kind === 'place' || target.kind === 'modifier' && !!target.country)) code = placeCode;
  let mo: Mode = mode;
  // ("Britain said it would suspend its aid to Rwanda"): a sanction announced in a plain future with no condition is the
  // decision itself (codes.json announcedCodes); other futures are intents or threats
  const announced = ANNOUNCED.some((c) => code!.startsWith(c)) && !tokens.some((t) => L.words.conditionalOpeners.has(t.norm)) && hasSeq(L, tokens, 0, tokens.length, L.mod.conditional.filter((x) => x.length > 1)) < 0;
  if (mo === 'fact' && tns === 'future' && !p.nominal && !announced) mo = 'intent';
  // ("China's foreign minister will visit Australia next month"): a meeting or visit in a plain future that no one in
  // the sentence states — no reporting verb — is a schedule, no statement of intent
  // (a meeting or a visit to come, by a future auxiliary: "will visit", "will meet")
  const auxFuture = tokens.slice(winStart, ti).some((t) => L.words.tense.auxiliaries[t.norm] === 'future');
  const scheduled = tns === 'future' && auxFuture || hasSeq(L, tokens, winStart, ti, L.mod.schedules) >= 0;
  if (mo === 'intent' && scheduled && p.code.startsWith('04') && !p.nominal && L.mod.reporting.size && !tokens.some((t) => t.pos === 'VERB' && L.mod.reporting.has(t.lemma))) return null;
  // (its intent only a future modal: "would suspend", "will impose")
  if (mo === 'intent' && announced && !p.nominal) {
    const at = lastSeq(L, tokens, winStart, ti, L.mod.intent);
    const seq = at >= 0 ? L.mod.intent.find((x) => seqMatches(L, tokens, at, x)) : undefined;
    if (seq && seq.length === 1 && L.mod.hypothetical.has(tokens[at]!.norm)) mo = 'fact';
  }
  code = applyMode(code, mo);
  if (!code) return null;
  // "Blinken met Xi in Beijing": a meeting in one side's own country is a visit by the other, no third location
  if (code === '044' && source?.country && target?.country) {
    const place = sceneOf(r);
    if (place === target.country) code = '042';
    else if (place === source.country) code = '043';
  }
  // ("Orban welcomed Netanyahu"): welcoming a person of another country, not an act of theirs, is hosting a visit
  if (code.startsWith('05') && !p.nominal && L.patterns.hosting.has(tokens[ti]!.lemma) && target?.kind === 'person' && !target.possessive && source?.country && target.country && target.country !== source.country
    && target.tokStart <= r.m.triggerEnd + 3 && tokens[target.tokEnd]?.pos !== 'NOUN') code = '043';
  // "Brazil beat Argentina 2-0": a score in the clause makes force a game's result
  if (/^(17|18|19|20)/.test(code) && hasScore(tokens, clause, ti)) return null;
  if ((code === '140' || code === '141') && source && (source.sector === 'GOV' || source.sector === '' && (source.kind === 'country' || source.kind === 'place')) && target && target.country !== source.country) code = '114';
  return { code, tns };
}

/** An active present perfect ("have fought") with a span phrase within the next words, no comma between, that starts
 *  a year or more before the article — a year ("since 1947") or a clause ("since they won independence") after its
 *  word (syntax.json perfectAuxiliaries, perfectSpanStarts): a tally of the years, no event ("has arrested 20 people
 *  since Monday" stays one). */
function perfectSpan(r: Resolution): boolean {
  const { L, tokens, ti, m, ctx } = r;
  let k = ti - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  // (a passive perfect too: "More than 5,000 civilians have been killed by the security forces since the military seized
  //  power")
  if (k > 0 && tokens[k]!.norm === 'been') { k--; while (k >= 0 && tokens[k]!.pos === 'ADV') k--; }
  if (k < 0 || !L.words.perfectAuxiliaries.has(tokens[k]!.norm)) return false;
  const year = Number(ctx.date?.slice(0, 4) ?? NaN);
  for (let j = m.triggerEnd; j < Math.min(tokens.length, m.triggerEnd + 8); j++) {
    const t = tokens[j]!;
    if (t.norm === ',' || L.words.punctStop.has(t.norm)) return false;
    if (!L.words.perfectSpanStarts.has(t.norm)) continue;
    const n = tokens[j + 1];
    if (n && /^\d{4}$/.test(n.norm)) return !Number.isNaN(year) && Number(n.norm) <= year - 1;
    // ("have fought three wars since independence"): a span from an event named by a noun, not a day
    if (n && n.pos === 'NOUN' && !L.words.timeWords.has(n.norm)) return true;
    return tokens.slice(j + 1, j + 5).some((x) => x.pos === 'VERB');
  }
  return false;
}

/** A match score in the trigger's clause ("2-0", "3–1", "21:17"). */
function hasScore(tokens: Token[], clause: number[], ti: number): boolean {
  const c = clause[ti];
  for (let k = 0; k < tokens.length; k++) {
    if (clause[k] !== c) continue;
    const t = tokens[k]!.text;
    if (/^\d{1,3}[-–:]\d{1,3}$/.test(t)) return true;
    if (/^\d{1,3}$/.test(t) && /^[-–:]$/.test(tokens[k + 1]?.text ?? '') && /^\d{1,3}$/.test(tokens[k + 2]?.text ?? '') && tokens[k + 1]!.start === tokens[k]!.end) return true;
  }
  return false;
}

/** "Pakistan and Afghanistan accused each other": a compound subject whose verb's object is a reciprocal pronoun
 *  (syntax.json reciprocals), within two words of the verb, acts both ways. */
function reciprocal(r: Resolution): boolean {
  if (r.source?.kind !== 'compound' || r.target || !r.L.words.reciprocals.length) return false;
  const { tokens, ti } = r;
  for (let k = ti + 1; k <= ti + 3 && k < tokens.length; k++) {
    if (r.L.words.reciprocals.some((seq) => seqMatches(r.L, tokens, k, seq))) return true;
    if (/^(NOUN|PROPN|VERB|PUNCT)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** "A and B restored relations": a compound subject (or object) of a mutual act is one symmetric event. */
function compoundEvent(r: Resolution, code: string, tns: string, symmetric: boolean): Resolved | null {
  const { source } = r;
  // ("A and B discussed the war between Israel and Hamas": a mutual act of a compound subject is between its members;
  //  an actor inside the topic phrase is no party)
  // (nor is a bare role in the object: "Russia and Ukraine exchanged 75 prisoners of war")
  // (nor the owner of a place or a thing in it: "agreed to create a demilitarised zone in Syria's Idlib province")
  if (source?.kind === 'compound' && symmetric && r.target && (r.target.prep !== null && !/^(with|to)$/.test(r.target.prep) || r.target.prep === null && (!r.target.country || r.target.possessive || r.target.kind === 'modifier')) && r.target.tokStart > r.ti) r.target = null;
  const { target } = r;
  const pair = source?.kind === 'compound' && source.members && !target && symmetric && !r.ownObject ? source.members
    : target?.kind === 'compound' && target.members && !source && symmetric && !r.L.words.locative.has(target.prep ?? '') ? target.members : null;
  if (!pair) return null;
  // (each side takes the country the sentence implies, as a single actor would: "clashes between security forces and
  //  protesters in Egypt"; a side that still has none makes no event)
  const scene = sceneOf(r);
  const a = fillCountry(r, pair[0]!, pair[1]!, 'source', scene);
  const b = fillCountry(r, pair[1]!, a, 'target', scene);
  const placed = (x: ResolvedActor) => !!x.country || /^(IGO|NGO|IMG)/.test(x.code);
  if (!placed(a) || !placed(b) || a.code === b.code) return { events: [], source: a, tense: tns };
  const fromSource = source?.kind === 'compound';
  // ("clashes between security forces and protesters"): the police's force at their own people is repression
  const protest = namesProtest(r);
  if (represses(a, b, code, protest) || represses(b, a, code, protest)) {
    const [police, people] = represses(a, b, code, protest) ? [a, b] : [b, a];
    return { events: [{ source: police, target: people, code: REPRESSION.code, confidence: r.confidence - (fromSource ? 0 : 0.1), symmetric: false }], source: fromSource ? source : a, tense: tns };
  }
  // ("Egypt, Sudan and Ethiopia resumed negotiations"): a mutual act of three or four parties is one between each two
  // of them (more are a forum, whose every pair is no news)
  const rest = pair.length <= MAX_MUTUAL_PARTIES ? pair.slice(2).map((x) => fillCountry(r, x, a, 'target', scene)).filter(placed) : [];
  const sides = [a, b, ...rest];
  const events: RawEvent[] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      if (sides[i]!.code === sides[j]!.code || i > 0 && sides[i]!.country && sides[i]!.country === sides[j]!.country) continue;
      events.push({ source: sides[i]!, target: sides[j]!, code, confidence: r.confidence - (fromSource ? 0 : 0.1), symmetric: true });
    }
  }
  return { events, source: fromSource ? source : a, tense: fromSource && r.governingVerb >= 0 && tns !== 'pluperfect' && tns !== 'nonfinite' ? 'verb-object' : tns };
}

/** The most parties of one mutual act coded pair by pair. */
const MAX_MUTUAL_PARTIES = 4;

/** Source and target the document implies when the sentence names none; false when either is still missing or
 *  the event would rest on context alone. */
function contextRoles(r: Resolution, code: string): boolean {
  const { tokens, actors, clause, ctx, ti, p, m } = r;
  const impliedOk = p.nominal || r.passive || IMPLIED_TARGET.has(code.slice(0, 2)) || IMPLIED_TARGET.has(p.code.slice(0, 2));
  const unknownOwner = p.nominal && /^(ADJ|PROPN)$/.test(tokens[ti - 1]?.pos ?? '') && tokens[ti - 1]!.cap && !r.source;
  if (unknownOwner) return false;
  if (!r.source && impliedOk && (p.nominal || r.passive || SANCTIONS_TOPIC.has(p.code))) {
    r.source = contextActor(ctx, r.target, p.code, 'source', actors, ti, false);
    // a nominal event ("a trip to Japan") or a passive with no agent ("twelve people were killed", "he is widely
    // recognized") needs its agent in the sentence, except a sanctioning party the document already named in an
    // earlier sanctions event ("sanctions were reinstated in April")
    if ((p.nominal || r.passive) && r.source && !(r.source.fromEvent && SANCTIONS_TOPIC.has(p.code))) r.source = null;
    r.confidence -= 0.2;
  }
  // (not when a thing stands where the pattern wants its target: "the occupation of land", "retreat from the world")
  // (nor after a reflexive object, "distanced himself from the controversy": the thing is all there is)
  const reflexive = tokens.slice(m.triggerEnd, m.end).some((t) => r.L.words.reflexive.has(t.norm));
  if (!r.target && r.source && impliedOk && p.rest.length > 0 && !(m.deferred && (!SANCTIONS_TOPIC.has(p.code) || reflexive))) {
    r.target = contextActor(ctx, r.source, p.code, 'target', actors, ti, false);
    r.confidence -= 0.2;
  }
  // ("A car bomb killed Lebanon's intelligence chief"): force with no agent named at a state body or official named in
  // the sentence is the act of an unidentified attacker
  // (only where a weapon is the subject of the act's own verb: a nominal or passive act leaves its agent to be named
  //  elsewhere, in another sentence or clause)
  const weaponSubject = () => !p.nominal && !r.passive && weaponNamed(tokens, r.L.patterns.attackWeapons, (k) => k < ti && clause[k] === clause[ti]) !== null;
  if (!r.source && r.target && UNIDENTIFIED.roots.has(code.slice(0, 2)) && r.target.tokStart >= 0 && !r.target.fromContext && (UNIDENTIFIED.targets.has(r.target.sector) || /^(IGO|NGO)/.test(r.target.code)) && weaponSubject()) {
    r.source = unidentified();
  }
  const { source, target } = r;
  if (!source || !target) return false;
  // a city (a place of its country, not a seat of power) does nothing; it is acted on only by visits and force
  if (isCity(source) || isCity(target) && !CITY_TARGET.test(code)) return false;
  // "called U.S. soldiers massing in Saudi Arabia the real occupiers": "call" with a second noun phrase after its
  // object names the object, it is no telephone call
  // (syntax.json describers: the verbs that name what they describe)
  if (code === '041' && r.L.words.describers.has(tokens[ti]!.lemma) && namesObject(r.L, tokens, target, clause)) return false;
  // a city that is attacked or where troops are sent is a place of the country, not its government
  if (target.kind === 'place' && target.country && ['15', '18', '19', '20'].includes(p.code.slice(0, 2))) r.target = { ...target, code: target.country, sector: '' };
  // an event needs at least one of its actors named in the sentence
  const t = r.target!;
  // (or a protest named with no actor, the people of the country the article is about: nouns.json protestAtHome)
  // (a pronoun whose referent this sentence names counts as named: "Carrie Lam announced that she would withdraw …")
  const unnamed = (a: ResolvedActor) => (a.tokStart < 0 || a.fromContext && a.kind === 'reference') && !(a.tokStart >= 0 && actors.some((x) => x.kind !== 'reference' && x.tokStart >= 0 && x.tokEnd <= a.tokStart && x.code === a.code));
  return !!r.atHome || !(unnamed(source) && unnamed(t) && !(source.fromEvent || t.fromEvent));
}

/** A role with no country ("the military", "officials") takes the country the document implies: a place named with
 *  "in" sets the scene ("soldiers beat civilians in Khartoum"); else the document's country; else the other party's,
 *  as most events between a country's own sectors are domestic. */
function fillCountry(r: Resolution, a: ResolvedActor, other: ResolvedActor, role: 'source' | 'target', scene: string | null): ResolvedActor {
  const { actors, ctx, ti, p } = r;
  if (a.country || !a.sector || a.foreign || /^(IGO|NGO|IMG)/.test(a.code) || a.kind === 'org') return a;
  // violence (18–20) against people or things with no country: another country named in the sentence (a reporting
  // party, "Ukraine's foreign ministry said Russian drones attacked a hospital") before the attacker's own
  // (so for a ship or a company seized: "U.S. forces seized an oil tanker off the coast of Venezuela")
  const elsewhere = role === 'target' && (/^(18|19|20)/.test(p.code) || p.code.startsWith('17') && a.sector === 'BUS') && other.country ? actors.find((x) => x.country && x.country !== other.country && x.kind !== 'compound')?.country ?? null : null;
  // arrests and expulsions of activists, journalists, clergy with no country named: the state's own people
  const own = role === 'target' && COERCION.test(p.code) && CIVIL_SECTORS.has(a.sector) ? other.country : null;
  // (a traveller is not of the country visited: "agents traveled to Cuba")
  // (nor is a company dealing with a country as a whole or its people: "the firm is in talks with the Chinese"
  //  is trade abroad as often as at home)
  const domestic = role === 'source' && p.code === '042' || a.sector === 'BUS' && (other.sector === '' || other.sector === 'CVL') ? null : other.country;
  // a legislature, a court or the opposition with no country named deals with its own state ("the president asked
  // Congress for $20 million for Angola", "accusing the opposition of sympathizing with North Korea")
  const ownState = role === 'target' && /^(LEG|JUD|OPP)$/.test(a.sector) && /^(GOV|LEG|JUD)$/.test(other.sector) ? other.country : null;
  const c = scene ?? elsewhere ?? own ?? ownState ?? (a.contextOk ? contextActor(ctx, other, p.code, role, actors, ti, true)?.country ?? null : null) ?? domestic;
  return c ? { ...a, country: c, code: c + a.sector, fromContext: true } : a;
}

/** A member of a compound with no country of its own shares the one the compound was given ("urged the government
 *  and demonstrators"). */
function memberCountry(m: ResolvedActor, compound: ResolvedActor): ResolvedActor {
  if (m.country || !m.sector || m.foreign || m.kind === 'org' || /^(IGO|NGO|IMG)/.test(m.code) || !compound.country || !compound.fromContext) return m;
  return { ...m, country: compound.country, code: compound.country + m.sector, fromContext: true };
}

/** A role word whose country came from `other` (or a compound with such a member), with that country undone. */
function unlinkFrom(a: ResolvedActor, other: ResolvedActor): ResolvedActor {
  const from = (x: ResolvedActor) => !!x.contextOf && (x.contextOf === other || x.contextOf.tokStart === other.tokStart && x.contextOf.code === other.code);
  const undo = (x: ResolvedActor): ResolvedActor => from(x) ? { ...x, country: null, code: x.sector, fromContext: false, contextOf: undefined } : x;
  if (a.kind === 'compound' && a.members) {
    if (!a.members.some(from)) return a;
    const members = a.members.map(undo);
    return { ...a, members, country: members[0]!.country, code: members[0]!.code };
  }
  return undo(a);
}

/** An actor named as where something happens: after a locative preposition, or after "of" behind a direction word
 *  ("in a village north of Belgrade") or a place noun ("the town of Baga"). */
function located(r: Resolution, a: ResolvedActor): boolean {
  // (or after "of" behind a place noun: "an attack on the town of Gamboru Ngala")
  return a.prep !== null && (r.L.words.locative.has(a.prep) || r.L.words.ofPreps.has(a.prep) && (r.L.words.directions.has(r.tokens[prepIndex(r.tokens, a) - 1]?.norm ?? '') || a.kind === 'place' && r.L.words.placeNouns.has(r.tokens[prepIndex(r.tokens, a) - 1]?.lemma ?? '')));
}

/** The country a place phrase of the sentence sets the scene in ("in Khartoum", "near Falluja"), or a place named
 *  before the trigger. */
function sceneOf(r: Resolution): string | null {
  const { actors, ti, clause, c } = r;
  // (the place phrase of the trigger's own clause, nearest first: "marched through central London … calling for a
  //  ceasefire in Gaza" took place in London)
  // ("in several Chinese cities": a country adjective before a place noun sets the scene too)
  const placeAdjective = (a: ResolvedActor) => a.kind === 'modifier' && r.L.words.placeNouns.has(r.tokens[a.tokEnd]?.lemma ?? '');
  const places = actors.filter((a) => located(r, a) && (a.kind === 'place' || a.kind === 'country' || placeAdjective(a)) && a.country);
  const near = places.filter((a) => clause[a.tokStart] === c).sort((a, b) => Math.abs(a.tokStart - ti) - Math.abs(b.tokStart - ti))[0];
  return (near ?? places[0])?.country
    ?? actors.find((a) => a.kind === 'place' && a.country && a !== r.source && a !== r.target && a.tokStart < ti)?.country ?? null;
}

/** The events between the (countries filled) source and target, one per member of a compound; null when a side has
 *  no country at all. */
function expandEvents(r: Resolution, code: string, symmetric: boolean): RawEvent[] | null {
  const scene = sceneOf(r);
  const protest = namesProtest(r);
  let source = fillCountry(r, r.source!, r.target!, 'source', scene);
  let target = r.target!.ownGovernment ? (source.country ? { ...r.target!, country: source.country, code: source.country + r.target!.sector, ownGovernment: false } : r.target!) : fillCountry(r, r.target!, source, 'target', scene);
  // (a bare source whose target found its country: filled again against it, "Protesters condemned the regime")
  if (!source.country && target.country && !r.target!.ownGovernment) source = fillCountry(r, r.source!, target, 'source', scene);
  // two bare roles with no country from anywhere are the document's own country's, the one it is about
  const bare = (a: ResolvedActor) => !a.country && !!a.sector && !a.foreign && a.kind !== 'compound' && !/^(IGO|NGO|IMG)/.test(a.code);
  const focus = bare(source) && bare(target) && source.sector !== target.sector ? focusCountry(r.ctx) : null;
  if (focus) {
    source = { ...source, country: focus, code: focus + source.sector, fromContext: true };
    target = { ...target, country: focus, code: focus + target.sector, fromContext: true };
  }
  r.source = source;
  r.target = target;
  if (source.kind === 'modifier' && !source.country || target.kind === 'modifier' && !target.country) return null;
  const sources = source.kind === 'compound' && source.members ? source.members.map((x) => memberCountry(x, source)) : [source];
  const targets = target.kind === 'compound' && target.members ? target.members.map((x) => memberCountry(x, target)) : [target];
  const events: RawEvent[] = [];
  // ("Saudi Arabia, the UAE, Egypt and Bahrain severed ties with Qatar, accusing it of …"): a compound subject does
  // not act on one of its own members
  const members = source.kind === 'compound' && sources.length > 1 && !symmetric && !r.atHome ? new Set(sources.map((x) => x.country).filter((c): c is string => !!c)) : null;
  for (const s of sources) for (const t of targets) {
    if (s.code === t.code || (!s.country && !t.country && s.code.slice(0, 3) === t.code.slice(0, 3))) continue;
    // (a party of its own country that is no state body is no member: "Iraqi and US troops seized an insurgent
    //  stronghold in northern Iraq")
    if (members && t.country && members.has(t.country) && (STATE_SECTORS.has(t.sector) || !t.sector || Number(code.slice(0, 2)) < 15)) continue;
    // a government acting on its own country (or the reverse) is not an event between actors
    const govLike = (a: ResolvedActor) => a.code === a.country || a.sector === 'GOV' || a.sector === '';
    // (a person is no government: "Turkey detained Istanbul's mayor" is an arrest)
    // (nor is a leader acting on his own country as a whole: "Mugabe, who led Zimbabwe for 37 years")
    if (s.country && s.country === t.country && (s.code === s.country || t.code === t.country) && govLike(s) && govLike(t) && (s.kind !== 'person' || t.code === t.country && (t.kind === 'country' || t.kind === 'place')) && t.kind !== 'person') continue;
    // a force posture (15) is towards another country, not a government's own forces ("the dispatching of US troops")
    // (nor is a withdrawal or surrender: "willing to withdraw its troops" names what is withdrawn)
    // (police deployed at home are: "deployed 400,000 police officers for the election")
    // (but a ceasefire between two of a country's own sides is: "the government and the ELN agreed to a ceasefire";
    //  not "ending America's longest war")
    const ceasefire = code === '0871' && s.code !== s.country && t.code !== t.country;
    // (a posture aimed at the country's own rebels, gangs, opposition or people is one: codes.json homeAdversaries)
    const homeAimed = code.startsWith('15') && HOME_ADVERSARIES.has(sectorOf(t)) && STATE_SECTORS.has(s.sector || 'GOV');
    if (s.country && s.country === t.country && (code.startsWith('15') && !HOME_POSTURES.has(code) && !homeAimed || /^(087|0356)/.test(code) && !ceasefire)) continue;
    if (!s.country && !/^(IGO|NGO|IMG)/.test(s.code) && !s.unidentified) continue;
    if (!t.country && !/^(IGO|NGO|IMG)/.test(t.code)) continue;
    // ("armed robbers stole $2 million from a bank"): criminals coercing private people or businesses commit a crime
    // (at home: pirates seizing a foreign ship are an event between countries)
    // (but a mass killing is political violence whoever commits it: "Gunmen killed about 100 people in an attack on the
    //  village", by an attacker the text does not identify when the gunmen are named by no group: codes.json massKilling)
    const mass = massKilled(r, code, t);
    let src = s;
    if (PRIVATE_CRIME.roots.some((root) => code.startsWith(root)) && PRIVATE_CRIME.sources.has(s.sector) && PRIVATE_CRIME.targets.has(t.sector) && s.country === t.country) {
      if (!mass) continue;
      // (not one of a compound, "security forces and allied gunmen", nor a gang named by a name: "the Gran Grif gang")
      const named = s.tokStart > 0 && r.tokens[s.tokStart - 1]!.cap && r.tokens[s.tokStart - 1]!.pos === 'PROPN';
      if (s.kind === 'group' && (s.fromContext || !s.country) && source.kind !== 'compound' && !named) src = unidentified(s);
    }
    // ("clashes between security forces and protesters"): force by the police at their own people is repression
    // ("protesters stormed the embassy"): force used by civilians or opposition supporters is a violent protest
    const rioting = CIVIL_VIOLENCE.codes.has(code) && CIVIL_VIOLENCE.sources.has(s.sector);
    // ("Students occupied the main square in Dhaka"): civilians occupying a place of their own country protest
    const sitIn = CIVIL_OBSTRUCTION.codes.has(code) && CIVIL_OBSTRUCTION.sources.has(s.sector) && !!s.country && s.country === t.country;
    // ("a U.N. commission charged North Korea with crimes against humanity"): a state is charged by no court's writ,
    // it is accused (codes.json stateCharges)
    const stateCharged = STATE_CHARGES.codes.has(code) && t.kind === 'country' && !t.sector && t.prep === null && !t.fromContext;
    // ("Sudan expelled the two most senior United Nations officials"): an organisation's staff expelled is the
    // organisation's presence cut (codes.json organisationExpulsion)
    const staffExpelled = ORG_EXPULSION.codes.has(code) && /^IGO/.test(t.code);
    // ("Pakistani Taliban gunmen killed more than 130 children"): an armed group's force at civilians is
    // unconventional violence, not a battle (codes.json irregularForce)
    const irregular = IRREGULAR.codes.has(code) && IRREGULAR.sources.some((x) => s.code.endsWith(x)) && IRREGULAR.targets.has(t.sector) && !r.tokens.some((x) => IRREGULAR.notWith.has(x.norm));
    events.push({ source: src, target: t, code: represses(s, t, code, protest) ? REPRESSION.code : rioting ? CIVIL_VIOLENCE.code : sitIn ? CIVIL_OBSTRUCTION.code : stateCharged ? STATE_CHARGES.code : staffExpelled ? ORG_EXPULSION.code : mass ? MASS_KILLING!.code : irregular ? IRREGULAR.code : code, confidence: Math.max(0.1, r.confidence - (s.fromContext ? 0.1 : 0) - (t.fromContext ? 0.1 : 0)), symmetric: symmetric && (source.kind === 'compound' || !!r.mutual) });
  }
  return events;
}

/** "A court later ordered him jailed", "ordered the journalists released": a past participle right after the object
 *  of a causing verb (syntax.json participleCausatives) is done to that object by the verb's subject. Sets the roles
 *  and returns true when it applies. */
function causedPatient(r: Resolution): boolean {
  const { L, tokens, actors, ti, m } = r;
  if (r.target || !pastParticipleForm(L, tokens[ti]!)) return false;
  const patient = actors.find((a) => a.tokEnd === ti && a.prep === null && !a.possessive && a.kind !== 'modifier');
  if (!patient) return false;
  let k = patient.tokStart - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (k < 0 || tokens[k]!.pos !== 'VERB' || !L.words.participleCausatives.has(tokens[k]!.lemma)) return false;
  const source = findSubject(L, { ...m, triggerStart: k, triggerEnd: k + 1 }, tokens, actors, r.clause, r.prevSource);
  if (!source) return false;
  r.source = source; r.target = patient; r.governingVerb = k;
  return true;
}

/** The actor right before a relative pronoun at `start`, or before a comma there ("Argentina, which …"). */
function relativeAntecedent(tokens: Token[], actors: ResolvedActor[], start: number): ResolvedActor | undefined {
  return [...actors].reverse().find((a) => a.tokEnd <= start && start - a.tokEnd <= 2 && a.kind !== 'modifier' && tokens.slice(a.tokEnd, start).every((t) => t.pos === 'PUNCT'));
}

/** Whether the verb at `ti` is in a relative clause said of a thing ("the blasts which killed …", "the bombings that
 *  killed …"): no actor acts. (Past a time phrase, what stands before it: "announced on Sunday that they …" opens a
 *  complement clause, "a pact on Monday that will allow …" a relative one.) */
function thingRelative(L: EventLanguage, tokens: Token[], actors: ResolvedActor[], clause: number[], ti: number): boolean {
  const start = firstOfClause(clause, ti);
  if (!L.words.relativeSubjects.has(tokens[start]?.norm ?? '') || relativeAntecedent(tokens, actors, start)) return false;
  let b = start - 1;
  while (b > 0 && inTimePhrase(L, tokens, b)) b--;
  return b >= 0 && /^(NOUN|PROPN|NUM)$/.test(tokens[b]!.pos);
}

/** The nearest verb before the conjunction or comma right before `ti`, within 15 tokens and its sentence, or -1; the
 *  search stops at a comma when `stopAtComma` (a verb after "and" is coordinated with the verb of its own stretch). */
function verbBefore(L: EventLanguage, tokens: Token[], ti: number, stopAtComma: boolean): number {
  let k = ti - 2;
  while (k >= 0 && ti - k < 16 && tokens[k]!.pos !== 'VERB' && !(stopAtComma && tokens[k]!.norm === ',') && !L.words.punctStop.has(tokens[k]!.norm)) k--;
  return k >= 0 && tokens[k]!.pos === 'VERB' ? k : -1;
}

/** Whether the verb at `ti`, a past form coordinated after the verb at `k` (after "and", or listed after a comma),
 *  continues the sentence's main clause rather than `k`'s: `k` stands in a complement clause opened after the main
 *  verb, in a form the main clause's past cannot share (an infinitive, a future, a subjunctive after the
 *  complementizer: "demanded that X cancel …, suspended …"); a pluperfect or a passive may share its auxiliary with
 *  the conjunct ("said rebels had attacked a convoy and killed …", "were arrested and charged with …"), so neither
 *  counts. */
function continuesMainClause(L: EventLanguage, tokens: Token[], ti: number, k: number): boolean {
  const t = tokens[ti]!;
  if (t.pos !== 'VERB' || tense(L, tokens, ti, ti) !== 'past') return false;
  const next = tokens[ti + 1]?.norm ?? '';
  if (L.words.agentPreps.has(next) || L.words.reducedNext.has(next) && !(next === L.words.infinitiveMarker && tokens[ti + 2]?.pos === 'VERB')) return false;
  const main = tokens.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (main < 0 || main >= k || tokens[main]!.pos !== 'VERB' || tense(L, tokens, main, 0) !== 'past') return false;
  const tk = tense(L, tokens, k, Math.max(0, k - L.words.tense.window));
  if (tk === 'future' || tk === 'nonfinite') return !isGerund(L, tokens[k]!.norm);
  if (tk !== 'present' || tokens[k]!.norm !== tokens[k]!.lemma || L.words.lemmaLikeParticiple?.test(tokens[k]!.norm)) return false;
  // (a subjunctive: the bare verb after a subject that follows the complementizer)
  for (let j = k - 1; j > main; j--) if (L.words.complementizers.has(tokens[j]!.norm)) return true;
  return false;
}

/** The agent of an attack noun at `j` that heads a clause's subject phrase ("an Israeli raid …", "An Israeli air strike
 *  that …"): its country adjective, or null when it has none; undefined when the noun phrase is no subject (no
 *  determiner opens it, or a verb or a preposition stands before it). */
function headNounAgent(L: EventLanguage, tokens: Token[], actors: ResolvedActor[], j: number): ResolvedActor | null | undefined {
  const modifierAt = (i: number) => actors.some((a) => a.tokStart <= i && i < a.tokEnd && a.kind === 'modifier');
  let h = j - 1;
  while (h >= 0 && (/^(ADJ|NOUN|NUM)$/.test(tokens[h]!.pos) || modifierAt(h))) h--;
  const before = tokens[h];
  if (!before || before.pos !== 'DET' && before.pos !== 'PRON') return undefined;
  const prev = tokens[h - 1];
  if (prev && (prev.pos === 'VERB' || prev.pos === 'AUX' || prev.pos === 'ADP' && !L.words.prepOrConj.has(prev.norm))) return undefined;
  return actors.find((x) => x.kind === 'modifier' && x.country && x.tokStart > h && x.tokEnd <= j) ?? null;
}

export function findSubject(L: EventLanguage, m: Match, tokens: Token[], actors: ResolvedActor[], clause: number[], prevSource: ResolvedActor | null): ResolvedActor | null {
  const ti = m.triggerStart;
  const c = clause[ti]!;
  // a verb right after a conjunction has no subject of its own: its conjunct's ("blamed Israel and vowed revenge": not
  // Israel); after a comma ("demanded that M23 rebels withdraw …, and called on Rwanda …") the main clause's, not
  // that of a clause in between
  const coord = coordinated(L, tokens, ti);
  if (coord === 'comma') { const main = mainSubject(L, tokens, actors); if (main) return main; }
  // ("demanded that the United States cancel the sale, suspended military exchanges and threatened …"): a past verb
  // coordinated after a complement clause's verb of another form continues the main clause
  if (coord === 'plain' || tokens[ti - 1]?.norm === ',') {
    const k = verbBefore(L, tokens, ti, coord === 'plain');
    if (k >= 0 && continuesMainClause(L, tokens, ti, k)) { const main = mainSubject(L, tokens, actors); if (main) return main; }
  }
  // "… and threatened to sanction American firms": an infinitive right after its verb has that verb's subject
  if (L.words.infinitiveMarker && tokens[ti - 1]?.norm === L.words.infinitiveMarker && tokens[ti - 2]?.pos === 'VERB' && coordinated(L, tokens, ti - 2)) {
    const subject = findSubject(L, { ...m, triggerStart: ti - 2, triggerEnd: ti - 1 }, tokens, actors, clause, prevSource);
    if (subject) return subject;
  }
  if (coord === 'plain') {
    const k = verbBefore(L, tokens, ti, true);
    if (k >= 0) {
      const subject = findSubject(L, { ...m, triggerStart: k, triggerEnd: k + 1 }, tokens, actors, clause, prevSource);
      if (subject) return subject;
      // ("unrest that toppled the Tunisian government and now threatens the regime"): the conjunct of a relative
      // clause said of a thing has no actor either
      if (thingRelative(L, tokens, actors, clause, k)) return null;
    }
  }
  // ("An Israeli air strike that hit a convoy of aid workers killed seven people"): an attack noun with a relative
  // clause of its own heading the subject acts; its country adjective is the agent
  {
    let k = ti - 1;
    while (k > 1 && !L.words.punctStop.has(tokens[k]!.norm) && tokens[k]!.norm !== ',' && !(L.words.relativeSubjects.has(tokens[k]!.norm) && tokens[k + 1]?.pos === 'VERB')) k--;
    const head = tokens[k - 1];
    if (k > 1 && k + 1 < ti && L.words.relativeSubjects.has(tokens[k]!.norm) && head?.pos === 'NOUN' && L.words.weaponNouns.has(head.norm) && !tokens.slice(k + 2, ti).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const agent = headNounAgent(L, tokens, actors, k - 1);
      if (agent !== undefined) return agent;
    }
  }
  // "an Israeli raid on the Jenin refugee camp killed nine": an attack noun heading the subject phrase, a phrase after
  // it, is what acts; its country adjective is the agent, else no actor is (not the main clause's subject)
  {
    let k = ti - 1;
    while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
    const inActor = (i: number) => actors.find((a) => a.tokStart <= i && i < a.tokEnd);
    for (let j = k - 1; j >= 0 && k - j < 10; j--) {
      const t = tokens[j]!;
      const a = inActor(j);
      if (a && a.prep === null && a.kind !== 'modifier') break;
      // ("An air strike by the Saudi-led coalition hit a bus"): the agent after "by" is what acts
      if (t.pos === 'NOUN' && L.words.weaponNouns.has(t.norm) && L.words.nominalAgentPreps.has(tokens[j + 1]?.norm ?? '')) {
        // (a named party: bare attackers, "attacks by gunmen and suicide bombers", are left to whom the attack is blamed on)
        const agent = actors.find((x) => x.tokStart > j + 1 && x.tokStart <= j + 3 && x.tokEnd <= ti && x.prep !== null && L.words.nominalAgentPreps.has(x.prep) && x.kind !== 'compound' && (!!x.country && !x.fromContext || /^(IGO|NGO|IMG)/.test(x.code)));
        if (agent) return agent;
      }
      if (t.pos === 'NOUN' && L.words.weaponNouns.has(t.norm) && L.words.targetPreps.has(tokens[j + 1]?.norm ?? '') && !L.words.originPreps.has(tokens[j + 1]!.norm)) {
        // (a noun the noun patterns code is the event already: the verb adds none)
        const agent = headNounAgent(L, tokens, actors, j);
        if (agent === undefined) break;
        return L.patterns.nounTriggers.has(t.norm) || L.patterns.nounTriggers.has(t.lemma) ? null : agent;
      }
      if (!/^(ADP|DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(t.pos) && !a) break;
    }
  }
  // "air-dropped weapons to rebels fighting Kadhafi's forces": a participle right after a group of people that is an
  // object (no comma between) is said of them, a reduced relative
  if (isGerund(L, tokens[ti]!.norm)) {
    const head = actors.find((a) => a.tokEnd === ti && a.kind === 'group' && (a.prep !== null || precededByVerb(tokens, a)));
    if (head) return head;
  }
  let best: ResolvedActor | null = null;
  let bestSubj: ResolvedActor | null = null;
  for (const a of actors) {
    if (a.tokEnd > ti) break;
    if (clause[a.tokStart] !== c && clause[a.tokEnd - 1] !== c) continue;
    // ("as trade unions staged a general strike", "after Russia invaded"): a conjunction read as the actor's preposition
    if (!SUBJECT_PREPS.has(a.prep) && !((a.prep === 'with' || L.words.prepOrConj.has(a.prep ?? '')) && looksLikeSubject(L, tokens, a, ti))) continue;
    // ("Israel demands the release of …": a verb the tagger read as a plural noun makes the name before it look like
    //  its modifier; it is the subject)
    if (a.kind === 'modifier' && !(a.country && (modifierSubject(tokens, a, ti) || a.tokEnd === ti && tokens[ti]!.pos === 'NOUN' && tokens[a.tokStart]!.pos === 'PROPN'))) continue;
    best = a;
    if (looksLikeSubject(L, tokens, a, ti)) bestSubj = a;
  }
  // "assailed Ukraine for holding exercises", "accused the US of breaching", "prevents Venezuela from trading": a
  // gerund after for/of/from has the actor right before the preposition as its subject
  if (isGerund(L, tokens[ti]!.norm) && L.words.gerundPreps.has(tokens[ti - 1]?.norm ?? '')) {
    const obj = [...actors].reverse().find((a) => a.tokEnd <= ti - 1);
    if (obj && ti - 1 - obj.tokEnd <= 1 && clause[obj.tokStart] === c && obj.kind !== 'modifier') return obj;
    // ("the latest sign of deepening ties", "hopes of reaching a deal"): after a plain noun the -ing form is that
    //  noun's complement, with no actor of its own
    if (tokens[ti - 2]?.pos === 'NOUN' && !actors.some((a) => a.tokStart <= ti - 2 && ti - 2 < a.tokEnd)) return null;
  }
  // ", effectively ending ties": a participle after a comma takes the clause's subject, not the nearest object
  const participle = tokens[ti - 1]?.norm === ',' || tokens[ti - 2]?.norm === ',' && tokens[ti - 1]?.pos === 'ADV';
  if (participle && bestSubj) return bestSubj;
  // ("an earthquake struck Morocco, killing 800 people"): the object of the clause's verb is not the participle's subject
  if (participle && best && precededByVerb(tokens, best) && isGerund(L, tokens[ti]!.norm)) return null;
  // "linking the sites struck overnight": a plain noun phrase that is a verb's object, right before the participle,
  // is what the participle is said of (a reduced relative), and no actor is named as its agent
  {
    let k = ti - 1;
    while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
    if (k > 0 && tokens[k]!.pos === 'NOUN' && !actors.some((a) => a.tokStart <= k && k < a.tokEnd)) {
      let h = k;
      while (h > 0 && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[h - 1]!.pos)) h--;
      if (h > 0 && tokens[h - 1]!.pos === 'VERB' && !L.mod.reporting.has(tokens[h - 1]!.lemma)) return null;
    }
  }
  if (bestSubj) {
    // the nearest actor wins unless it follows a verb (then it is that verb's object)
    if (best && best !== bestSubj && !precededByVerb(tokens, best)) return best;
    return bestSubj;
  }
  if (best && !precededByVerb(tokens, best)) return best;
  // ("the strongest earthquake to hit Ecuador in decades killed 233 people"): the object of an infinitive inside the
  // subject phrase is not the subject
  if (best && L.words.infinitiveMarker && tokens[best.tokStart - 2]?.norm === L.words.infinitiveMarker && tokens[best.tokStart - 1]?.pos === 'VERB' && tokens[best.tokStart - 3]?.pos === 'NOUN') return null;
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
  if (L.words.relativeSubjects.has(opener ?? '')) {
    // (right before it, or before a comma: "Argentina, which …"; not "Kenya last year that …")
    const ante = relativeAntecedent(tokens, actors, start);
    // (a place after "in" is where the antecedent is, rarely the antecedent: "the bombings in Kenya, which killed")
    if (ante && L.words.locative.has(ante.prep ?? '')) return null;
    if (ante) return ante;
    if (thingRelative(L, tokens, actors, clause, ti)) return null;
  }
  // coordinated verb ("... and imposed"): the previous subject
  if (coordinated(L, tokens, ti) && prevSource) return prevSource;
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
  // a subject after its verb, where the language allows one ("se manifestaron el sábado miles de personas", "dijo el
  // ministro"): the first actor of the clause after the verb that no preposition introduces and no verb precedes
  if (L.words.postverbalSubject) {
    const after = actors.find((a) => a.tokStart >= m.triggerEnd && a !== m.target && clause[a.tokStart] === c && a.prep === null && a.kind !== 'modifier');
    if (after && !tokens.slice(m.triggerEnd, after.tokStart).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || L.words.relativeSubjects.has(t.norm))) return after;
  }
  // earlier clause of the same sentence, if the trigger's clause has no subject of its own (", as they restarted")
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.tokEnd > ti) continue;
    // (a place phrase between is passed over: "agreed in Havana to extend a ceasefire")
    if (a.prep !== null && L.words.locative.has(a.prep) && (a.kind === 'place' || a.kind === 'country') && !!L.words.infinitiveMarker && tokens[ti - 1]?.norm === L.words.infinitiveMarker) continue;
    if (clause[a.tokStart]! >= c - 1 && a.prep === null && a.kind !== 'modifier' && start > 0 && /^(as|while|when|after|before|since|because)$/.test(tokens[start]!.norm) === false) return a;
    break;
  }
  return null;
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

/** The noun phrase a possessive actor owns ("Somalia's Gedo region": Gedo, region), up to four words. */
function tokensAfterPossessive(r: Resolution, a: ResolvedActor): Token[] {
  const out: Token[] = [];
  if (a.tokEnd < 0) return out;
  for (let k = a.tokEnd; k < r.tokens.length && out.length < 4; k++) {
    const t = r.tokens[k]!;
    if (!/^(NOUN|PROPN|ADJ|PART)$/.test(t.pos)) break;
    out.push(t);
  }
  return out;
}

/** "refused to let the ASEAN envoy meet Suu Kyi", "did not let reporters enter": the subject of the act is the object of
 *  a causative verb that is negated or refused — the act does not happen. */
function deniedCausative(r: Resolution): 'negated' | 'refused' | null {
  const { L, tokens, clause, source } = r;
  if (!source || source.tokStart <= 0) return null;
  let k = source.tokStart - 1;
  while (k > 0 && /^(DET|ADJ)$/.test(tokens[k]!.pos)) k--;
  // (a causative verb, not an auxiliary: "Not only have Russian forces shelled Kyiv")
  if (tokens[k]!.pos !== 'VERB' || !L.words.causatives.has(tokens[k]!.lemma)) return null;
  const from = firstOfClause(clause, k);
  if (lastSeq(L, tokens, from, k, L.mod.refusal) >= 0) return 'refused';
  return lastSeq(L, tokens, from, k, L.mod.negation) >= 0 ? 'negated' : null;
}

/** The one who refused to let the act happen ("Myanmar refused to let the envoy meet …"): the subject of the clause
 *  before the causative's object, or null. */
function refuser(r: Resolution): ResolvedActor | null {
  const { actors, clause, source } = r;
  if (!source) return null;
  return [...actors].reverse().find((a) => a.tokEnd <= source.tokStart && a !== source && a.prep === null && a.kind !== 'modifier' && clause[a.tokStart] === clause[source.tokStart]) ?? null;
}

/** "Turkey may suspend diplomatic relations with the UAE, Erdogan said", "He said Turkey could launch a new military
 *  operation": a hostile act the actor itself (or someone of its country) says it could do is a threat
 *  (modality.json ownPossibility); said by others it stays a speculation. */
function ownPossibleThreat(r: Resolution, winStart: number): boolean {
  const { L, tokens, actors, source, ti, p } = r;
  if (!source?.country || !/^(1[2-9]|20)/.test(p.code) || p.code.startsWith('14')) return false;
  const modal = lastSeq(L, tokens, Math.max(winStart, ti - 3), ti, L.mod.ownPossibility);
  if (modal < 0) return false;
  // (not negated, nor hedged by the reporter: "may not suspend", "could never attack", "it was unlikely that … could")
  if (lastSeq(L, tokens, Math.max(winStart, modal - 2), ti, L.mod.negation) >= 0) return false;
  if (tokens.slice(0, modal).some((t) => L.mod.hedgeWords.has(t.norm) || L.mod.hedgeWords.has(t.lemma))) return false;
  // the reporting verb of the sentence and its speaker: before it ("Erdogan said Turkey could …"), or, after the act,
  // the actor next to it (", President Tayyip Erdogan said on Friday")
  const v = tokens.findIndex((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && k !== ti && L.mod.reporting.has(t.lemma));
  if (v < 0) return false;
  const speaker = v < ti
    ? [...actors].reverse().find((a) => a.tokEnd <= v && a.prep === null && a.kind !== 'modifier')
    : [...actors].reverse().find((a) => a.tokEnd <= v && a.tokStart > ti && a.prep === null && a.kind !== 'modifier') ?? actors.find((a) => a.tokStart > v && a.tokStart <= v + 3 && a.prep === null && a.kind !== 'modifier');
  return !!speaker && speaker.country === source.country;
}

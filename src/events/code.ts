// Sentence coder: finds CAMEO event triggers from the verb/noun pattern files, then the source and target actors
// (roles.ts), applies modality (modes.ts) and builds dated mentions (mention.ts). Written by hand because no
// maintained JS library does CAMEO event coding; the linguistic knowledge lives in data/events/*.json.
import type { EventMention } from '../types.js';
import { findActors, type DocContext, type ResolvedActor, type Token } from '../actors/index.js';
import type { EventLanguage } from './language.js';
import { type Match, tryPatterns } from './match.js';
import type { Pattern } from './patterns.js';
import { seqMatches, clauses, attributive, verbLemmas, actorEndsAt, isGerund, isDescriber } from './syntax.js';
import { elaborates, aboutSport } from './modes.js';
import { resolveMatch } from './roles.js';
import { buildMention, type CodeOptions } from './mention.js';
import { tryDictionary } from './dictmatch.js';
import { codeClasses } from './lexicon.js';
import { cameo } from './ontology.js';

const { protestDemands: PROTEST_DEMANDS, brokerRoots: BROKER_ROOTS, brokerCode: BROKER_CODE, admittedActs: ADMITTED, massKilling: MASS_KILLING, stateSectors: STATE_SECTORS, opposedSectors: OPPOSED } = codeClasses();
/** The code of a protest with no more specific form. */
const PROTEST_CODE = '140';

export type { CodeOptions } from './mention.js';

export interface SentenceResult {
  mentions: EventMention[];
  actors: ResolvedActor[];
}

/** Codes one sentence in a language `L`. `ctx` carries the document's memory (actors, previous events). */
export function codeSentence(L: EventLanguage, sentence: string, tokens: Token[], ctx: DocContext & { lastEvents?: EventMention[] }, opts: CodeOptions): EventMention[] {
  const actors = findActors(tokens, sentence, ctx);
  // ("Will the ceasefire between Israel and Hezbollah hold?"): a question asserts no event
  if (L.words.questionMarks.has(tokens[tokens.length - 1]?.norm ?? '') || L.words.questionMarks.has(tokens[tokens.length - 2]?.norm ?? '') && L.words.quote.has(tokens[tokens.length - 1]!.norm)) return [];
  const mod = L.mod;
  const actorAt: (ResolvedActor | undefined)[] = new Array(tokens.length);
  for (const a of actors) if (a.tokStart < tokens.length) actorAt[a.tokStart] = a;
  const clause = clauses(L, tokens);
  const consumed = new Uint8Array(tokens.length);
  for (const a of actors) for (let k = a.tokStart; k < a.tokEnd; k++) consumed[k] = 2;
  const matches: Match[] = [];
  for (let ti = 0; ti < tokens.length; ti++) {
    if (consumed[ti]) continue;
    const t = tokens[ti]!;
    let m: Match | null = null;
    // ("bomb-hit embassy", "war-torn"): a participle inside a hyphenated modifier
    if (t.pos === 'VERB' && (attributive(L, tokens, ti, consumed) || tokens[ti - 1]?.norm === '-' && ti > 1 && tokens[ti - 1]!.start === tokens[ti - 2]!.end)) continue;
    // "met with visiting U.S. Treasury Secretary Janet Yellen": "visiting" before an actor is no verb (see visitors)
    if (L.words.visitorWords.has(t.norm) && isVisitorWord(tokens, ti, actors)) continue;
    // "heard him talk about killing X": a gerund after a topic preposition is what is spoken of, not an act
    if (t.pos === 'VERB' && isGerund(L, t.norm) && mod.topic.has(tokens[ti - 1]?.norm ?? '')) continue;
    // ("freed 26 prisoners, most of them jailed for killing Israelis"): a participle after a partitive pronoun describes
    if (t.pos === 'VERB' && t.norm !== t.lemma && L.words.partitiveObjects.has(tokens[ti - 1]?.norm ?? '') && L.words.ofPreps.has(tokens[ti - 2]?.norm ?? '')) continue;
    // ("condemned what it called Israel's aggression"): a describing verb is no act of its own
    if (t.pos === 'VERB' && isDescriber(L, tokens, ti)) continue;
    // "what we are going to tell them": a future auxiliary, no act of its own
    if (t.pos === 'VERB' && mod.auxiliary.some((seq) => seqMatches(L, tokens, ti, seq) && tokens[ti + seq.length]?.pos === 'VERB')) continue;
    // "last month's shooting", "its bombing of …": an -ing form after a possessive is a noun, read by the noun patterns
    // ("Russian shelling of Kharkiv", "the killing of", "heavy shelling": after a determiner, an adjective or a country
    //  adjective too, unless a direct object follows)
    const prevTok = tokens[ti - 1];
    const gerundNoun = t.pos === 'VERB' && isGerund(L, t.norm) && (L.words.possessive.test(prevTok?.norm ?? '')
      || !!prevTok && (/^(DET|ADJ)$/.test(prevTok.pos) && prevTok.norm !== 'that' || actors.some((a) => a.tokEnd === ti && a.kind === 'modifier')) && !/^(DET|PROPN|PRON|NUM)$/.test(tokens[ti + 1]?.pos ?? ''));
    // ("in a renewed push for"): a verb form right after an article is a noun, read by the noun patterns only
    const articleNoun = t.pos === 'VERB' && afterArticle(L, tokens, ti);
    // ("would free several jailed opposition figures", "26 jailed Palestinians"): a past participle between a
    // quantifier or a number and its noun describes the noun, it states no act
    if (t.pos === 'VERB' && t.norm !== t.lemma && /ed$/.test(t.norm) && (tokens[ti - 1]?.pos === 'NUM' || L.words.participleQuantifiers.has(tokens[ti - 1]?.norm ?? '')) && tokens[ti + 1]?.pos === 'NOUN' && tokens[ti - 2]?.pos !== 'AUX') continue;
    if (t.pos === 'VERB' && !gerundNoun && !articleNoun) {
      m = verbPatterns(L, tokens, ti, actorAt);
      // the lemmatizer sometimes over-strips ("staged" → "stag"): candidate lemmas from the inflected form
      if (!m && t.norm !== t.lemma) m = lemmaPatterns(L, tokens, ti, actorAt, [t.lemma, t.norm]);
      // the field's dictionary under the curated patterns (and over a generic curated one: "agreed to a ceasefire")
      if (!m || m.pattern.fallback) m = tryDictionary(L, tokens, ti, actorAt, clause, actors) ?? m;
    } else if ((t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'ADP') && (/(ed|s)$/.test(t.norm) || L.pastForms.get(t.norm)) && ti > 0 && (actorEndsAt(actors, ti) || /ed$/.test(t.norm) && /^(DET|NUM|ADV|PRON|PROPN)$/.test(tokens[ti + 1]?.pos ?? '') && actors.some((a) => a.tokEnd === ti)
        // ("Israel demands the release of …": a country's name, not its adjective, read as the noun's modifier)
        // (or a particle of an irregular past: "Ukraine shot down 20 Russian drones")
        || (/^(DET|NUM|PRON|PROPN)$/.test(tokens[ti + 1]?.pos ?? '') || tokens[ti + 1]?.pos === 'ADP' && !!L.pastForms.get(t.norm)) && actors.some((a) => a.tokEnd === ti && a.kind === 'modifier' && !!a.country && tokens[a.tokStart]!.pos === 'PROPN' && a.tokEnd - a.tokStart === 1 && a.name === tokens[a.tokStart]!.text))
      // ("Islamic State targets in Syria": a plural noun, not a verb in -s, when no object follows it)
      && !(/s$/.test(t.norm) && !/^(DET|NUM|PRON|PROPN)$/.test(tokens[ti + 1]?.pos ?? ''))) {
      // the tagger sometimes reads a verb right after its subject as a noun ("militants abducted …", "Islamic
      // extremists abducted about 100 girls", where the role word then looked like a modifier of that noun)
      m = lemmaPatterns(L, tokens, ti, actorAt);
      if (!m) m = tryDictionary(L, tokens, ti, actorAt, clause, actors);
    }
    // ("it would gradually free 553 prisoners", "to free them"): a word after a modal or an infinitive marker, adverbs
    // between, that the tagger read as an adjective or a noun is a verb when a verb pattern of it matches
    if (!m && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'ADV') && afterModal(L, tokens, ti)) {
      m = verbPatterns(L, tokens, ti, actorAt);
      // (an irregular participle read as a noun after a perfect auxiliary: "its forces had shot down")
      // (or a gerund the tagger read as an adjective: "began flying food …")
      if (!m && (t.norm !== t.lemma || L.pastForms.get(t.norm) || isGerund(L, t.norm))) m = lemmaPatterns(L, tokens, ti, actorAt, [t.lemma]);
    }
    // (", meeting President Joe Biden at the White House"): an -ing form the tagger read as a noun, after a comma and
    // before its object, is a participle
    // (or before a place phrase: "The foreign ministers of India and China, meeting in Moscow on Thursday, …")
    if (!m && t.pos === 'NOUN' && isGerund(L, t.norm) && tokens[ti - 1]?.norm === ',' && (actorAt[ti + 1] && actorAt[ti + 1]!.kind !== 'modifier' && actorAt[ti + 1]!.kind !== 'reference' || L.words.locativeStart.has(tokens[ti + 1]?.norm ?? '') && !!actorAt[ti + 2])) {
      m = lemmaPatterns(L, tokens, ti, actorAt);
    }
    // (an adjective may open a noun trigger of several words: "a general strike", "a nationwide strike")
    if (!m && (t.pos === 'NOUN' || t.pos === 'PROPN' && (!t.cap || ti === 0) || gerundNoun || articleNoun || t.pos === 'ADJ' && L.patterns.nounTriggers.has(t.norm))) {
      m = nounPatterns(L, tokens, ti, actorAt);
      // (the adjective alone is no noun: "the rebel offensive" stays a modifier's word)
      if (m && t.pos === 'ADJ' && m.triggerEnd - m.triggerStart < 2) m = null;
    }
    if (!m) continue;
    addInner(m, actors);
    // (a dictionary match leaves its phrase to the curated patterns: "completed its withdrawal", "seeks talks")
    for (let k = m.triggerStart; k < (m.pattern.dictionary ? m.triggerEnd : m.end); k++) if (!consumed[k]) consumed[k] = 1;
    matches.push(m);
    ti = m.triggerEnd - 1;
  }
  // a curated trigger inside a dictionary match's phrase is the more specific reading of it
  const curatedAt = matches.filter((m) => !m.pattern.dictionary).map((m) => m.triggerStart);
  const kept = matches.filter((m) => !m.pattern.dictionary || !curatedAt.some((k) => k >= m.triggerEnd && k < m.end));
  const out: EventMention[] = [];
  const fallbackMentions = new Set<EventMention>();
  const triedAt = new Map<number, Set<Pattern>>();
  let prevSource: ResolvedActor | null = null;
  let prevTarget: ResolvedActor | null = null;
  for (let mi = 0; mi < kept.length; mi++) {
    const m = kept[mi]!;
    // ", targeting the country's oil industry": a participle that elaborates the event already coded, not a new one
    if (out.length && elaborates(L, tokens, m)) continue;
    const res = resolveMatch(L, m, tokens, actors, clause, ctx, prevSource, prevTarget);
    if (!res) {
      // ("announced the release of 5,000 prisoners"): a curated pattern whose roles do not resolve ("release of +",
      // prisoners of no country named) leaves its trigger to the trigger's next pattern ("release|free * prisoners":
      // the prisoners of the subject's own country), each pattern tried once
      const tried = triedAt.get(m.triggerStart) ?? new Set<Pattern>();
      tried.add(m.pattern);
      triedAt.set(m.triggerStart, tried);
      const keep = (p: Pattern) => !tried.has(p);
      if (m.pattern.nominal && !m.pattern.subjectSectors) {
        const next = nounPatterns(L, tokens, m.triggerStart, actorAt, keep);
        if (next && next.triggerStart === m.triggerStart) { addInner(next, actors); kept.splice(mi + 1, 0, next); continue; }
      }
      // ("Saudi Arabia began air strikes against Houthi rebels"): a pattern held for some subjects only ("workers began
      // a strike") that does not hold here leaves its words to the noun patterns
      // (and to the field's dictionary: "Chinese aircraft flew into Taiwan's air defence zone" is no visit)
      if (m.pattern.subjectSectors) {
        // (first to the trigger's patterns held for every subject: "police raided the home of …")
        const d = verbPatterns(L, tokens, m.triggerStart, actorAt, (p) => !p.subjectSectors && keep(p)) ?? (tokens[m.triggerStart]!.pos === 'VERB' ? tryDictionary(L, tokens, m.triggerStart, actorAt, clause, actors) : null);
        if (d) addInner(d, actors);
        kept.splice(mi + 1, 0, ...(d ? [d] : []), ...nounsInside(L, tokens, m, actorAt, actors));
      }
      continue;
    }
    prevSource = res.source;
    for (const ev of res.events) if (m.pattern.swap) [ev.source, ev.target] = [ev.target, ev.source];
    prevTarget = res.events[0]?.target ?? null;
    // ("Protesters demanding that President Kabila step down clashed with police"): protesters' demand told in a
    // participle right after them is their protest at the party it names
    const protesters = isGerund(L, tokens[m.triggerStart]!.norm) && L.patterns.protesterNouns.has(tokens[m.triggerStart - 1]?.norm ?? '');
    for (const ev of res.events) {
      if (protesters && PROTEST_DEMANDS.has(ev.code.slice(0, 2))) ev.code = PROTEST_CODE;
      const mention = buildMention(L, ev, m, tokens, clause, sentence, opts, res.tense);
      if (!mention) continue;
      // (a protest and the protest it is the purpose of, "marcharon para protestar", are one: modality.json purposeRoots)
      const sameAct = (o: EventMention) => o.code === mention.code || o.root === mention.root && mod.purposeRoots.has(o.root);
      // (organisations with no country are told apart by their codes: "Human Rights Watch and Amnesty International")
      const sameSource = (o: EventMention) => mention.sourceCountry ? o.source.slice(0, 3) === mention.source.slice(0, 3) : o.source === mention.source;
      // (two organisations are two parties, "asked the European Union and the International Monetary Fund"; so are a
      //  state and its armed opponents, "called on Ethiopia's federal government and Tigrayan forces")
      const org = (c: string) => /^(IGO|NGO|IMG)/.test(c);
      const side = (c: string) => STATE_SECTORS.has(c.slice(3, 6)) ? 'state' : OPPOSED.has(c.slice(3, 6)) ? 'armed' : '';
      const sameTarget = (o: EventMention) => org(o.target) && org(mention.target) ? o.target.slice(0, 6) === mention.target.slice(0, 6) : !side(o.target) || !side(mention.target) || side(o.target) === side(mention.target);
      const dup = out.find((o) => sameAct(o) && o.sourceCountry === mention.sourceCountry && o.targetCountry === mention.targetCountry && sameSource(o) && sameTarget(o));
      if (dup) continue;
      if (m.pattern.fallback) fallbackMentions.add(mention);
      out.push(mention);
    }
  }
  // ("Former Seleka rebels attacked a camp for displaced people, killing at least 30 civilians"): an attack whose
  // participle after a comma is a mass killing by the same hand is that killing (codes.json massKilling)
  if (MASS_KILLING) {
    const killings = out.filter((o) => o.code === MASS_KILLING.code && o.triggerSpan && sentence.slice(0, o.triggerSpan[0]).trimEnd().endsWith(','));
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (MASS_KILLING.roots.has(o.root) && o.code !== MASS_KILLING.code && !MASS_KILLING.notCodes.has(o.code) && killings.some((k) => k.source === o.source && (k.triggerSpan![0] > (o.triggerSpan?.[0] ?? Infinity)))) out.splice(i, 1);
    }
  }
  out.push(...brokered(L, tokens, actors, out));
  for (const a of admitted(L, tokens, actors, out)) {
    const code = ADMITTED!.code;
    const m = wordMatch(tokens, a.at, a.at + 1, code, 'admit that', a.target);
    const mention = buildMention(L, { source: a.speaker, target: a.target, code, confidence: 0.6, symmetric: false }, m, tokens, clause, sentence, opts, 'verb-object');
    if (mention && !out.some((o) => o.code === code && o.target === mention.target)) out.push(mention);
  }
  for (const v of visitors(L, tokens, actors)) {
    const m = wordMatch(tokens, v.at, v.visitor.tokEnd, '042', 'visiting +', v.host);
    const mention = buildMention(L, { source: v.visitor, target: v.host, code: '042', confidence: 0.6, symmetric: false }, m, tokens, clause, sentence, opts, 'verb-object');
    if (mention && !out.some((o) => o.root === '04' && o.sourceCountry === mention.sourceCountry && o.targetCountry === mention.targetCountry)) out.push(mention);
  }
  // ("marched in Seoul demanding that President Park step down"): a demand told in a participle of the same
  // protesters' protest is what the protest is for (codes.json protestDemands)
  const protests = out.filter((o) => o.root === '14');
  const aims = protests.length ? out.filter((o) => PROTEST_DEMANDS.has(o.root) && isGerund(L, (o.trigger ?? '').toLowerCase().split(' ')[0]!) && protests.some((q) => q.source === o.source && (q.triggerSpan?.[0] ?? 0) < (o.triggerSpan?.[0] ?? 0))) : [];
  // ("agreed to release prisoners"): a generic code stands only when nothing more specific follows it for its source
  const generic = out.filter((o) => fallbackMentions.has(o) && out.some((q) => q !== o && !fallbackMentions.has(q) && q.sourceCountry === o.sourceCountry && (q.triggerSpan?.[0] ?? 0) > (o.triggerSpan?.[0] ?? 0)));
  const kept2 = aims.length || generic.length ? out.filter((o) => !aims.includes(o) && !generic.includes(o)) : out;
  // ("Argentina beat France on penalties to win the World Cup"): a game between national teams is no event
  const events = kept2.length && aboutSport(L, tokens) ? kept2.filter((o) => !(o.source === o.sourceCountry && o.target === o.targetCountry) || mod.sportNotGames.has(o.root) || mod.sportNotGames.has(o.code)) : kept2;
  if (events.length) {
    ctx.lastEvents = [...(ctx.lastEvents ?? []), ...events].slice(-20);
  }
  return events;
}

/** ("agreed to normalise relations in a deal brokered by Washington"): the actor by whom the agreement of an event
 *  already coded was brokered mediates between its parties (syntax.json brokerParticiples; codes.json brokerRoots:
 *  only agreements, meetings and settlements are brokered). */
function brokered(L: EventLanguage, tokens: Token[], actors: ResolvedActor[], out: EventMention[]): EventMention[] {
  const made: EventMention[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!L.words.brokerParticiples.has(tokens[k]!.norm) || !L.words.agentPreps.has(tokens[k + 1]!.norm)) continue;
    const broker = actors.find((a) => a.tokStart >= k + 2 && a.tokStart <= k + 3 && a.kind !== 'modifier' && a.kind !== 'compound');
    if (!broker) continue;
    const at = tokens[k]!.start;
    const deal = out.find((o) => BROKER_ROOTS.has(o.root) && (o.triggerSpan?.[0] ?? Infinity) < at && o.source !== broker.code && o.target !== broker.code);
    if (!deal) continue;
    const info = cameo(BROKER_CODE);
    for (const [code, country] of [[deal.source, deal.sourceCountry], [deal.target, deal.targetCountry]] as const) {
      if (made.some((x) => x.target === code || !!country && x.targetCountry === country) || code === broker.code) continue;
      made.push({ ...deal, source: broker.code, sourceCountry: broker.country, target: code, targetCountry: country, code: BROKER_CODE, root: info.root, plover: info.plover, goldstein: info.goldstein, quadClass: info.quadClass, sourceSpan: [broker.start, broker.end], targetSpan: null, triggerSpan: [tokens[k]!.start, tokens[k]!.end], trigger: tokens[k]!.text, symmetric: false, confidence: Math.min(deal.confidence, 0.6) });
    }
  }
  return made;
}

/** ("Iran's armed forces admitted that they had shot down a Ukrainian airliner"): an act of the speaker's own side
 *  told in the "that" clause of an admission verb is admitted as well as done (codes.json admittedActs, syntax.json
 *  admissionVerbs): the speaker acknowledges responsibility towards the act's target. The admission verb's index, its
 *  speaker and the act's target. */
function admitted(L: EventLanguage, tokens: Token[], actors: ResolvedActor[], out: EventMention[]): { at: number; speaker: ResolvedActor; target: ResolvedActor }[] {
  if (!ADMITTED) return [];
  const made: { at: number; speaker: ResolvedActor; target: ResolvedActor }[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.pos !== 'VERB' || !L.words.admissionVerbs.has(tokens[k]!.lemma)) continue;
    // (the speaker: the last actor named with no preposition before the verb)
    const speaker = [...actors].reverse().find((a) => a.tokEnd <= k && a.prep === null && a.kind !== 'modifier' && (a.country || /^(IGO|NGO|IMG)/.test(a.code)));
    if (!speaker) continue;
    for (const o of out) {
      if (!ADMITTED.roots.has(o.root) || (o.triggerSpan?.[0] ?? -1) < tokens[k]!.end || o.sourceCountry !== (speaker.country ?? null) || !o.targetCountry && !/^(IGO|NGO|IMG)/.test(o.target)) continue;
      if (made.some((x) => x.target.code === o.target)) continue;
      const named = actors.find((a) => a.code === o.target && a.start >= (o.targetSpan?.[0] ?? -1));
      const target: ResolvedActor = named ?? { code: o.target, country: o.targetCountry, name: o.target, start: 0, end: 0, kind: 'reference', tokStart: -1, tokEnd: -1, prep: null, possessive: false, sector: '', fromContext: true };
      made.push({ at: k, speaker, target });
    }
  }
  return made;
}

/** The verb patterns of the candidate lemmas of the token at `ti` (the tagger's lemma sometimes over- or under-strips:
 *  "staged" → "stag", "shot" read as a noun), the first that matches; `skip`: lemmas already tried. */
function lemmaPatterns(L: EventLanguage, tokens: Token[], ti: number, actorAt: (ResolvedActor | undefined)[], skip: string[] = []): Match | null {
  for (const l of verbLemmas(L, tokens[ti]!)) {
    if (skip.includes(l)) continue;
    const m = tryPatterns(L, tokens, ti, L.patterns.verbTriggers.get(l), actorAt, l);
    if (m) return m;
  }
  return null;
}

/** A match made by a rule rather than a pattern, on the one trigger word at `at` (a visitor's "visiting", an
 *  admission verb), for buildMention. */
function wordMatch(tokens: Token[], at: number, end: number, code: string, source: string, target: ResolvedActor): Match {
  return { pattern: { code, source, trigger: [[tokens[at]!.norm]], rest: [], weight: 0, hasTarget: true, nominal: false }, triggerStart: at, triggerEnd: at + 1, end, target, inner: [] };
}

/** The noun patterns of a token's form, else of its lemma. */
function nounPatterns(L: EventLanguage, tokens: Token[], k: number, actorAt: (ResolvedActor | undefined)[], keep?: (p: Pattern) => boolean): Match | null {
  const t = tokens[k]!;
  const list = (w: string) => keep ? L.patterns.nounTriggers.get(w)?.filter(keep) : L.patterns.nounTriggers.get(w);
  return tryPatterns(L, tokens, k, list(t.norm), actorAt) ?? tryPatterns(L, tokens, k, list(t.lemma), actorAt);
}

/** The actors inside a match's phrase after its trigger that are not its target join its inner actors. */
function addInner(m: Match, actors: ResolvedActor[]): void {
  for (const a of actors) if (a.tokStart >= m.triggerEnd && a.tokStart < m.end && a !== m.target && !m.inner.includes(a)) m.inner.push(a);
}

/** The noun-pattern matches inside a match's phrase, after its trigger. */
function nounsInside(L: EventLanguage, tokens: Token[], m: Match, actorAt: (ResolvedActor | undefined)[], actors: ResolvedActor[]): Match[] {
  const out: Match[] = [];
  for (let k = m.triggerEnd; k < m.end; k++) {
    const n = nounPatterns(L, tokens, k, actorAt);
    if (!n) continue;
    addInner(n, actors);
    out.push(n);
    k = n.end - 1;
  }
  return out;
}

/** "visiting" as an adjective: an actor right after it, and no auxiliary or subject right before ("is visiting Japan"). */
function isVisitorWord(tokens: Token[], k: number, actors: ResolvedActor[]): boolean {
  const prev = tokens[k - 1];
  if (prev && (prev.pos === 'AUX' || actors.some((a) => a.tokEnd === k && a.kind !== 'modifier'))) return false;
  // ("by visiting Kenya", "after visiting Moscow"): a country or a place right after it is where one goes, not who goes
  const next = actors.find((a) => a.tokStart > k && a.tokStart <= k + 2 && a.kind !== 'modifier');
  if (next && next.tokStart === k + 1 && (next.kind === 'country' || next.kind === 'place')) return false;
  return !!next && (!!next.country || /^(IGO|NGO)/.test(next.code));
}

/** "met with visiting U.S. Treasury Secretary Janet Yellen", "told visiting South Korean envoys": an actor named as
 *  visiting is on a visit to the host — the first other actor of the sentence from another country. */
function visitors(L: EventLanguage, tokens: Token[], actors: ResolvedActor[]): { at: number; visitor: ResolvedActor; host: ResolvedActor }[] {
  const out: { at: number; visitor: ResolvedActor; host: ResolvedActor }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!L.words.visitorWords.has(tokens[k]!.norm) || !isVisitorWord(tokens, k, actors)) continue;
    const visitor = actors.find((a) => a.tokStart > k && a.tokStart <= k + 2 && a.kind !== 'modifier' && (a.country || /^(IGO|NGO)/.test(a.code)))!;
    const host = actors.find((a) => a !== visitor && a.kind !== 'modifier' && a.kind !== 'compound' && a.country && a.country !== visitor.country && (a.prep === null || a.prep === 'with' || a.prep === 'to'));
    if (host) out.push({ at: k, visitor, host: host.kind === 'place' ? { ...host, code: host.country!, sector: '' } : host });
  }
  return out;
}

/** The verb patterns of a token's lemma, else of its form. */
function verbPatterns(L: EventLanguage, tokens: Token[], ti: number, actorAt: (ResolvedActor | undefined)[], keep?: (p: Pattern) => boolean): Match | null {
  const t = tokens[ti]!;
  const byLemma = L.patterns.verbTriggers;
  const list = (w: string) => keep ? byLemma.get(w)?.filter(keep) : byLemma.get(w);
  return tryPatterns(L, tokens, ti, list(t.lemma), actorAt) ?? (t.norm !== t.lemma ? tryPatterns(L, tokens, ti, list(t.norm), actorAt) : null);
}

/** A modal or an infinitive marker right before the token, adverbs between ("would gradually free"). */
function afterModal(L: EventLanguage, tokens: Token[], ti: number): boolean {
  let k = ti - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const t = tokens[k];
  // (an -ing form after a verb of aspect too: "began flying food and water to survivors")
  return !!t && (t.pos === 'AUX' && !L.words.be.has(t.norm) || !!L.words.infinitiveMarker && t.norm === L.words.infinitiveMarker && t.pos === 'PART'
    || t.pos === 'VERB' && L.words.aspectVerbs.has(t.lemma) && isGerund(L, tokens[ti]!.norm));
}

/** A verb form right after an article, adjectives and participles between ("in a renewed push for"): the tagger's
 *  verb is a noun. */
function afterArticle(L: EventLanguage, tokens: Token[], ti: number): boolean {
  if (isGerund(L, tokens[ti]!.norm)) return false;
  let k = ti - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'VERB' && /ed$/.test(tokens[k]!.norm))) k--;
  return k >= 0 && tokens[k]!.pos === 'DET' && L.words.articles.has(tokens[k]!.norm);
}

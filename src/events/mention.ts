// Builds an event mention from a resolved event: its CAMEO facts, and its date — the time expression of its clause,
// the clause a relative hangs on or the reporting clause; else the publication date for news of the day; none for
// background (a past anchored elsewhere in the sentence or paragraph) or an unanchored "later".
import type { EventMention, EventDate, TimeExpression } from '../types.js';
import type { Token } from '../actors/index.js';
import type { EventLanguage } from './language.js';
import { cameo } from './ontology.js';
import { codeClasses } from './lexicon.js';
import type { Match } from './match.js';
import type { RawEvent } from './roles.js';
import { firstOfClause, coordinated } from './syntax.js';
import { shiftDay } from '../util/calendar.js';

const { announcedProtest: ANNOUNCED_PROTEST, plannedRoots: PLANNED_ROOTS } = codeClasses();

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


export function buildMention(L: EventLanguage, ev: RawEvent, m: Match, tokens: Token[], clause: number[], sentence: string, opts: CodeOptions, tns: string): EventMention | null {
  let info = cameo(ev.code);
  const trig = [tokens[m.triggerStart]!.start, tokens[m.triggerEnd - 1]!.end] as [number, number];
  let date: EventDate | null = null;
  let dateFrom: string | null = null;
  let dateExpr: TimeExpression | null = null;
  const times = opts.times ? opts.times(sentence) : [];
  const clauseOf = (charPos: number) => {
    let k = 0;
    while (k < tokens.length - 1 && tokens[k + 1]!.start <= charPos) k++;
    return clause[k]!;
  };
  const tc = clause[m.triggerStart]!;
  const mod = L.mod;
  const reportClauses = new Set(tokens.filter((t) => t.pos === 'VERB' && mod.reporting.has(t.lemma)).map((t) => clause[tokens.indexOf(t)]!));
  // ("blamed the U.N. for failing to prevent wars since its founding in 1945"): a time inside the noun phrase of a
  // "since"/"until" phrase dates that noun and measures a span from it, it does not date the act ("an embargo since
  // April 2019", the time right after "since", does date the embargo)
  // (the index of the first token at or after a character position)
  const tokenAt = (pos: number) => tokens.findIndex((x) => x.start >= pos);
  const spanning = (t: TimeExpression) => {
    let k = tokenAt(t.start);
    let noun = false;
    for (let n = 0; k > 0 && n < 6; n++) {
      const w = tokens[--k]!;
      // (the end of a span never dates the act: "closed its airspace until June")
      if (L.words.spanEnds.has(w.norm)) return true;
      if (L.words.spanStarts.has(w.norm)) return noun;
      if (w.pos === 'VERB' || w.pos === 'PUNCT') return false;
      if (w.pos === 'NOUN') noun = true;
    }
    return false;
  };
  // ("violating the 1923 Treaty of Lausanne", "its 1937 invasion"): a year between a determiner and a noun names the
  // noun, it does not date the act
  // (but "seized power in a 1972 coup", "was killed during the 2011 uprising": a phrase of time or place naming an event
  //  by its year dates the act it states — the noun is an event the patterns know)
  const attributive = (t: TimeExpression) => {
    const k = tokenAt(t.start), e = tokenAt(t.end);
    if (!(k > 0 && /^(DET|PRON)$/.test(tokens[k - 1]!.pos) && e > 0 && /^(NOUN|PROPN|ADJ)$/.test(tokens[e]?.pos ?? ''))) return false;
    // (no other verb between it and the trigger: "extradited two men suspected of taking part in the 1994 genocide")
    const [lo, hi] = k > m.triggerEnd ? [m.triggerEnd, k] : [e, m.triggerStart];
    // (a short aside between commas aside: "seized power in Benin, then called Dahomey, in a 1972 coup")
    let verbBetween = false;
    for (let j = lo; j < hi; j++) {
      const close = tokens[j]!.norm === ',' ? tokens.findIndex((x, q) => q > j && q <= j + 6 && x.norm === ',') : -1;
      if (close > 0 && close < hi) { j = close; continue; }
      if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') { verbBetween = true; break; }
    }
    // (an event noun right after the year, or after one more noun: "a 1998-2000 border war")
    const eventNoun = (q: number) => tokens[q]?.pos === 'NOUN' && (L.patterns.nounTriggers.has(tokens[q]!.norm) || L.patterns.nounTriggers.has(tokens[q]!.lemma) || L.words.eventYearNouns.has(tokens[q]!.norm));
    const named = eventNoun(e) || tokens[e]!.pos === 'NOUN' && eventNoun(e + 1);
    // ("fought a 1998-2000 border war", "the 2018 killing of journalist Jamal Khashoggi"): the year of the event that is
    // the act's own object, or of the nominal act itself, dates it
    const own = tokens[k - 1]!.pos === 'DET' && (k - 1 === m.triggerEnd || e === m.triggerStart || e + 1 === m.triggerStart) && named;
    const eventPhrase = !verbBetween && tokens[k - 1]!.pos === 'DET' && L.words.eventYearPreps.has(tokens[k - 2]?.norm ?? '') && named;
    return !eventPhrase && !own;
  };
  const all = times.filter((t) => t.interval && t.precision && (t.type === 'DATE' || t.type === 'TIME' || t.anchored) && !spanning(t) && !attributive(t));
  let usable = all.filter((t) => clauseOf(t.start) === tc);
  // "in 2019, when X did Y" / "an embargo since April 2019 that prevents …": the clause the relative hangs on
  const first = firstOfClause(clause, m.triggerStart);
  if (!usable.length && /^(when|that|which|who|where)$/.test(tokens[first]?.norm ?? '')) usable = all.filter((t) => clauseOf(t.start) === tc - 1);
  // ("has been ruled by the party since 1975, when communist forces took power"): a "when" right after a time is that
  // time itself, even where the time opens a span
  const whenOfSpan = usable.length > 0 && tokens[first]?.norm === 'when' && tokens[first - 1]?.norm === ',';
  // ("demanded on Monday that Lithuania lift …, and warned of consequences"): a verb coordinated after a comma with the
  // main clause's is dated by that clause
  if (!usable.length && coordinated(L, tokens, m.triggerStart) === 'comma') {
    const main = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (main >= 0 && clause[main] !== tc) usable = all.filter((t) => clauseOf(t.start) === clause[main] && t.end <= tokens[m.triggerStart]!.start);
  }
  if (!usable.length) usable = all.filter((t) => reportClauses.has(clauseOf(t.start)) && !reportClauses.has(tc));
  // ("threatened to scrap next month's summit and called off talks"): an act stated in the past happened by the day of
  // publication; a later day named in the sentence dates something else
  const published = opts.published?.slice(0, 10);
  if (published && (tns === 'past' || tns === 'pluperfect')) usable = usable.filter((t) => t.interval!.start <= published);
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
      dateExpr = best;
    }
  }
  // ("fought a brief border war in 1979", in a 2024 report): history retold, beyond codes.json historyHorizonYears
  const horizon = codeClasses().historyHorizonYears;
  // (only a time phrase of its own, "in 1979", "in February 1989": a span from an old year, "the largest expulsion
  //  since 2001", dates no old act)
  const spanFrom = !whenOfSpan && dateExpr && L.words.spanStarts.has(tokens[tokenAt(dateExpr.start) - 1]?.norm ?? '');
  if (date && dateFrom === 'expression' && published && horizon > 0 && !spanFrom && Number(date.end.slice(0, 4)) <= Number(published.slice(0, 4)) - horizon) return null;
  // ("Bosnian Serb forces killed about 8,000 men after overrunning Srebrenica in July 1995"): an undated act of a
  // sentence whose clause of time right after it ("after …", "when …") is history is history too
  if (!dateExpr && published && horizon > 0 && tns !== 'future') {
    const old = all.some((t) => {
      const k = tokenAt(t.start);
      if (k <= m.triggerStart || Number(t.interval!.end.slice(0, 4)) > Number(published.slice(0, 4)) - horizon) return false;
      const first = firstOfClause(clause, k);
      return first > m.triggerStart && L.words.timeSubordinators.has(tokens[first]!.norm) && !tokens.slice(m.end, first).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    });
    if (old) return null;
  }
  // a sentence that dates itself in the past elsewhere ("In 2019, after …, X imposed …") is background too
  const relIds = new Set<number>();
  for (let k = 0; k < tokens.length; k++) if ((k === 0 || clause[k - 1] !== clause[k]) && /^(which|who|whom|whose|where|when|that)$/.test(tokens[k]!.norm)) relIds.add(clause[k]!);
  const cutoff = opts.published && all.length ? shiftDay(opts.published, -14) : '';
  const pastHere = !!opts.published && all.some((t) => t.interval!.end < cutoff && t.end <= trig[0] && clauseOf(t.start) !== tc && !relIds.has(clauseOf(t.start)));
  const background = (tns === 'past' || tns === 'verb-object') && (pastHere || (typeof opts.background === 'function' ? opts.background() : !!opts.background));
  // "Three days later, …" with no day named to count from: the event happened at an unknown time, not on publication
  const unanchored = times.some((t) => t.anchored && !t.interval && clauseOf(t.start) === tc);
  if (!date && opts.published && !background && !unanchored && (!m.pattern.nominal || tns === 'verb-object') && tns !== 'pluperfect' && tns !== 'nonfinite') {
    const d = opts.published.slice(0, 10);
    date = { start: d, end: d, precision: 'day' };
    dateFrom = 'published';
  }
  // "will meet next week", "threatened to strike on Friday": a statement of intent or a threat is an event of the day it
  // was made; the later days it speaks of are kept as what is planned
  let planned: EventDate | undefined;
  const today = opts.published?.slice(0, 10);
  // ("the union called a nationwide strike for June 16"): a protest set, inside its own phrase, for a later day is a
  // threat of one, made today (codes.json announcedProtest; syntax.json scheduledPreps)
  if (ANNOUNCED_PROTEST && info.root === ANNOUNCED_PROTEST.root && !!today && all.some((t) => t.start >= trig[1] && tokenAt(t.start) <= m.end + 1 && t.interval!.start > today && L.words.scheduledPreps.has(tokens[tokenAt(t.start) - 1]?.norm ?? ''))) info = cameo(ANNOUNCED_PROTEST.code);
  if (date && dateFrom === 'expression' && today && date.start > today && PLANNED_ROOTS.has(info.root)) {
    planned = date;
    const stated = all.filter((t) => t.interval!.end <= today).sort((a, b) => Math.abs(a.start - trig[0]) - Math.abs(b.start - trig[0]))[0];
    date = stated ? { start: stated.interval!.start, end: stated.interval!.end, precision: stated.precision! } : { start: today, end: today, precision: 'day' };
    dateFrom = stated ? 'expression' : 'published';
  }
  // ("is expected to travel to Beijing on June 18, the first visit to China by …"): an act dated by its own phrase
  // after the day of publication has not happened (codes.json plannedRoots) — unless told in a past or perfect tense,
  // which puts it no later than that day ("has ordered USAID to halt its work by Oct. 1")
  if (date && dateFrom === 'expression' && today && date.start > shiftDay(today, 1)) {
    const perfect = tokens.slice(Math.max(0, m.triggerStart - 3), m.triggerStart).some((t) => L.words.perfectAuxiliaries.has(t.norm));
    // (a later day named in another clause dates that clause: "is massing troops … and may be planning an offensive
    //  early next year")
    const at = dateExpr ? tokenAt(dateExpr.start) : -1;
    const ownClause = !!dateExpr && clauseOf(dateExpr.start) === tc && !tokens.slice(m.triggerEnd, at).some((t) => t.pos === 'VERB');
    if (ownClause && (m.pattern.nominal || !(tns === 'past' || tns === 'verb-object' || perfect))) return null;
    date = { start: today, end: today, precision: 'day' };
    dateFrom = 'published';
  }
  const src = ev.source, tgt = ev.target;
  const mention: EventMention = {
    source: src.code, sourceCountry: src.country, target: tgt.code, targetCountry: tgt.country,
    code: info.code, root: info.root, plover: info.plover, goldstein: info.goldstein, quadClass: info.quadClass,
    date, dateFrom, sentence,
    sourceSpan: src.tokStart >= 0 && src.kind !== 'reference' || src.tokStart >= 0 && src.end > 0 ? [src.start, src.end] : null,
    targetSpan: tgt.tokStart >= 0 ? [tgt.start, tgt.end] : null,
    triggerSpan: trig, trigger: sentence.slice(trig[0], trig[1]),
    confidence: Math.round(ev.confidence * 100) / 100,
  };
  if (ev.symmetric) mention.symmetric = true;
  if (planned) mention.planned = planned;
  return mention;
}

// Rule kinds that measure or repeat time: durations ("two years", "a day-long strike", "for some time"), durations
// counted from another time ("three days later"), vague relatives ("years ago"), sets ("every week", "Mondays",
// "daily") and reference words ("now", "recently").
import { type UnitCode, directionOf, isArticle, isName, isSingularUnit, monthNumber, parseNumber, relationOf, unitCode, weekdayNumber } from '../lexicon.js';
import { intervalOf, pad } from '../dates.js';
import { type Ctx, type G, type Resolved, isQuotedTitle, podCode } from './context.js';
import { durationInterval, durationValue, fractionOf, fractionalDuration, landingValue } from './units.js';

export function resolveDuration(g: G, ctx: Ctx): Resolved | null {
  const { lang } = ctx;
  if (isQuotedTitle(g.unit!, ctx)) return null;
  const unit = unitCode(lang, g.unit!);
  if (!unit) return null;
  const numW = g.num!;
  const n: number | 'X' = parseNumber(lang, numW) ?? 'X';
  if (unit === 'S' && (isArticle(lang, numW) || n === 'X')) return null;
  const unlike = notADuration(g, ctx, unit, numW);
  if (unlike !== undefined) return unlike;
  const count = typeof n === 'number' ? n + fractionOf(g, ctx) : n;
  const value = typeof count === 'number' && !Number.isInteger(count) ? fractionalDuration(count, unit) : durationValue(count, unit);
  const qual = relationOf(lang, g.qual);
  let interval: Resolved['interval'] = null;
  if (ctx.ref && typeof count === 'number' && Number.isInteger(count) && (qual === 'LAST' || qual === 'PREVIOUS' || qual === 'NEXT')) {
    interval = durationInterval(ctx.ref, unit, count, qual === 'NEXT' ? 1 : -1);
  }
  if (!g.qual && !g.the) {
    const landing = anchoredLanding(unit, count, ctx);
    if (landing === 'unanchored') return { type: 'DURATION', value, interval: null, anchored: true, reason: UNANCHORED };
    if (landing) return { type: 'DURATION', value, interval: landing, anchored: true, anaphoric: true };
  }
  return { type: 'DURATION', value, interval };
}

/**
 * A counted unit that is no duration: null (no time at all: a share, a percentage, an age, a rate), a reference
 * ("will one day be": some time), or undefined when it is a duration.
 */
function notADuration(g: G, ctx: Ctx, unit: UnitCode, numW: string): Resolved | null | undefined {
  const { cues } = ctx.lang;
  // "will one day be", "he one day hopes to": the adverb "one day" (some time), not a day's length
  if (cues.oneDayCount.test(numW) && unit === 'D' && !g.the && !g.qual && !g.approx && cues.oneDayBefore.test(ctx.before)) {
    return { type: 'DATE', value: ctx.tense === 'past' && !cues.modalBefore.test(ctx.before) ? 'PAST_REF' : 'FUTURE_REF' };
  }
  // "a quarter of", "three quarters" are shares, unless a qualifier makes them periods ("the next three quarters")
  if (unit === 'Q' && (cues.ofAfter.test(ctx.after) || (!g.qual && cues.quarterShareCount.test(numW)))) return null;
  if (cues.percentAfter.test(ctx.after)) return null;
  // ages ("a 6-year-old boy", "Santana García, de 30 años") are not periods of time
  if (cues.ageAfter.test(ctx.after) || (unit === 'Y' && cues.ageBefore.test(ctx.before))) return null;
  // "$2 million a year", "four flights a week", "24 hours a day": the denominator of a rate, no period of time
  if (isArticle(ctx.lang, numW) && !g.the && !g.qual && !g.approx && isRateDenominator(ctx) && !cues.landingSignalAfter.test(ctx.after)) return null;
  return undefined;
}

/**
 * True when the match follows a quantity, with at most two nouns and no preposition between ("$2 million", "358,000",
 * "four flights", "24 hours", "20%"; an article is no quantity: "a daily rally"), so that "a year", "per day",
 * "annually" after it are the denominator of a rate, not a time ("rose 5% in a year" has a preposition: a period).
 */
function isRateDenominator(ctx: Ctx): boolean {
  return ctx.lang.cues.rateQuantityBefore.test(ctx.before);
}

const UNANCHORED = 'counted from an event the text does not date';

/**
 * "three days later", "a week earlier", "two months before,": the time a duration counted from the day the text is
 * about lands on, as the interval that dates it. Null when there is no such signal (a signal right after the count,
 * with nothing after it that the duration is counted from), when the count is vague, or nothing anchors it.
 */
function anchoredLanding(unit: UnitCode, n: number | 'X', ctx: Ctx): Resolved['interval'] | 'unanchored' {
  const m = ctx.lang.cues.landingSignalAfter.exec(ctx.after);
  if (!m || n === 'X') return null;
  // Counted from a day the text names. The reference date is not an anchor: "three days later" with no day
  // before it is counted from some event of the story, and from the publication date it would land in the future.
  const base = ctx.anchor?.day;
  if (!base) return 'unanchored';
  const sign = directionOf(ctx.lang, m.groups?.dir) === 'LATER' ? 1 : -1;
  return intervalOf(landingValue(unit, base, sign * n));
}

function setValue(g: G, ctx: Ctx): Resolved | null {
  const { lex, cues } = ctx.lang;
  if (g.adv) {
    // a lower-case word after the adjective that is not a function word: it modifies it ("quarterly dividend")
    if (lex.setAdverbsNotAttributive.includes(g.adv.toLowerCase()) && cues.attributiveAfter.test(ctx.after)) return null;
    const v = lex.setAdverbs[g.adv.toLowerCase()];
    return v ? { type: 'SET', value: v } : null;
  }
  const u = g.unit!.toLowerCase();
  const nW = g.n?.toLowerCase();
  const n = nW ? lex.setCounts[nW] ?? parseNumber(ctx.lang, nW) : 1;
  const wd = weekdayNumber(ctx.lang, u);
  if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}` };
  const m = monthNumber(ctx.lang, u);
  if (m && isName(ctx.lang, g.unit!)) return { type: 'SET', value: `XXXX-${pad(m)}` };
  if (u in lex.seasons) return { type: 'SET', value: `XXXX-${lex.seasons[u]}` };
  if (u in lex.partsOfDay) return { type: 'SET', value: `XXXX-XX-XXT${lex.partsOfDay[u]}` };
  if (u in lex.setUnits) return { type: 'SET', value: lex.setUnits[u]! };
  const unit = unitCode(ctx.lang, u);
  if (!unit || n === null) return null;
  // TimeML 1.2.1 / TempEval-3 write a recurring period as the period itself: "every day" P1D, "every two years" P2Y
  return { type: 'SET', value: durationValue(n, unit) };
}

export function resolveUnitLong(g: G, ctx: Ctx): Resolved | null {
  // "a day-long strike", "a decades-long feud": an adjectival duration (TimeML tags it: P1D, PXY)
  const u = unitCode(ctx.lang, g.unit!);
  if (!u) return null;
  return { type: 'DURATION', value: durationValue(isSingularUnit(ctx.lang, g.unit!) ? 1 : 'X', u) };
}

export function resolveVaguePlural(g: G, ctx: Ctx): Resolved | null {
  const u = unitCode(ctx.lang, g.unitp!);
  return u ? { type: 'DURATION', value: durationValue('X', u) } : null;
}

export function resolveVagueDuration(): Resolved {
  // "for a while", "for some time", "for a fairly lengthy period": a length of time nobody counted (TimeML PXX)
  return { type: 'DURATION', value: 'PXX' };
}

export function resolveVagueRelative(g: G, ctx: Ctx): Resolved | null {
  const fut = directionOf(ctx.lang, g.dir ?? g.dir2) === 'LATER' && ctx.tense === 'future';
  return { type: 'DATE', value: fut ? 'FUTURE_REF' : 'PAST_REF' };
}

export function resolveSet(g: G, ctx: Ctx): Resolved | null {
  // "358,000 a month", "15 million instructions per second", "rise 8.5% annually": the denominator of a rate
  // (TimeBank leaves rates of a quantity untagged; "twice a week", "held annually" stay sets)
  if ((g.adv || !g.q || ctx.lang.lex.rateQuantifiers.includes(g.q.toLowerCase())) && isRateDenominator(ctx)) return null;
  return setValue(g, ctx);
}

export function resolveSetWeekday(g: G, ctx: Ctx): Resolved | null {
  // "on Mondays", "Tuesday nights", the first of "Monday and Tuesday nights": every such day (or part of it)
  const wd = weekdayNumber(ctx.lang, g.weekday!);
  if (!wd || !isName(ctx.lang, g.weekday!)) return null;
  const pod = podCode(ctx.lang, (g.pods ?? g.pods2)?.replace(/s$/i, '')); // "Monday and Tuesday nights": both are sets
  return { type: 'SET', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` };
}

export function resolveRef(g: G, ctx: Ctx): Resolved | null {
  const { lex, cues } = ctx.lang;
  const w = g.ref!.toLowerCase().replace(/\s+/g, ' ');
  const v = lex.refWords[w];
  if (!v) return null;
  if (lex.refWordsNeedContext.includes(w) && !/^\s+[a-z]/.test(ctx.after)) return null;
  // "Now, he says, …" opening a sentence is a discourse marker that turns the argument, not a time
  if (lex.refWordsDiscourse.includes(w) && /^\s*,/.test(ctx.after) && /(?:^|[.!?]["'”’]*\s+|\n\s*)$/.test(ctx.before)) return null;
  // "the past three summers", "the past 10 Olympics": "past" counts the things that follow, it names no time
  if (cues.definiteStart.test(w) && cues.countAfter.test(ctx.after)) return null;
  // "was soon released": soon after a past event; "as soon as", "soon after", "how soon" are conjunctions and questions
  if (lex.refWordsNotInPast.includes(w) && (ctx.tense === 'past' || cues.soonConjunctionAfter.test(ctx.after) || cues.soonDegreeBefore.test(ctx.before))) return null;
  // bare "future" before a noun is an adjective ("future earnings"), not a reference to the future
  if (lex.refWordsNotAttributive.includes(w) && /^\s+[a-z]/.test(ctx.after)) return null;
  return { type: 'DATE', value: v };
}

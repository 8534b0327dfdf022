// Rule kinds that measure or repeat time: durations ("two years", "a day-long strike", "for some time"), durations
// counted from another time ("three days later"), vague relatives ("years ago"), sets ("every week", "Mondays",
// "daily") and reference words ("now", "recently").
import { LEX, expand, monthNumber, parseNumber, unitName, weekdayNumber } from '../lexicon.js';
import { intervalOf, pad } from '../dates.js';
import { type Ctx, type G, type Resolved, isQuotedTitle, podCode } from './context.js';
import { durationInterval, durationValue, fractionOf, fractionalDuration, landingValue } from './units.js';

export function resolveDuration(g: G, ctx: Ctx): Resolved | null {
  if (isQuotedTitle(g.unit!, ctx)) return null;
  const unit = unitName(g.unit!);
  if (!unit) return null;
  const numW = g.num!;
  let n: number | 'X' | null = parseNumber(numW);
  if (n === null) n = 'X';
  if (unit === 'second' && (/^(a|an)$/i.test(numW) || n === 'X')) return null;
  // "will one day be", "he one day hopes to": the adverb "one day" (some time), not a day's length
  if (/^one$/i.test(numW) && unit === 'day' && !g.the && !g.qual && !g.approx && /\b(?:will|would|could|might|may|can|should|shall|must|he|she|they|we|I|you|it|who)\s+$/i.test(ctx.before)) {
    return { type: 'DATE', value: ctx.tense === 'past' && !/\b(?:will|would|could|might|may|can|should|shall|must)\s+$/i.test(ctx.before) ? 'PAST_REF' : 'FUTURE_REF' };
  }
  // "a quarter of", "three quarters" are shares, unless a qualifier makes them periods ("the next three quarters")
  if (unit === 'quarter' && (/^\s+of\b/i.test(ctx.after) || (!g.qual && /^(a|an|one|three)$/i.test(numW)))) return null;
  if (/^\s*(?:percent|per cent|%)/i.test(ctx.after)) return null;
  if (/^[\s-]*old\b/i.test(ctx.after)) return null; // ages ("a 6-year-old boy") are not periods of time
  // "$2 million a year", "four flights a week", "24 hours a day": the denominator of a rate, no period of time
  if (/^(?:a|an)$/i.test(numW) && !g.the && !g.qual && !g.approx && isRateDenominator(ctx) && !LANDING_SIGNAL.test(ctx.after)) return null;
  if (typeof n === 'number') n += fractionOf(g, ctx.text);
  const code = LEX.units[unit]!;
  const value = typeof n === 'number' && !Number.isInteger(n) ? fractionalDuration(n, code) : durationValue(n, code);
  const qual = g.qual?.toLowerCase();
  let interval: Resolved['interval'] = null;
  if (ctx.ref && typeof n === 'number' && Number.isInteger(n) && qual && /^(past|last|previous|next|coming)$/.test(qual)) {
    interval = durationInterval(ctx.ref, unit, n, qual === 'next' || qual === 'coming' ? 1 : -1);
  }
  if (!qual && !g.the) {
    const landing = anchoredLanding(unit, n, ctx);
    if (landing === 'unanchored') return { type: 'DURATION', value, interval: null, anchored: true, reason: UNANCHORED };
    if (landing) return { type: 'DURATION', value, interval: landing, anchored: true, anaphoric: true };
  }
  return { type: 'DURATION', value, interval };
}

// a quantity right before, with at most two nouns and no preposition between ("$2 million", "358,000", "four flights",
// "24 hours", "20%"; an article is no quantity: "a daily rally"): what follows is its denominator ("rose 5% in a year"
// has a preposition: a period)
const NOT_NOUN = [...LEX.functionWords, ...(LEX as unknown as { temporalPrepositions: string[] }).temporalPrepositions].join('|');

const RATE_QUANTITY = new RegExp(`(?:\\d|%|\\b(?:percent|(?!an?\\b)${expand('{NUM}')}|million|billion|trillion|thousand|hundred|dozen))(?:\\s+(?!(?:${NOT_NOUN})\\b)[a-z]+){0,2}\\s+$`, 'i');

/** True when the match follows a quantity, so that "a year", "per day", "annually" after it make a rate, not a time. */
function isRateDenominator(ctx: Ctx): boolean {
  return RATE_QUANTITY.test(ctx.before);
}

// a signal right after a counted duration, with nothing after it that the duration is counted from
const LANDING_SIGNAL = /^\s+(?:or\s+so\s+)?(?<dir>later|earlier|afterwards?|previously|(?:before|prior)(?=\s*(?:[,.;:!?)"'”’]|$)))\b/i;

const UNANCHORED = 'counted from an event the text does not date';

/**
 * "three days later", "a week earlier", "two months before,": the time a duration counted from the day the text is
 * about lands on, as the interval that dates it. Null when there is no such signal, when
 * the count is vague, or nothing anchors it.
 */
function anchoredLanding(unit: string, n: number | 'X', ctx: Ctx): Resolved['interval'] | 'unanchored' {
  const m = LANDING_SIGNAL.exec(ctx.after);
  if (!m || n === 'X') return null;
  // Counted from a day the text names. The reference date is not an anchor: "three days later" with no day
  // before it is counted from some event of the story, and from the publication date it would land in the future.
  const base = ctx.anchor?.day;
  if (!base) return 'unanchored';
  const sign = /^(?:later|afterwards?)$/i.test(m.groups!.dir!) ? 1 : -1;
  return intervalOf(landingValue(unit, base, sign * n));
}

// a lower-case word after the adjective that is not a function word: the adjective modifies it ("quarterly dividend")
const ATTRIBUTIVE = new RegExp(`^\\s+(?!(?:${LEX.functionWords.join('|')})\\b)[a-z]`);

function setValue(g: G, after: string): Resolved | null {
  if (g.adv) {
    if (LEX.setAdverbsNotAttributive.includes(g.adv.toLowerCase()) && ATTRIBUTIVE.test(after)) return null;
    const v = LEX.setAdverbs[g.adv.toLowerCase()];
    return v ? { type: 'SET', value: v } : null;
  }
  const u = g.unit!.toLowerCase();
  const nW = g.n?.toLowerCase();
  const n = nW === 'other' ? 2 : nW ? parseNumber(nW) : 1;
  const wd = weekdayNumber(u);
  if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}` };
  const m = monthNumber(u);
  if (m && /^[A-Z]/.test(g.unit!)) return { type: 'SET', value: `XXXX-${pad(m)}` };
  if (u in LEX.seasons) return { type: 'SET', value: `XXXX-${LEX.seasons[u]}` };
  if (u in LEX.partsOfDay) return { type: 'SET', value: `XXXX-XX-XXT${LEX.partsOfDay[u]}` };
  if (u === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
  const unit = unitName(u);
  if (!unit || n === null) return null;
  // TimeML 1.2.1 / TempEval-3 write a recurring period as the period itself: "every day" P1D, "every two years" P2Y
  return { type: 'SET', value: durationValue(n, LEX.units[unit]!) };
}

export function resolveUnitLong(g: G): Resolved | null {
  // "a day-long strike", "a decades-long feud": an adjectival duration (TimeML tags it: P1D, PXY)
  const u = unitName(g.unit!);
  if (!u) return null;
  return { type: 'DURATION', value: durationValue(u === g.unit!.toLowerCase() ? 1 : 'X', LEX.units[u]!) };
}

export function resolveVaguePlural(g: G): Resolved | null {
  const u = unitName(g.unitp!);
  if (!u) return null;
  const code = LEX.units[u]!;
  return { type: 'DURATION', value: durationValue('X', code) };
}

export function resolveVagueDuration(): Resolved {
  // "for a while", "for some time", "for a fairly lengthy period": a length of time nobody counted (TimeML PXX)
  return { type: 'DURATION', value: 'PXX' };
}

export function resolveVagueRelative(g: G, ctx: Ctx): Resolved | null {
  const dir = (g.dir ?? g.dir2 ?? '').toLowerCase();
  const fut = (dir === 'later' || dir === 'after') && ctx.tense === 'future';
  return { type: 'DATE', value: fut ? 'FUTURE_REF' : 'PAST_REF' };
}

export function resolveSet(g: G, ctx: Ctx): Resolved | null {
  // "358,000 a month", "15 million instructions per second", "rise 8.5% annually": the denominator of a rate
  // (TimeBank leaves rates of a quantity untagged; "twice a week", "held annually" stay sets)
  if ((g.adv || g.q?.toLowerCase() === 'per' || !g.q) && isRateDenominator(ctx)) return null;
  return setValue(g, ctx.after);
}

export function resolveSetWeekday(g: G): Resolved | null {
  // "on Mondays", "Tuesday nights", the first of "Monday and Tuesday nights": every such day (or part of it)
  const wd = weekdayNumber(g.weekday!);
  if (!wd || !/^[A-Z]/.test(g.weekday!)) return null;
  const pod = podCode((g.pods ?? g.pods2)?.replace(/s$/i, '')); // "Monday and Tuesday nights": both are sets
  return { type: 'SET', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` };
}

const COUNT_AFTER = new RegExp(`^\\s+(?:\\d|(?!an?\\b)(?:${expand('{NUM}|{VAGUE}')})\\b)`, 'i');

export function resolveRef(g: G, ctx: Ctx): Resolved | null {
  const w = g.ref!.toLowerCase().replace(/\s+/g, ' ');
  const v = LEX.refWords[w];
  if (!v) return null;
  if (LEX.refWordsNeedContext.includes(w) && !/^\s+[a-z]/.test(ctx.after)) return null;
  // "Now, he says, …" opening a sentence is a discourse marker that turns the argument, not a time
  if (LEX.refWordsDiscourse.includes(w) && /^\s*,/.test(ctx.after) && /(?:^|[.!?]["'”’]*\s+|\n\s*)$/.test(ctx.before)) return null;
  // "the past three summers", "the past 10 Olympics": "past" counts the things that follow, it names no time
  if (/^the\s/.test(w) && COUNT_AFTER.test(ctx.after)) return null;
  // "was soon released": soon after a past event; "as soon as", "soon after", "how soon" are conjunctions and questions
  if (LEX.refWordsNotInPast.includes(w) && (ctx.tense === 'past' || /^\s+(?:after|as|afterwards?|thereafter|enough)\b/i.test(ctx.after) || /\b(?:as|how|too|so)\s+$/i.test(ctx.before))) return null;
  // bare "future" before a noun is an adjective ("future earnings"), not a reference to the future
  if (LEX.refWordsNotAttributive.includes(w) && /^\s+[a-z]/.test(ctx.after)) return null;
  return { type: 'DATE', value: v };
}

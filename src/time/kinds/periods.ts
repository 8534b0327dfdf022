// Rule kinds that name a period relative to another: quarters and report periods ("the year-ago quarter"), units
// relative to the reference date or the anchor ("last week", "the following year", "the month"), "year-end",
// and offsets ("two years ago").
import { type UnitCode, directionOf, isArticle, monthNumber, parseNumber, relationOf, unitCode } from '../lexicon.js';
import { fmtMonth, fmtWeek, pad, quarterOf } from '../dates.js';
import { type Anchor, type Ctx, type G, type Resolved, NO_REF, isQuotedTitle, modOf, twoDigitYear } from './context.js';
import { yearStep } from './calendar.js';
import { isBack } from './days.js';
import { durationInterval, durationValue, fmtQuarter, fractionOf, landingValue, quarterIndex, unitShiftValue } from './units.js';

export function resolveQuarter(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const qn = g.qn ?? g.qn2 ?? g.qn3;
  if (qn) {
    const ys = g.year ?? g.year2 ?? g.year3;
    if (ys) return { type: 'DATE', value: `${twoDigitYear(ys)}-Q${qn}`, absolute: true };
    if (!ref) return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
    return { type: 'DATE', value: `${ref.y}-Q${qn}` };
  }
  const { lang } = ctx;
  const ordW = g.ord?.toLowerCase();
  const ord = ordW ? lang.lex.ordinals[ordW] ?? null : null;
  const rel = relationOf(lang, g.rel);
  const hasYear = g.year ?? g.year2 ?? g.yearpre;
  const thisYear = g.thisyear ?? g.thisyear2;
  if (!g.the && !ord && !g.rel && !hasYear && !thisYear) return null;
  if (lang.cues.ofAfter.test(ctx.after) && !ord) return null; // "the quarter of …" is a share, not a period
  let year: number | null = hasYear ? Number(hasYear) : null;
  if (year === null && thisYear && ref) year = ref.y + yearStep(relationOf(lang, thisYear));
  const yearAgo = rel === 'YEAR_AGO' || !!g.ago;
  if (ord) {
    if (year !== null) return { type: 'DATE', value: `${year}-Q${ord}`, absolute: !!hasYear };
    if (!ref) return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
    let y = ref.y;
    if (yearAgo) y -= 1;
    // "reported a drop for the fourth quarter" in January: a quarter still ahead in a past clause is last year's
    else if (!g.rel && ctx.tense === 'past' && ord > quarterOf(ref.m)) y -= 1;
    return { type: 'DATE', value: `${y}-Q${ord}` };
  }
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
  let k = relativeQuarter(ctx, rel, yearAgo, ref.y * 4 + quarterOf(ref.m) - 1);
  if (year !== null) k = year * 4 + (k % 4);
  // a quarter computed from another one ("the year-ago quarter") must not become the anchor of the next
  return { type: 'DATE', value: fmtQuarter(k), anaphoric: year === null && yearAgo };
}

/** The quarter (running index) a relation names, `cur` being the reference date's. */
function relativeQuarter(ctx: Ctx, rel: ReturnType<typeof relationOf>, yearAgo: boolean, cur: number): number {
  const anchorQ = reportQuarter(ctx);
  if (rel === 'THIS') return cur;
  if (rel === 'NEXT') return cur + 1;
  if (isBack(rel)) return cur - 1;
  if (rel === 'LATEST') return cur - 1; // the last completed quarter
  if (yearAgo) return (anchorQ ?? cur - 1) - 4;
  if (rel === 'SAME') return anchorQ ?? cur - 1;
  return anchorQ ?? endedQuarter(ctx) ?? cur - 1; // "the quarter": the one being reported, else the last completed
}

/** "the quarter ended Sept. 30": the (calendar) quarter that holds the closing month; null when no date follows. */
function endedQuarter(ctx: Ctx): number | null {
  const m = ctx.lang.cues.endedMonthAfter.exec(ctx.after);
  const mo = m?.groups?.month ? monthNumber(ctx.lang, m.groups.month) : null;
  if (!mo || !ctx.ref) return null;
  // the closing month lies before the reference date (a report) unless it is later in the year than the reference
  const y = mo <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
  return y * 4 + quarterOf(mo) - 1;
}

/** The quarter a results report is about: the last one the text named (see Ctx.quarter), else the expression before. */
export function reportQuarter(ctx: Ctx): number | null {
  return quarterIndex(ctx.quarter) ?? quarterIndex(ctx.anchor?.value);
}

/**
 * "the latest period", "the year-ago period", "the 1988 period", "the corresponding period last year": in a results
 * report the period is the quarter being reported (the last one named, else the last completed one) or its year-ago
 * counterpart. "the same/comparable period" needs a year-back word; alone it names no particular period.
 */
export function resolvePeriod(g: G, ctx: Ctx): Resolved | null {
  const rel = relationOf(ctx.lang, g.rel);
  const back = !!(g.rel2 || g.ago || g.ly) || rel === 'YEAR_AGO';
  if ((rel === 'COMPARABLE' || rel === 'SAME') && !back) return null;
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  const q = reportQuarter(ctx) ?? ctx.ref.y * 4 + quarterOf(ctx.ref.m) - 2;
  if (g.yearpre) return { type: 'DATE', value: fmtQuarter(Number(g.yearpre) * 4 + (q % 4)), anaphoric: true };
  return { type: 'DATE', value: fmtQuarter(back ? q - 4 : q), anaphoric: back };
}

export function shiftYear(ctx: Ctx, n: number): Resolved {
  const a = ctx.anchor;
  // "up from $X a year earlier": the period the sentence just named ("the third quarter", "the nine months" → a year),
  // else, in a results report, the quarter being reported
  const q = ctx.sentencePrev != null ? quarterIndex(ctx.sentencePrev) : reportQuarter(ctx);
  if (q !== null) return { type: 'DATE', value: fmtQuarter(q + 4 * n), anaphoric: true };
  if (a && a.precision === 'month' && /^\d{4}-\d\d$/.test(a.value)) return { type: 'DATE', value: `${Number(a.value.slice(0, 4)) + n}${a.value.slice(4)}`, anaphoric: true };
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  return { type: 'DATE', value: pad(ctx.ref.y + n, 4) };
}

export function resolveOffset(g: G, ctx: Ctx): Resolved | null {
  const { lang } = ctx;
  const unit = unitCode(lang, g.unit!);
  const dir = directionOf(lang, g.dir);
  if (!unit || !dir) return null;
  // "desde hace dos años": a span up to now, left to the duration rule ("dos años")
  if (lang.cues.sinceOffsetBefore.test(ctx.before)) return null;
  const sign = dir === 'LATER' || dir === 'HENCE' ? 1 : -1;
  let n = parseNumber(lang, g.num!);
  if (n !== null) n += fractionOf(g, ctx);
  // "a year earlier" in a results report names the year-ago period (TimeBank: a DATE, "earlier" in the extent)
  if (unit === 'Y' && n === 1 && (dir === 'EARLIER' || dir === 'AGO')) return shiftYear(ctx, -1);
  // "ago", "from now", "hence", "back" make the count part of a date ("two years ago": 1987); "later", "earlier",
  // "before", "prior", "previously" are TimeML signals that anchor a duration on another time ("three days later":
  // P3D), left to the duration rule (see anchoredLanding)
  if (dir !== 'AGO' && dir !== 'HENCE') return null;
  if (n === null) return { type: 'DATE', value: sign > 0 ? 'FUTURE_REF' : 'PAST_REF' };
  if (unit === 'S' && isArticle(lang, g.num!)) return null;
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  return { type: 'DATE', value: landingValue(unit, ctx.ref, sign * n) };
}

function fromAnchor(unit: UnitCode, a: Anchor): Resolved {
  if (unit === 'Y') return { type: 'DATE', value: a.value.slice(0, 4) };
  if (unit === 'M' && a.value.length >= 7 && /^\d{4}-\d\d/.test(a.value)) return { type: 'DATE', value: a.value.slice(0, 7) };
  if (unit === 'W' && a.day) return { type: 'DATE', value: fmtWeek(a.day) };
  return { type: 'DATE', value: a.value };
}

export function resolveRelUnit(g: G, ctx: Ctx): Resolved | null {
  if (isQuotedTitle(g.unit!, ctx)) return null;
  const unit = unitCode(ctx.lang, g.unit!);
  const rel = relationOf(ctx.lang, g.rel);
  if (!unit || !rel) return null;
  const mod = modOf(ctx.lang, g.mod); // "so far this year" has no mod
  // "the past year", "over the next year": TimeML (as HeidelTime and TimeBank) a DATE, the previous or next calendar
  // unit as "last year" / "next year" are; a count makes it a duration ("the past two years": P2Y, rule duration).
  // "the past decade/century" is the span up to now (in 1989 "the past century" is not the 1800s): a duration.
  if (g.the && (rel === 'LAST' || rel === 'NEXT') && !g.mod && (unit === 'DE' || unit === 'CE')) {
    const dir = rel === 'NEXT' ? 1 : -1;
    return { type: 'DURATION', value: durationValue(1, unit), interval: ctx.ref ? durationInterval(ctx.ref, unit, 1, dir) : null };
  }
  if (rel === 'SAME' || (g.the && (rel === 'FOLLOWING' || rel === 'PREVIOUS' || rel === 'PRECEDING'))) {
    const a = ctx.anchor;
    const step = rel === 'SAME' ? 0 : rel === 'FOLLOWING' ? 1 : -1;
    const base = a?.day ?? (a && /^\d{4}/.test(a.value) ? { y: Number(a.value.slice(0, 4)), m: /^\d{4}-\d\d/.test(a.value) ? Number(a.value.slice(5, 7)) : 7, d: 1 } : null) ?? ctx.ref;
    if (!base) return { type: 'DATE', value: null, reason: NO_REF };
    return { type: 'DATE', value: unitShiftValue(unit, base, step), mod };
  }
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  // "the latest (fiscal) year/month": the last completed one, as with "the latest quarter"
  const step = rel === 'THIS' ? 0 : rel === 'LATEST' || isBack(rel) || rel === 'PRECEDING' ? -1 : 1;
  return { type: 'DATE', value: unitShiftValue(unit, ctx.ref, step), mod };
}

export function resolveTheUnit(g: G, ctx: Ctx): Resolved | null {
  const { ref, lang } = ctx;
  const unit = unitCode(lang, g.unit!);
  if (!unit) return null;
  // "the end of the month", "later that year": a part of the one meant (mod START/MID/END)
  const mod = modOf(lang, g.mod);
  if (ctx.anchor && lang.cues.thatUnit.test(ctx.text.slice(g.mod?.length ?? 0))) return { ...fromAnchor(unit, ctx.anchor), mod };
  // "the year ended March 31", "the fiscal year ending June 30": a (fiscal) period of that length, not the
  // calendar year; otherwise "for the year", "the full year" refer to the current one (TimeML DATE).
  if (lang.cues.periodEndedAfter.test(ctx.after) && lang.cues.definiteStart.test(ctx.text)) {
    return { type: 'DURATION', value: durationValue(1, unit) };
  }
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  if (unit === 'Y') return { type: 'DATE', value: pad(ref.y, 4), mod };
  if (unit === 'M') return { type: 'DATE', value: fmtMonth(ref.y, ref.m), mod };
  return { type: 'DATE', value: fmtWeek(ref), mod };
}

export function resolveYearEarlier(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref, cues = ctx.lang.cues;
  const kind = g.yend ? 'YEAR_END_MOD' : ctx.lang.lex.periodAdjectives[(g.adj ?? '').toLowerCase()];
  if (kind === 'YEAR_END' || kind === 'YEAR_END_MOD') {
    if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
    // "since year-end", "at year-end" in a past clause: the last year-end before the reference date
    const past = cues.sinceBefore.test(ctx.before) || (ctx.tense === 'past' && !cues.byUntilBefore.test(ctx.before));
    const y = past ? ref.y - 1 : ref.y;
    // "by year's end", "around year end" name the end of the year as "the end of the year" does: the year, mod END
    return kind === 'YEAR_END_MOD' ? { type: 'DATE', value: pad(y, 4), mod: 'END' } : { type: 'DATE', value: `${y}-12-31` };
  }
  return kind === 'YEAR_AGO' ? shiftYear(ctx, -1) : null;
}

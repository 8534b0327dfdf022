// Rule kinds that name a period relative to another: quarters and report periods ("the year-ago quarter"), units
// relative to the reference date or the anchor ("last week", "the following year", "the month"), "year-end",
// and offsets ("two years ago").
import { LEX, monthNumber, parseNumber, unitName } from '../lexicon.js';
import { type YMD, fmtMonth, fmtWeek, pad, quarterOf } from '../dates.js';
import { type Anchor, type Ctx, type G, type Resolved, NO_REF, isQuotedTitle, modOf, twoDigitYear } from './context.js';
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
  const ordW = g.ord?.toLowerCase();
  const ord = ordW ? LEX.ordinals[ordW] ?? null : null;
  const rel = g.rel?.toLowerCase();
  const hasYear = g.year ?? g.year2 ?? g.yearpre;
  if (!g.the && !ord && !rel && !hasYear && !g.thisyear && !g.thisyear2) return null;
  if (/^\s+of\b/i.test(ctx.after) && !ord) return null; // "the quarter of …" is a share, not a period
  let year: number | null = hasYear ? Number(hasYear) : null;
  const ty = (g.thisyear ?? g.thisyear2)?.toLowerCase();
  if (year === null && ty && ref) year = ref.y + (ty === 'last' ? -1 : ty === 'next' ? 1 : 0);
  if (ord) {
    if (year !== null) return { type: 'DATE', value: `${year}-Q${ord}`, absolute: !!hasYear };
    if (!ref) return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
    let y = ref.y;
    if (rel === 'year-earlier' || rel === 'year-ago' || g.ago) y -= 1;
    // "reported a drop for the fourth quarter" in January: a quarter still ahead in a past clause is last year's
    else if (!rel && ctx.tense === 'past' && ord > quarterOf(ref.m)) y -= 1;
    return { type: 'DATE', value: `${y}-Q${ord}` };
  }
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
  const cur = ref.y * 4 + quarterOf(ref.m) - 1;
  const anchorQ = reportQuarter(ctx);
  let k: number;
  if (rel === 'current' || rel === 'this') k = cur;
  else if (rel === 'next' || rel === 'coming') k = cur + 1;
  else if (rel === 'last' || rel === 'previous' || rel === 'past') k = cur - 1;
  else if (rel === 'latest' || rel === 'recent' || rel === 'most recent') k = cur - 1; // the last completed quarter
  else if (rel === 'year-earlier' || rel === 'year-ago' || g.ago) k = (anchorQ ?? cur - 1) - 4;
  else if (rel === 'same') k = anchorQ ?? cur - 1;
  else k = anchorQ ?? endedQuarter(ctx) ?? cur - 1; // "the quarter": the one being reported, else the last completed
  if (year !== null) k = year * 4 + (k % 4);
  // a quarter computed from another one ("the year-ago quarter") must not become the anchor of the next
  return { type: 'DATE', value: fmtQuarter(k), anaphoric: year === null && (rel === 'year-earlier' || rel === 'year-ago' || !!g.ago) };
}

/** "the quarter ended Sept. 30": the (calendar) quarter that holds the closing month; null when no date follows. */
function endedQuarter(ctx: Ctx): number | null {
  const m = /^\s+(?:that\s+)?(?:ended|ending|ends|closed)\s+(?<month>[A-Za-z]+)\.?\s+\d/.exec(ctx.after);
  const mo = m ? monthNumber(m.groups!.month!) : null;
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
  const rel = g.rel?.toLowerCase();
  const back = !!(g.rel2 || g.ago || g.ly) || /^(?:year-earlier|year-ago|prior-year|year-before)$/.test(rel ?? '');
  if (rel && /^(?:comparable|corresponding|same)$/.test(rel) && !back) return null;
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

// "ago", "from now", "hence", "back" make the count part of a date ("two years ago": 1987); "later", "earlier",
// "before", "prior", "previously" are TimeML signals that anchor a duration on another time ("three days later": P3D).
const ANCHORING_DIRS = /^(?:later|earlier|before|prior|previously)$/;

export function resolveOffset(g: G, ctx: Ctx): Resolved | null {
  const unit = unitName(g.unit!);
  if (!unit) return null;
  const dir = g.dir!.toLowerCase().replace(/\s+/g, ' ');
  const sign = /^(later|from now|hence)$/.test(dir) ? 1 : -1;
  let n = parseNumber(g.num!);
  if (n !== null) n += fractionOf(g, ctx.text);
  // "a year earlier" in a results report names the year-ago period (TimeBank: a DATE, "earlier" in the extent)
  if (unit === 'year' && n === 1 && (dir === 'earlier' || dir === 'ago')) return shiftYear(ctx, -1);
  if (ANCHORING_DIRS.test(dir)) return null; // left to the duration rule: "three days" + signal (see anchoredLanding)
  if (n === null) return { type: 'DATE', value: sign > 0 ? 'FUTURE_REF' : 'PAST_REF' };
  if (unit === 'second' && /^(a|an)$/i.test(g.num!)) return null;
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  return { type: 'DATE', value: landingValue(unit, ctx.ref, sign * n) };
}

function fromAnchor(unit: string, a: Anchor): Resolved {
  if (unit === 'year') return { type: 'DATE', value: a.value.slice(0, 4) };
  if (unit === 'month' && a.value.length >= 7 && /^\d{4}-\d\d/.test(a.value)) return { type: 'DATE', value: a.value.slice(0, 7) };
  if (unit === 'week' && a.day) return { type: 'DATE', value: fmtWeek(a.day) };
  return { type: 'DATE', value: a.value };
}

export function resolveRelUnit(g: G, ctx: Ctx): Resolved | null {
  if (isQuotedTitle(g.unit!, ctx)) return null;
  let unit = g.unit!.toLowerCase().replace(/'s$/, '').replace(/^fiscal\s+/, '');
  const rel = g.rel!.toLowerCase();
  const mod = g.mod ? modOf(g.mod.replace(/^so far( in)?$/i, '')) : undefined;
  // "the past year", "over the next year": TimeML (as HeidelTime and TimeBank) a DATE, the previous or next calendar
  // unit as "last year" / "next year" are; a count makes it a duration ("the past two years": P2Y, rule duration).
  // "the past decade/century" is the span up to now (in 1989 "the past century" is not the 1800s): a duration.
  if (g.the && /^(past|last|next|coming)$/.test(rel) && !g.mod && (unit === 'decade' || unit === 'century')) {
    const dir = rel === 'next' || rel === 'coming' ? 1 : -1;
    return { type: 'DURATION', value: durationValue(1, LEX.units[unit]!), interval: ctx.ref ? durationInterval(ctx.ref, unit, 1, dir) : null };
  }
  if (rel === 'same' || (g.the && (rel === 'following' || rel === 'previous' || rel === 'preceding' || rel === 'prior'))) {
    const a = ctx.anchor;
    const step = rel === 'same' ? 0 : rel === 'following' ? 1 : -1;
    const base = a?.day ?? (a && /^\d{4}/.test(a.value) ? { y: Number(a.value.slice(0, 4)), m: /^\d{4}-\d\d/.test(a.value) ? Number(a.value.slice(5, 7)) : 7, d: 1 } : null) ?? ctx.ref;
    if (!base) return { type: 'DATE', value: null, reason: NO_REF };
    return { type: 'DATE', value: unitShiftValue(unit, base, step), mod };
  }
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  // "the latest (fiscal) year/month": the last completed one, as with "the latest quarter"
  const step = /^(this|current|present)$/.test(rel) ? 0 : rel === 'latest' ? -1 : /^(last|past|previous|preceding|prior)$/.test(rel) ? -1 : 1;
  if (unit === 'fiscal year') unit = 'year';
  const v = unitShiftValue(unit, ctx.ref, step);
  if (!v) return null;
  return { type: 'DATE', value: v, mod };
}

export function resolveTheUnit(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const unit = g.unit!.toLowerCase();
  // "the end of the month", "later that year": a part of the one meant (mod START/MID/END)
  const mod = modOf(g.mod);
  const head = ctx.text.slice(g.mod?.length ?? 0).replace(/^\s+(?:in\s+)?/i, '');
  if (ctx.anchor && /^that\b/i.test(head)) return { ...fromAnchor(unit, ctx.anchor), mod };
  // "the year ended March 31", "the fiscal year ending June 30": a (fiscal) period of that length, not the
  // calendar year; otherwise "for the year", "the full year" refer to the current one (TimeML DATE).
  if (/^\s+(?:ended|ending|that\s+ended|that\s+ends|to\s+date)\b/i.test(ctx.after) && /^the\b/i.test(ctx.text)) {
    return { type: 'DURATION', value: durationValue(1, LEX.units[unit]!) };
  }
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  if (unit === 'year') return { type: 'DATE', value: pad(ref.y, 4), mod };
  if (unit === 'month') return { type: 'DATE', value: fmtMonth(ref.y, ref.m), mod };
  return { type: 'DATE', value: fmtWeek(ref), mod };
}

export function resolveYearEarlier(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const adj = (g.adj ?? 'year end').toLowerCase();
  if (adj === 'year-end' || adj === 'year end') {
    if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
    // "since year-end", "at year-end" in a past clause: the last year-end before the reference date
    const past = /\bsince\s+$/i.test(ctx.before) || (ctx.tense === 'past' && !/\b(?:by|until|before|through)\s+$/i.test(ctx.before));
    const y = past ? ref.y - 1 : ref.y;
    // "by year's end", "around year end" name the end of the year as "the end of the year" does: the year, mod END
    return adj === 'year end' ? { type: 'DATE', value: pad(y, 4), mod: 'END' } : { type: 'DATE', value: `${y}-12-31` };
  }
  if (adj !== 'year-earlier' && adj !== 'year-ago') return null;
  return shiftYear(ctx, -1);
}

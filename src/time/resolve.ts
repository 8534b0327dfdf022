// Resolution of rule matches (data/time/patterns.json) to TIMEX3 values, with the news conventions chrono-node lacks:
// past preference for bare weekdays/months, tense, discourse anchors ("the previous day", "a year earlier"),
// fuzzy parts of periods ("late 2023"), decades, quarters, seasons, durations and sets.
import type { Precision, TimeExpression } from '../types.js';
import { LEX, PATTERNS, expand, monthNumber, parseNumber, spelledYear, unitName, weekdayNumber } from './lexicon.js';
import {
  type YMD, dayDiff, intervalOf, addDays, addMonths, cmp, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeek, pad, parseDay, quarterOf, validDay, weekday, ymd,
} from './dates.js';
import type { Tense } from './tense.js';

export type Mod = 'START' | 'MID' | 'END';

export interface Resolved {
  type: TimeExpression['type'];
  value: string | null;
  mod?: Mod;
  reason?: string;
  /** Explicit interval (durations anchored to the reference date); otherwise derived from value. */
  interval?: { start: string; end: string; precision: Precision } | null;
  /** True when the value does not depend on the reference date. */
  absolute?: boolean;
  /** True when the value was computed from the previous expression (it must not become the next anchor). */
  anaphoric?: boolean;
  /** A DURATION counted from another time ("three days later"): `interval` is the time it lands on. */
  anchored?: boolean;
}

export interface Anchor { value: string; precision: Precision; day?: YMD }

export interface Ctx {
  ref: YMD | null;
  tense: Tense;
  locale?: string;
  /** Last resolved expression in the text (for anaphoric expressions). */
  anchor: Anchor | null;
  /** The last quarter the text named (YYYY-Qn): the period a results report is about. */
  quarter?: string | null;
  /** Value of the expression just before this one in the same sentence, of any type (null when there is none). */
  sentencePrev?: string | null;
  /** Raw text of the match. */
  text: string;
  /** Text following the match (for context checks). */
  after: string;
  /** Text before the match. */
  before: string;
}

// A yearless date takes the reading closest to the reference date; the tense of the clause overrides it only when that
// reading is more than about a quarter away (TBAQ: the closest reading is right for 94% of yearless dates).
const MONTHDAY_TENSE_DAYS = 90;
// A bare month in a clause with no tense marker ("when the case is heard in May") names the coming one when that is
// at most this many months ahead; farther ahead, the news default (the last one) holds.
const SOON_MONTHS = 2;
const NO_REF = 'relative expression and no reference date';

export function modOf(s: string | undefined): Mod | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
  return LEX.fuzzyModifiers[t] ?? LEX.fuzzyModifiers[t + '-'] ?? undefined;
}

function twoDigitYear(s: string): number {
  const t = s.replace(/^['‘’]/, '');
  const n = Number(t);
  if (t.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

const POD_WORDS = LEX.partsOfDay;
function podCode(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/^mid[\s-]?(?=afternoon|morning)/, '');
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '24:00';
  return POD_WORDS[t];
}

function dayValue(d: YMD, pod?: string): Resolved {
  if (pod) return { type: 'TIME', value: `${fmtDay(d)}T${pod}` };
  return { type: 'DATE', value: fmtDay(d) };
}

function lastWeekday(ref: YMD, wd: number, strict: boolean): YMD {
  let diff = (weekday(ref) - wd + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(ref, -diff);
}
function nextWeekday(ref: YMD, wd: number, strict: boolean): YMD {
  let diff = (wd - weekday(ref) + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(ref, diff);
}

/**
 * The day a weekday names relative to `ref`: "last"/"next"/"this" when stated, otherwise the most recent one on or
 * before the reference date, or the next one on or after it when the clause is in the future tense.
 */
export function weekdayDate(ref: YMD, wd: number, rel: string | undefined, tense: Tense): YMD {
  if (rel === 'last' || rel === 'past' || rel === 'previous') return lastWeekday(ref, wd, true);
  if (rel === 'next' || rel === 'coming') return nextWeekday(ref, wd, true);
  if (rel === 'this') return addDays(ref, wd - weekday(ref));
  if (tense === 'future') return nextWeekday(ref, wd, false);
  return lastWeekday(ref, wd, false);
}

type G = Record<string, string | undefined>;

/** Resolves one rule match. Returns null when the match is rejected (not a date in this context). */
export function resolveRule(kind: string, g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const future = ctx.tense === 'future';
  switch (kind) {
    case 'numdate': return resolveNumDate(g, ctx);
    case 'iso': {
      if (g.d) return { type: 'DATE', value: `${g.y}-${g.m}-${g.d}`, absolute: true };
      return { type: 'DATE', value: `${g.y}-${g.m}`, absolute: true };
    }
    case 'weekOf': {
      // "the week of March 6": the (ISO) week that holds the day
      const day = resolveRule('monthDay', g, ctx);
      const d = day?.value ? parseDay(day.value) : null;
      return day && d ? { type: 'DATE', value: fmtWeek(d), absolute: day.absolute } : day;
    }
    case 'monthDay': {
      const m = monthNumber(g.month!);
      const day = Number(g.day);
      if (!m || day < 1 || day > 31) return null;
      if (!checkMonthWord(g.month!, ctx, true)) return null;
      const mod = modOf(g.mod);
      if (g.year) {
        const y = Number(g.year);
        if (day > daysInMonth(y, m)) return null;
        return { type: 'DATE', value: fmtDay({ y, m, d: day }), mod, absolute: true };
      }
      const wd = g.weekday ? weekdayNumber(g.weekday) : null;
      if (!ref) {
        if (wd) return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
        return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
      }
      const cands = [ref.y - 1, ref.y, ref.y + 1].filter((y) => day <= daysInMonth(y, m)).map((y) => ({ y, m, d: day }));
      if (!cands.length) return null;
      let pick = cands;
      if (wd) { const w = cands.filter((c) => weekday(c) === wd); if (w.length) pick = w; }
      const dist = (c: YMD) => Math.abs(dayDiff(c, ref));
      pick.sort((a, b) => dist(a) - dist(b));
      // The closest reading, unless the tense contradicts it by more than a month ("the year ended March 31").
      const best = pick[0]!;
      if (!wd && ctx.tense && dist(best) > MONTHDAY_TENSE_DAYS) {
        const side = pick.filter((c) => (ctx.tense === 'future' ? cmp(c, ref) >= 0 : cmp(c, ref) <= 0));
        if (side.length && (ctx.tense === 'future') === (cmp(best, ref) < 0)) pick = side;
      }
      return { type: 'DATE', value: fmtDay(pick[0]!), mod };
    }
    case 'monthYear': {
      const m = monthNumber(g.month!);
      if (!m) return null;
      if (!checkMonthWord(g.month!, ctx, true)) return null;
      const y = g.yearsp ? spelledYear(g.yearsp) : twoDigitYear(g.year!);
      if (y === null) return null;
      return { type: 'DATE', value: fmtMonth(y, m), mod: modOf(g.mod), absolute: true };
    }
    case 'monthRelYear': {
      // "January this year", "June last year": the month of the year named relative to the reference date
      const m = monthNumber(g.month!);
      if (!m || !checkMonthWord(g.month!, ctx, true)) return null;
      const mod = modOf(g.mod);
      if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
      const rel = g.rel!.toLowerCase();
      return { type: 'DATE', value: fmtMonth(ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), m), mod };
    }
    case 'month': {
      const m = monthNumber(g.month!);
      if (!m) return null;
      const rel = g.rel?.toLowerCase();
      if (!rel && !g.mod && !checkMonthWord(g.month!, ctx, false)) return null;
      // "this march", "next may": a lower-case false friend stays a noun or verb even after a relative word
      if (!/^[A-Z]/.test(g.month!) && LEX.monthFalseFriends.includes(g.month!.toLowerCase())) return null;
      if (!rel && !g.mod && /^(?:may|march)$/i.test(g.month!) && !isTemporalPrep(ctx.before)) return null;
      if (/^[a-z]{3,4}$/.test(g.month!.toLowerCase()) && g.month!.length <= 4 && !/^(may|june|july)$/i.test(g.month!)) return null; // bare abbreviation
      const mod = modOf(g.mod);
      if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
      let y: number;
      if (rel === 'last' || rel === 'past' || rel === 'previous') y = m < ref.m ? ref.y : ref.y - 1;
      else if (rel === 'next' || rel === 'coming') y = m > ref.m ? ref.y : ref.y + 1;
      else if (rel === 'this') y = ref.y;
      else if (m === ref.m) y = ref.y;
      else if (/\bsince\s+$/i.test(ctx.before)) y = m < ref.m ? ref.y : ref.y - 1; // "since March" looks back
      else if (isDeadlinePrep(ctx.before)) y = nearestMonthYear(ref, m, 'future'); // "until January", "through August"
      else if (future) y = m > ref.m ? ref.y : ref.y + 1;
      else if (!ctx.tense && (m - ref.m + 12) % 12 <= SOON_MONTHS) y = m > ref.m ? ref.y : ref.y + 1;
      else y = m < ref.m ? ref.y : ref.y - 1;
      return { type: 'DATE', value: fmtMonth(y, m), mod };
    }
    case 'year': {
      let y: number;
      if (g.yearsp) {
        const sy = spelledYear(g.yearsp);
        return sy === null ? null : { type: 'DATE', value: pad(sy, 4), absolute: true };
      } else if (g.yearw) {
        const rest = g.yearw.toLowerCase().replace(/^two thousand(\s+and)?\s*/, '');
        const n = rest ? parseNumber(rest) : 0;
        if (n === null) return null;
        y = 2000 + n;
      } else y = twoDigitYear(g.year!);
      if (!g.mod && !/fiscal|FY/i.test(ctx.text) && !/year/i.test(ctx.text) && !checkBareYear(y, ctx)) return null;
      return { type: 'DATE', value: pad(y, 4), mod: modOf(g.mod), absolute: true };
    }
    case 'decade': {
      let d: number;
      if (g.decade) d = Number(g.decade);
      else if (g.dec2) d = twoDigitYear(g.dec2);
      else {
        const k = LEX.decadeWords[g.decword!.toLowerCase()]!;
        const century = ref && ref.y >= 2000 + k * 10 ? 2000 : 1900;
        d = century + k * 10;
      }
      const mod = g.mod ? (modOf(g.mod) ?? undefined) : undefined;
      return { type: 'DATE', value: `${Math.floor(d / 10)}X`, mod, absolute: true };
    }
    case 'century': {
      const c = g.cord!.toLowerCase();
      const words: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
      const n = words[c] ?? parseInt(c, 10);
      if (!n || n > 30) return null;
      return { type: 'DATE', value: `${pad(n - 1)}XX`, absolute: true };
    }
    case 'quarter': return resolveQuarter(g, ctx);
    case 'period': return resolvePeriod(g, ctx);
    case 'half': {
      const h = g.h!.toLowerCase() === 'first' ? 1 : 2;
      let y: number | null = g.year ? Number(g.year) : null;
      if (y === null && /^(?:last|latter)$/i.test(g.h!) && !/year/i.test(ctx.text)) return null; // "the last half of the '80s"
      if (y === null) {
        if (!/(?:half|quarters)\s+(?:of\s+)?(?:this|last|next|the)\s+year/i.test(ctx.text) && !/^the\b/i.test(ctx.text)) return null;
        if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
        const rel = g.rel?.toLowerCase();
        y = ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      }
      return { type: 'DATE', value: `${y}-H${h}`, absolute: !!g.year };
    }
    case 'weekday': {
      const wd = weekdayNumber(g.weekday!);
      if (!wd) return null;
      if (!/^[A-Z]/.test(g.weekday!)) return null;
      const pod = podCode(g.pod);
      if (!ref) return { type: pod ? 'TIME' : 'DATE', value: null, reason: NO_REF };
      const rel = g.rel?.toLowerCase();
      // "the previous Friday", "the following Monday": relative to the day the text is talking about
      if ((rel === 'previous' || rel === 'following') && /\bthe\s+$/i.test(ctx.before) && ctx.anchor?.day) {
        const d = rel === 'previous' ? lastWeekday(ctx.anchor.day, wd, true) : nextWeekday(ctx.anchor.day, wd, true);
        return { ...dayValue(d, pod), anaphoric: true };
      }
      // "until Tuesday", "by Friday": a deadline lies ahead (unless the past perfect puts it behind: "had filed by Friday",
      // "Until Thursday, they had not named him")
      const tense = isDeadlinePrep(ctx.before) && !/\bhad\b/i.test(ctx.before + ctx.after) ? 'future' : ctx.tense;
      return dayValue(weekdayDate(ref, wd, rel, tense), pod);
    }
    case 'dayWord': {
      const pod = podCode(g.pod);
      // "USA Today", "VOA Today": a capitalised day word after an acronym is a title; "the people of tomorrow" is generic
      if (g.word && /^[A-Z]/.test(g.word) && /\b[A-Z]{2,}\s+$/.test(ctx.before)) return null;
      if (g.word && /^tomorrow$/i.test(g.word) && !g.pod && /\bof\s+$/i.test(ctx.before)) return null;
      if (!ref) return { type: pod ? 'TIME' : 'DATE', value: null, reason: NO_REF };
      let off = 0;
      const w = (g.word ?? g.prefix ?? '').toLowerCase().replace(/\s+/g, ' ');
      if (w in LEX.dayWords) off = LEX.dayWords[w]!;
      else if (w === 'last') off = g.pod?.toLowerCase() === 'night' ? -1 : -1;
      const tonight = w === 'tonight';
      return dayValue(addDays(ref, off), tonight ? 'NI' : pod);
    }
    case 'relativeDay': {
      const phrase = g.phrase!.toLowerCase().replace(/\s+/g, ' ');
      let off = LEX.relativeDays[phrase];
      if (off === undefined) return null;
      // "the day before the vote" counts from an event (taken to be the day the text is about). After a date and a
      // comma it is an apposition naming that very day ("Oct. 12, the day before the crash"); before another date
      // ("the day before last Tuesday's hearing") or a verb ("later in the day before returning") it is no such day.
      if (/(?:before|after)$/.test(phrase) && /^\s+[a-z0-9]/i.test(ctx.after)) {
        if (RELATIVE_DAY_BLOCK.test(ctx.after)) return null;
        if (/\d,\s*$/.test(ctx.before)) off = 0;
      }
      const base = ctx.anchor?.day ?? ref;
      const pod = podCode(/(morning|afternoon|evening|night)$/i.exec(g.phrase!)?.[1]);
      if (!base) return { type: pod ? 'TIME' : 'DATE', value: null, reason: 'relative to an unstated day and no reference date' };
      return { ...dayValue(addDays(base, off), pod), anaphoric: !!ctx.anchor?.day };
    }
    case 'dayNextTo': {
      // "the day before last Tuesday('s hearing)": the day next to the weekday it names
      const day = resolveRule('weekday', { ...g, pod: undefined }, ctx);
      const d = day?.value ? parseDay(day.value) : null;
      return day && d ? { type: 'DATE', value: fmtDay(addDays(d, g.dir!.toLowerCase() === 'before' ? -1 : 1)) } : day;
    }
    case 'podAlone': {
      // "in the morning", "at midday", "by mid-afternoon": that part of the day the text is about (else the reference date)
      const pod = podCode(g.pod ?? g.pod2);
      if (!pod) return null;
      const base = ctx.anchor?.day ?? ref;
      if (!base) return { type: 'TIME', value: null, reason: 'part of an unstated day and no reference date' };
      return { ...dayValue(base, pod), mod: modOf(g.mod), anaphoric: !!ctx.anchor?.day };
    }
    case 'clockPod': {
      // "4 in the morning", "10 at night": a clock hour placed in the day by the part of day
      let h = Number(g.h);
      if ((g.pod && !/morning/i.test(g.pod)) || (g.night && h >= 6)) h = h === 12 ? 12 : h + 12;
      else if (h === 12) h = 0;
      const base = ctx.anchor?.day ?? ref;
      if (!base) return { type: 'TIME', value: null, reason: 'clock time of an unstated day and no reference date' };
      return { type: 'TIME', value: `${fmtDay(base)}T${pad(h)}:${g.min ?? '00'}`, anaphoric: !!ctx.anchor?.day };
    }
    case 'weekend': {
      const rel = g.rel?.toLowerCase();
      if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
      let sat: YMD;
      const wd = weekday(ref);
      if (rel === 'next' || rel === 'coming' || (future && rel !== 'last' && rel !== 'past' && rel !== 'previous')) sat = wd === 6 ? ref : nextWeekday(ref, 6, true);
      else if (rel === 'this') sat = addDays(ref, 6 - wd);
      else if (rel === 'last' || rel === 'past' || rel === 'previous') sat = wd >= 6 ? addDays(lastWeekday(ref, 6, false), -7) : lastWeekday(ref, 6, false);
      else sat = lastWeekday(ref, 6, false);
      return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, mod: modOf(g.mod) };
    }
    case 'offset': return resolveOffset(g, ctx);
    case 'relUnit': return resolveRelUnit(g, ctx);
    case 'theUnit': {
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
    case 'yearEarlier': {
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
    case 'duration': return resolveDuration(g, ctx);
    case 'unitLong': {
      // "a day-long strike", "a decades-long feud": an adjectival duration (TimeML tags it: P1D, PXY)
      const u = unitName(g.unit!);
      if (!u) return null;
      return { type: 'DURATION', value: durationValue(u === g.unit!.toLowerCase() ? 1 : 'X', LEX.units[u]!) };
    }
    case 'vaguePlural': {
      const u = unitName(g.unitp!);
      if (!u) return null;
      const code = LEX.units[u]!;
      return { type: 'DURATION', value: durationValue('X', code) };
    }
    case 'vagueDuration':
      // "for a while", "for some time", "for a fairly lengthy period": a length of time nobody counted (TimeML PXX)
      return { type: 'DURATION', value: 'PXX' };
    case 'vagueRelative': {
      const dir = (g.dir ?? g.dir2 ?? '').toLowerCase();
      const fut = dir === 'later' || dir === 'after' ? future : false;
      return { type: 'DATE', value: fut ? 'FUTURE_REF' : 'PAST_REF' };
    }
    case 'set':
      // "358,000 a month", "15 million instructions per second", "rise 8.5% annually": the denominator of a rate
      // (TimeBank leaves rates of a quantity untagged; "twice a week", "held annually" stay sets)
      if ((g.adv || g.q?.toLowerCase() === 'per' || !g.q) && isRateDenominator(ctx)) return null;
      return resolveSet(g, ctx.after);
    case 'setWeekday': {
      // "on Mondays", "Tuesday nights", the first of "Monday and Tuesday nights": every such day (or part of it)
      const wd = weekdayNumber(g.weekday!);
      if (!wd || !/^[A-Z]/.test(g.weekday!)) return null;
      const pod = podCode((g.pods ?? g.pods2)?.replace(/s$/i, '')); // "Monday and Tuesday nights": both are sets
      return { type: 'SET', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` };
    }
    case 'season': return resolveSeason(g, ctx);
    case 'holiday': return resolveHoliday(g, ctx);
    case 'ref': {
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
  }
  return null;
}

const COUNT_AFTER = new RegExp(`^\\s+(?:\\d|(?!an?\\b)(?:${expand('{NUM}|{VAGUE}')})\\b)`, 'i');

/** The year of the reading of month m nearest to the reference date; a tie (six months either way) goes to `tie`. */
function nearestMonthYear(ref: YMD, m: number, tie: 'future' | 'past'): number {
  const ahead = (m - ref.m + 12) % 12, behind = (ref.m - m + 12) % 12;
  const fut = ahead < behind || (ahead === behind && tie === 'future');
  return fut ? (m > ref.m ? ref.y : ref.y + 1) : (m < ref.m ? ref.y : ref.y - 1);
}

const RELATIVE_DAY_BLOCK = new RegExp(`^\\s+(?:\\w+ing\\b|(?:${expand('{MONTH}|{WEEKDAY}|last|next|this|yesterday|today|tomorrow')})\\b)`, 'i');

function isDeadlinePrep(before: string): boolean {
  const m = /([A-Za-z]+)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/.exec(before);
  return !!m && (LEX as unknown as { deadlinePrepositions: string[] }).deadlinePrepositions.includes(m[1]!.toLowerCase());
}

function isTemporalPrep(before: string): boolean {
  const m = /([A-Za-z]+)[\s-]*$/.exec(before);
  if (!m) return false;
  return (LEX as unknown as { temporalPrepositions: string[] }).temporalPrepositions.includes(m[1]!.toLowerCase());
}

/** A month word is a month when capitalised; "may"/"march" etc. in lower case are verbs or nouns. */
function checkMonthWord(word: string, ctx: Ctx, withDayOrYear: boolean): boolean {
  const lw = word.toLowerCase();
  if (/^[A-Z]/.test(word)) return true;
  if (LEX.monthFalseFriends.includes(lw)) return false;
  return withDayOrYear;
}

function checkBareYear(y: number, ctx: Ctx): boolean {
  if (y < 1900 || y > 2099) {
    if (!isTemporalPrep(ctx.before)) return false;
  }
  const blockers = (LEX as unknown as { yearBlockers: { previous: string[] } }).yearBlockers.previous;
  const prev = /([A-Za-z-]+)\.?\s*$/.exec(ctx.before)?.[1]?.toLowerCase();
  if (prev && blockers.includes(prev)) return false;
  if (/[$£€#]\s*$/.test(ctx.before) || /\d[\s,.]*$/.test(ctx.before)) return false;
  // "2000 people", "1500 soldiers": a plural noun after the number makes it a count, unless a determiner makes the
  // number a modifier ("the 1992 protests", "the 2000 Olympics": a count after "the" is written with a comma)
  const next = /^\s+([a-z]+)/.exec(ctx.after)?.[1];
  if (next && /[^s]s$/.test(next) && !/\b(?:the|its|their|his|her|our|this|that)\s+$/i.test(ctx.before) && !['was', 'has', 'is', 'this', 'as', 'its', 'his', 'hers', 'thus', 'plus', 'us', 'less', 'across', 'versus'].includes(next)) return false;
  if (/^\s*(?:percent|per cent|%|million|billion|meters|metres|feet|km|miles|tons|tonnes|hours|troops|times)\b/i.test(ctx.after)) return false;
  return true;
}

function resolveNumDate(g: G, ctx: Ctx): Resolved | null {
  const a = Number(g.a), b = Number(g.b);
  const y = g.y!.length === 2 ? twoDigitYear(g.y!) : Number(g.y);
  if (g.y!.length === 2 && g.sep !== '/') return null;
  const valid = (d: number, m: number) => validDay(y, m, d);
  const dm = valid(a, b) ? { y, m: b, d: a } : null; // day first
  const md = valid(b, a) ? { y, m: a, d: b } : null; // month first
  if (!dm && !md) return null;
  if (!dm) return { type: 'DATE', value: fmtDay(md!), absolute: true };
  if (!md || a === b) return { type: 'DATE', value: fmtDay(dm), absolute: true };
  const wd = g.weekday ? weekdayNumber(g.weekday) : null;
  if (wd) {
    const okDm = weekday(dm) === wd, okMd = weekday(md) === wd;
    if (okDm !== okMd) return { type: 'DATE', value: fmtDay(okDm ? dm : md), absolute: true, reason: 'day-month order from weekday' };
  }
  if (ctx.locale) {
    const monthFirst = /^en[-_](US|PH|CA)$/i.test(ctx.locale) || /^(US)$/i.test(ctx.locale);
    return { type: 'DATE', value: fmtDay(monthFirst ? md : dm), absolute: true, reason: `day-month order from locale ${ctx.locale}` };
  }
  const both = `${fmtDay(dm)} (day first) or ${fmtDay(md)} (month first)`;
  if (g.sep === '.') return { type: 'DATE', value: fmtDay(dm), absolute: true, reason: `dotted date read day first; ambiguous: ${both}` };
  if (ctx.ref) {
    const r = ctx.ref;
    const past = [dm, md].filter((c) => cmp(c, r) <= 0).sort((p, q) => -cmp(p, q));
    if (past.length === 1) return { type: 'DATE', value: fmtDay(past[0]!), absolute: true, reason: `the reading not after the reference date; ambiguous: ${both}` };
  }
  return { type: 'DATE', value: fmtDay(dm), absolute: true, reason: `ambiguous day-month order, both readings kept: ${both}; value reads day first` };
}

function resolveQuarter(g: G, ctx: Ctx): Resolved | null {
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

/** A quarter value as a running index (year * 4 + quarter - 1), or null. */
function quarterIndex(v: string | null | undefined): number | null {
  const m = v ? /^(\d{4})-Q([1-4])$/.exec(v) : null;
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : null;
}

/** The quarter a results report is about: the last one the text named (see Ctx.quarter), else the expression before. */
function reportQuarter(ctx: Ctx): number | null {
  return quarterIndex(ctx.quarter) ?? quarterIndex(ctx.anchor?.value);
}

const fmtQuarter = (k: number): string => `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;

function unitShiftValue(unit: string, base: YMD, n: number): string | null {
  switch (unit) {
    case 'day': return fmtDay(addDays(base, n));
    case 'week': return fmtWeek(addDays(base, 7 * n));
    case 'fortnight': return fmtWeek(addDays(base, 14 * n));
    case 'month': { const t = addMonths(base.y, base.m, n); return fmtMonth(t.y, t.m); }
    case 'quarter': { const k = base.y * 4 + quarterOf(base.m) - 1 + n; return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`; }
    case 'year': case 'yr': return pad(base.y + n, 4);
    case 'decade': return `${Math.floor((base.y + 10 * n) / 10)}X`;
    case 'century': return `${pad(Math.floor((base.y + 100 * n) / 100))}XX`;
    case 'hour': case 'minute': case 'second': return fmtDay(base);
  }
  return null;
}

function shiftYear(ctx: Ctx, n: number): Resolved {
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

function resolveOffset(g: G, ctx: Ctx): Resolved | null {
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

/** The unit-precision value n units away from base; a fractional count of years goes by months ("2 1/2 years ago"). */
function landingValue(unit: string, base: YMD, n: number): string | null {
  if (Number.isInteger(n)) return unitShiftValue(unit, base, n);
  if (unit === 'year') return unitShiftValue('month', base, Math.round(n * 12));
  return unitShiftValue(unit, base, Math.round(n));
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

function fromAnchor(unit: string, a: Anchor): Resolved {
  if (unit === 'year') return { type: 'DATE', value: a.value.slice(0, 4) };
  if (unit === 'month' && a.value.length >= 7 && /^\d{4}-\d\d/.test(a.value)) return { type: 'DATE', value: a.value.slice(0, 7) };
  if (unit === 'week' && a.day) return { type: 'DATE', value: fmtWeek(a.day) };
  return { type: 'DATE', value: a.value };
}

/** A capitalised unit word opening a quotation is a title ("ABC's “This Week”", "CBS's ''60 Minutes''"), not a time. */
function isQuotedTitle(unitWord: string, ctx: Ctx): boolean {
  return /^[A-Z]/.test(unitWord) && /(?:["“‘]|'')\s*$/.test(ctx.before);
}

function resolveRelUnit(g: G, ctx: Ctx): Resolved | null {
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

const FRACTIONS: Record<string, number> = { '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** The fraction added to a count: "2 1/2 years", "5½ hours", "a year and a half". */
function fractionOf(g: G, text: string): number {
  const f = g.frac ?? g.frac2;
  if (f) return FRACTIONS[f] ?? 0;
  return /and\s+a\s+half/i.test(text) ? 0.5 : 0;
}

/**
 * A fractional count as whole units plus the remainder in the next smaller unit, as TimeML writes it:
 * 2.5 years → P2Y6M, 5.5 hours → PT5H30M, 1.5 minutes → PT1M30S, 1.5 days → P1DT12H, 2.5 decades → P25Y.
 */
export function fractionalDuration(n: number, code: string): string {
  const whole = Math.floor(n);
  const sub = (per: number) => Math.round((n - whole) * per);
  switch (code) {
    case 'Y': return `P${whole ? `${whole}Y` : ''}${sub(12)}M`;
    case 'M': return `P${whole ? `${whole}M` : ''}${sub(30)}D`;
    case 'W': return `P${whole * 7 + sub(7)}D`;
    case 'D': return `P${whole ? `${whole}D` : ''}T${sub(24)}H`;
    case 'H': return `PT${whole ? `${whole}H` : ''}${sub(60)}M`;
    case 'MIN': return `PT${whole ? `${whole}M` : ''}${sub(60)}S`;
    case 'Q': return `P${Math.round(n * 3)}M`;
    case 'DE': return `P${Math.round(n * 10)}Y`;
    case 'CE': return `P${Math.round(n * 100)}Y`;
  }
  return durationValue(n, code);
}

export function durationValue(n: number | 'X', code: string): string {
  if (code === 'H' || code === 'MIN' || code === 'S') return `PT${n}${code === 'MIN' ? 'M' : code}`;
  // ISO 8601 has no decade, century, fortnight or quarter designator: counted ones go into years, weeks or months
  // ("two decades" P20Y), and so do vague ones ("decades" PXY, "recent quarters" PXM)
  if (code === 'DE') return n === 'X' ? 'PXY' : `P${n * 10}Y`;
  if (code === 'CE') return n === 'X' ? 'PXY' : `P${n * 100}Y`;
  if (code === 'FN') return n === 'X' ? 'PXW' : `P${n * 2}W`;
  if (code === 'Q') return n === 'X' ? 'PXM' : `P${n * 3}M`;
  return `P${n}${code}`;
}

function durationInterval(ref: YMD, unit: string, n: number, dir: 1 | -1): { start: string; end: string; precision: Precision } | null {
  let other: YMD;
  switch (unit) {
    case 'day': other = addDays(ref, dir * n); break;
    case 'week': other = addDays(ref, dir * 7 * n); break;
    case 'month': { const t = addMonths(ref.y, ref.m, dir * n); other = ymd(t.y, t.m, Math.min(ref.d, daysInMonth(t.y, t.m))); break; }
    case 'quarter': { const t = addMonths(ref.y, ref.m, dir * 3 * n); other = ymd(t.y, t.m, Math.min(ref.d, daysInMonth(t.y, t.m))); break; }
    case 'year': other = ymd(ref.y + dir * n, ref.m, Math.min(ref.d, daysInMonth(ref.y + dir * n, ref.m))); break;
    case 'decade': other = ymd(ref.y + dir * 10 * n, ref.m, 1); break;
    default: return null;
  }
  const [a, b] = dir < 0 ? [other, ref] : [ref, other];
  const precision: Precision = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'quarter' ? 'quarter' : unit === 'year' ? 'year' : 'decade';
  return { start: fmtDay(a), end: fmtDay(b), precision };
}

function resolveDuration(g: G, ctx: Ctx): Resolved | null {
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

// a lower-case word after the adjective that is not a function word: the adjective modifies it ("quarterly dividend")
const ATTRIBUTIVE = new RegExp(`^\\s+(?!(?:${LEX.functionWords.join('|')})\\b)[a-z]`);

function resolveSet(g: G, after: string): Resolved | null {
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

function seasonIndex(d: YMD): { y: number; s: number } {
  // 0 SP (Mar–May), 1 SU, 2 FA, 3 WI (Dec–Feb, counted in the year of its December)
  if (d.m === 12) return { y: d.y, s: 3 };
  if (d.m <= 2) return { y: d.y - 1, s: 3 };
  return { y: d.y, s: Math.floor((d.m - 3) / 3) };
}

function resolveSeason(g: G, ctx: Ctx): Resolved | null {
  const sw = g.season!.toLowerCase();
  const code = LEX.seasons[sw];
  if (!code) return null;
  const rel = g.rel?.toLowerCase();
  const mod = modOf(g.mod);
  const year = g.yearsp ? spelledYear(g.yearsp) : g.year ? Number(g.year) : null;
  if (year !== null) return { type: 'DATE', value: `${pad(year, 4)}-${code}`, mod, absolute: true };
  if (!rel && !g.mod) {
    if (!isTemporalPrep(ctx.before)) return null;
    if (LEX.seasonFalseFriends.includes(sw) && !/\b(?:in|during|by|since|until|through|this|last|next|the|early|late|mid|of)\s*$/i.test(ctx.before)) return null;
  }
  if (rel === 'the' && /^\s+of\s+(?!\d)/i.test(ctx.after)) return null; // "the fall of the regime"
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  const order = ['SP', 'SU', 'FA', 'WI'];
  const target = order.indexOf(code);
  const cur = seasonIndex(ctx.ref);
  const curK = cur.y * 4 + cur.s;
  const past = (() => { let k = curK; while (((k % 4) + 4) % 4 !== target) k--; return k; })();
  const next = (() => { let k = curK; while (((k % 4) + 4) % 4 !== target) k++; return k; })();
  let k: number;
  if (rel === 'last' || rel === 'past' || rel === 'previous') k = past === curK ? past - 4 : past;
  else if (rel === 'next' || rel === 'coming') k = next === curK ? next + 4 : next;
  else if (rel === 'this') k = ctx.ref.y * 4 + target - (target === 3 && ctx.ref.m <= 2 ? 4 : 0);
  else k = ctx.tense === 'future' ? next : past;
  const y = Math.floor(k / 4);
  return { type: 'DATE', value: `${y}-${code}`, mod };
}

/**
 * "the latest period", "the year-ago period", "the 1988 period", "the corresponding period last year": in a results
 * report the period is the quarter being reported (the last one named, else the last completed one) or its year-ago
 * counterpart. "the same/comparable period" needs a year-back word; alone it names no particular period.
 */
function resolvePeriod(g: G, ctx: Ctx): Resolved | null {
  const rel = g.rel?.toLowerCase();
  const back = !!(g.rel2 || g.ago || g.ly) || /^(?:year-earlier|year-ago|prior-year|year-before)$/.test(rel ?? '');
  if (rel && /^(?:comparable|corresponding|same)$/.test(rel) && !back) return null;
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  const q = reportQuarter(ctx) ?? ctx.ref.y * 4 + quarterOf(ctx.ref.m) - 2;
  if (g.yearpre) return { type: 'DATE', value: fmtQuarter(Number(g.yearpre) * 4 + (q % 4)), anaphoric: true };
  return { type: 'DATE', value: fmtQuarter(back ? q - 4 : q), anaphoric: back };
}

function holidayDate(key: string, y: number): YMD | null {
  const spec = PATTERNS.holidays[key];
  if (!spec) return null;
  if (/^\d\d-\d\d$/.test(spec)) return { y, m: Number(spec.slice(0, 2)), d: Number(spec.slice(3)) };
  if (spec === 'thanksgiving') return addDays(nextWeekday({ y, m: 11, d: 1 }, 4, false), 21);
  if (spec === 'labor') return nextWeekday({ y, m: 9, d: 1 }, 1, false);
  if (spec === 'memorial') return lastWeekday({ y, m: 5, d: 31 }, 1, false);
  if (spec === 'election') return addDays(nextWeekday({ y, m: 11, d: 1 }, 1, false), 1); // the Tuesday after the first Monday
  const easter = /^easter(?: week|([+-]\d))?$/.exec(spec);
  if (easter) return addDays(easterSunday(y), Number(easter[1] ?? 0));
  return null;
}

/** Easter Sunday of year y (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(y: number): YMD {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

function resolveHoliday(g: G, ctx: Ctx): Resolved | null {
  const key = g.holiday!.toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
  if (!/^[A-Z]/.test(g.holiday!)) return null;
  // "Easter week": the (ISO) week that holds Easter Sunday
  const fmt = PATTERNS.holidays[key] === 'easter week' ? fmtWeek : fmtDay;
  if (g.year) { const d = holidayDate(key, Number(g.year)); return d ? { type: 'DATE', value: fmt(d), absolute: true } : null; }
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  const r = ctx.ref;
  const rel = g.rel?.toLowerCase();
  const thisY = holidayDate(key, r.y);
  if (!thisY) return null;
  if (fmt === fmtWeek && fmtWeek(thisY) === fmtWeek(r)) return { type: 'DATE', value: fmtWeek(r) }; // the week it is
  let d: YMD;
  const fut = rel === 'next' || (rel !== 'last' && ctx.tense === 'future');
  if (fut) d = cmp(thisY, r) > 0 ? thisY : holidayDate(key, r.y + 1)!;
  else if (rel === 'this') d = thisY;
  else d = cmp(thisY, r) <= 0 && rel !== 'last' ? thisY : cmp(thisY, r) < 0 ? thisY : holidayDate(key, r.y - 1)!;
  return { type: 'DATE', value: fmt(d) };
}

export { isoWeek, weekday };

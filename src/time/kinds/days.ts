// Rule kinds that name a day or a part of one: weekdays, day words ("yesterday"), days counted from the day the text
// is about ("the next day"), parts of the day, clock hours with a part of day, weekends.
import { type Relation, directionOf, isName, relationOf, weekdayNumber } from '../lexicon.js';
import { type YMD, addDays, fmtDay, fmtWeek, pad, parseDay, weekday } from '../dates.js';
import type { Tense } from '../tense.js';
import { type Ctx, type G, type Resolved, NO_REF, isDeadlinePrep, isPartOfName, modOf, podCode } from './context.js';

export function dayValue(d: YMD, pod?: string): Resolved {
  if (pod) return { type: 'TIME', value: `${fmtDay(d)}T${pod}` };
  return { type: 'DATE', value: fmtDay(d) };
}

/** The weekday wd on or before ref (strict: before it). */
export function lastWeekday(ref: YMD, wd: number, strict: boolean): YMD {
  let diff = (weekday(ref) - wd + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(ref, -diff);
}

/** The weekday wd on or after ref (strict: after it). */
export function nextWeekday(ref: YMD, wd: number, strict: boolean): YMD {
  let diff = (wd - weekday(ref) + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(ref, diff);
}

/** "last", "past", "previous": the one before. */
export const isBack = (rel: Relation | undefined): boolean => rel === 'LAST' || rel === 'PREVIOUS';

/**
 * The day a weekday names relative to `ref`: "last"/"next"/"this" when stated, otherwise the most recent one on or
 * before the reference date, or the next one on or after it when the clause is in the future tense.
 */
export function weekdayDate(ref: YMD, wd: number, rel: Relation | undefined, tense: Tense): YMD {
  if (isBack(rel)) return lastWeekday(ref, wd, true);
  if (rel === 'NEXT') return nextWeekday(ref, wd, true);
  if (rel === 'THIS') return addDays(ref, wd - weekday(ref));
  if (tense === 'future') return nextWeekday(ref, wd, false);
  return lastWeekday(ref, wd, false);
}

export function resolveWeekday(g: G, ctx: Ctx): Resolved | null {
  const { ref, lang } = ctx;
  const wd = weekdayNumber(lang, g.weekday!);
  if (!wd) return null;
  if (!isName(lang, g.weekday!) || isPartOfName(ctx, g.weekday!, !!(g.the || g.rel || g.pod))) return null; // "Santo Domingo"
  const pod = podCode(lang, g.pod);
  if (!ref) return { type: pod ? 'TIME' : 'DATE', value: null, reason: NO_REF };
  const rel = relationOf(lang, g.rel);
  // "the previous Friday", "the following Monday": relative to the day the text is talking about
  if ((rel === 'PREVIOUS' || rel === 'FOLLOWING') && (g.the || lang.cues.definiteBefore.test(ctx.before)) && ctx.anchor?.day) {
    const d = rel === 'PREVIOUS' ? lastWeekday(ctx.anchor.day, wd, true) : nextWeekday(ctx.anchor.day, wd, true);
    return { ...dayValue(d, pod), anaphoric: true };
  }
  // "until Tuesday", "by Friday": a deadline lies ahead (unless the past perfect puts it behind: "had filed by Friday",
  // "Until Thursday, they had not named him")
  const tense = isDeadlinePrep(ctx) && !lang.cues.pluperfect.test(ctx.before + ctx.after) ? 'future' : ctx.tense;
  return dayValue(weekdayDate(ref, wd, rel, tense), pod);
}

export function resolveDayWord(g: G, ctx: Ctx): Resolved | null {
  const { ref, lang } = ctx;
  const pod = podCode(lang, g.pod);
  // "USA Today", "VOA Today": a capitalised day word after an acronym is a title; "the people of tomorrow" is generic
  if (g.word && /^\p{Lu}/u.test(g.word) && /\b[A-Z]{2,}\s+$/.test(ctx.before)) return null;
  if (g.word && lang.cues.genericDayWord.test(g.word) && !g.pod && lang.cues.ofBefore.test(ctx.before)) return null;
  if (!ref) return { type: pod ? 'TIME' : 'DATE', value: null, reason: NO_REF };
  const w = (g.word ?? g.prefix ?? '').toLowerCase().replace(/\s+/g, ' ');
  const off = lang.lex.dayWords[w] ?? 0;
  return dayValue(addDays(ref, off), lang.lex.dayWordPod[w] ?? pod);
}

export function resolveRelativeDay(g: G, ctx: Ctx): Resolved | null {
  const { lang } = ctx;
  const phrase = g.phrase!.toLowerCase().replace(/\s+/g, ' ');
  let off = lang.lex.relativeDays[phrase];
  if (off === undefined) return null;
  // "the day before the vote" counts from an event (taken to be the day the text is about). After a date and a
  // comma it is an apposition naming that very day ("Oct. 12, the day before the crash"); before another date
  // ("the day before last Tuesday's hearing") or a verb ("later in the day before returning") it is no such day.
  if (lang.cues.openRelativeDay.test(phrase) && /^\s+[a-z0-9]/i.test(ctx.after)) {
    if (lang.cues.relativeDayBlockAfter.test(ctx.after)) return null;
    if (/\d,\s*$/.test(ctx.before)) off = 0;
  }
  const base = ctx.anchor?.day ?? ctx.ref;
  const pod = podCode(lang, lang.cues.partOfDayAtEnd.exec(g.phrase!)?.[1]);
  if (!base) return { type: pod ? 'TIME' : 'DATE', value: null, reason: 'relative to an unstated day and no reference date' };
  return { ...dayValue(addDays(base, off), pod), anaphoric: !!ctx.anchor?.day };
}

export function resolveDayNextTo(g: G, ctx: Ctx): Resolved | null {
  // "the day before last Tuesday('s hearing)": the day next to the weekday it names
  const day = resolveWeekday({ ...g, pod: undefined }, ctx);
  const d = day?.value ? parseDay(day.value) : null;
  const step = directionOf(ctx.lang, g.dir) === 'BEFORE' ? -1 : 1;
  return day && d ? { type: 'DATE', value: fmtDay(addDays(d, step)) } : day;
}

export function resolvePodAlone(g: G, ctx: Ctx): Resolved | null {
  // "in the morning", "at midday", "by mid-afternoon": that part of the day the text is about (else the reference date)
  const pod = podCode(ctx.lang, g.pod ?? g.pod2);
  if (!pod) return null;
  const base = ctx.anchor?.day ?? ctx.ref;
  if (!base) return { type: 'TIME', value: null, reason: 'part of an unstated day and no reference date' };
  return { ...dayValue(base, pod), mod: modOf(ctx.lang, g.mod), anaphoric: !!ctx.anchor?.day };
}

export function resolveClockPod(g: G, ctx: Ctx): Resolved | null {
  // "4 in the morning", "10 at night": a clock hour placed in the day by the part of day
  let h = Number(g.h);
  if ((g.pod && podCode(ctx.lang, g.pod) !== 'MO') || (g.night && h >= 6)) h = h === 12 ? 12 : h + 12;
  else if (h === 12) h = 0;
  const base = ctx.anchor?.day ?? ctx.ref;
  if (!base) return { type: 'TIME', value: null, reason: 'clock time of an unstated day and no reference date' };
  return { type: 'TIME', value: `${fmtDay(base)}T${pad(h)}:${g.min ?? '00'}`, anaphoric: !!ctx.anchor?.day };
}

/**
 * "1800 GMT", "0600 local time", "1800 GMT Saturday": a 24-hour clock time with its zone (the zone is not converted:
 * the day and hour are those the text states), on the weekday it names, else on the day the text is about. In
 * parentheses after another clock time it restates that one in another zone and is left out.
 */
export function resolveClock(g: G, ctx: Ctx): Resolved | null {
  if (ctx.lang.cues.clockRestatedBefore.test(ctx.before)) return null; // "10:35 a.m. (0735 GMT)": the same instant again
  let base = ctx.anchor?.day ?? ctx.ref;
  let anaphoric = !!ctx.anchor?.day;
  if (g.weekday) {
    const day = resolveWeekday({ weekday: g.weekday, rel: g.rel }, ctx);
    if (!day) return null;
    base = day.value ? parseDay(day.value) : null;
    anaphoric = false;
  }
  if (!base) return { type: 'TIME', value: null, reason: 'clock time of an unstated day and no reference date' };
  return { type: 'TIME', value: `${fmtDay(base)}T${pad(Number(g.h))}:${g.min ?? '00'}`, anaphoric };
}

export function resolveWeekend(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const rel = relationOf(ctx.lang, g.rel);
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
  let sat: YMD;
  const wd = weekday(ref);
  if (rel === 'NEXT' || (ctx.tense === 'future' && !isBack(rel))) sat = wd === 6 ? ref : nextWeekday(ref, 6, true);
  else if (rel === 'THIS') sat = addDays(ref, 6 - wd);
  else if (isBack(rel)) sat = wd >= 6 ? addDays(lastWeekday(ref, 6, false), -7) : lastWeekday(ref, 6, false);
  else sat = lastWeekday(ref, 6, false);
  return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, mod: modOf(ctx.lang, g.mod) };
}

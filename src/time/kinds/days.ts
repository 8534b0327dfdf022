// Rule kinds that name a day or a part of one: weekdays, day words ("yesterday"), days counted from the day the text
// is about ("the next day"), parts of the day, clock hours with a part of day, weekends.
import { LEX, expand, weekdayNumber } from '../lexicon.js';
import { type YMD, addDays, fmtDay, fmtWeek, pad, parseDay, weekday } from '../dates.js';
import type { Tense } from '../tense.js';
import { type Ctx, type G, type Resolved, NO_REF, isDeadlinePrep, modOf, podCode } from './context.js';

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

export function resolveWeekday(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
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

export function resolveDayWord(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const pod = podCode(g.pod);
  // "USA Today", "VOA Today": a capitalised day word after an acronym is a title; "the people of tomorrow" is generic
  if (g.word && /^[A-Z]/.test(g.word) && /\b[A-Z]{2,}\s+$/.test(ctx.before)) return null;
  if (g.word && /^tomorrow$/i.test(g.word) && !g.pod && /\bof\s+$/i.test(ctx.before)) return null;
  if (!ref) return { type: pod ? 'TIME' : 'DATE', value: null, reason: NO_REF };
  let off = 0;
  const w = (g.word ?? g.prefix ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w in LEX.dayWords) off = LEX.dayWords[w]!;
  else if (w === 'last') off = -1; // "last night"
  const tonight = w === 'tonight';
  return dayValue(addDays(ref, off), tonight ? 'NI' : pod);
}

const RELATIVE_DAY_BLOCK = new RegExp(`^\\s+(?:\\w+ing\\b|(?:${expand('{MONTH}|{WEEKDAY}|last|next|this|yesterday|today|tomorrow')})\\b)`, 'i');

export function resolveRelativeDay(g: G, ctx: Ctx): Resolved | null {
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
  const base = ctx.anchor?.day ?? ctx.ref;
  const pod = podCode(/(morning|afternoon|evening|night)$/i.exec(g.phrase!)?.[1]);
  if (!base) return { type: pod ? 'TIME' : 'DATE', value: null, reason: 'relative to an unstated day and no reference date' };
  return { ...dayValue(addDays(base, off), pod), anaphoric: !!ctx.anchor?.day };
}

export function resolveDayNextTo(g: G, ctx: Ctx): Resolved | null {
  // "the day before last Tuesday('s hearing)": the day next to the weekday it names
  const day = resolveWeekday({ ...g, pod: undefined }, ctx);
  const d = day?.value ? parseDay(day.value) : null;
  return day && d ? { type: 'DATE', value: fmtDay(addDays(d, g.dir!.toLowerCase() === 'before' ? -1 : 1)) } : day;
}

export function resolvePodAlone(g: G, ctx: Ctx): Resolved | null {
  // "in the morning", "at midday", "by mid-afternoon": that part of the day the text is about (else the reference date)
  const pod = podCode(g.pod ?? g.pod2);
  if (!pod) return null;
  const base = ctx.anchor?.day ?? ctx.ref;
  if (!base) return { type: 'TIME', value: null, reason: 'part of an unstated day and no reference date' };
  return { ...dayValue(base, pod), mod: modOf(g.mod), anaphoric: !!ctx.anchor?.day };
}

export function resolveClockPod(g: G, ctx: Ctx): Resolved | null {
  // "4 in the morning", "10 at night": a clock hour placed in the day by the part of day
  let h = Number(g.h);
  if ((g.pod && !/morning/i.test(g.pod)) || (g.night && h >= 6)) h = h === 12 ? 12 : h + 12;
  else if (h === 12) h = 0;
  const base = ctx.anchor?.day ?? ctx.ref;
  if (!base) return { type: 'TIME', value: null, reason: 'clock time of an unstated day and no reference date' };
  return { type: 'TIME', value: `${fmtDay(base)}T${pad(h)}:${g.min ?? '00'}`, anaphoric: !!ctx.anchor?.day };
}

export function resolveWeekend(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const future = ctx.tense === 'future';
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

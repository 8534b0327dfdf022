// Rule kinds that name a calendar date or period: numeric and ISO dates, month names with or without day and year,
// years, decades, centuries, half-years, seasons and holidays.
import { type Relation, isName, monthNumber, parseNumber, relationOf, spelledYear, weekdayNumber } from '../lexicon.js';
import {
  type YMD, addDays, cmp, dayDiff, daysInMonth, fmtDay, fmtMonth, fmtWeek, pad, parseDay, validDay, weekday,
} from '../dates.js';
import { type Ctx, type G, type Resolved, NO_REF, checkMonthWord, isDeadlinePrep, isPartOfName, isTemporalPrep, modOf, opensSentence, twoDigitYear } from './context.js';
import { isBack, lastWeekday, nextWeekday } from './days.js';

// A yearless date takes the reading closest to the reference date; the tense of the clause overrides it only when that
// reading is more than about a quarter away (TBAQ: the closest reading is right for 94% of yearless dates).
const MONTHDAY_TENSE_DAYS = 90;
// A bare month in a clause with no tense marker ("when the case is heard in May") names the coming one when that is
// at most this many months ahead; farther ahead, the news default (the last one) holds.
const SOON_MONTHS = 2;

export function resolveNumDate(g: G, ctx: Ctx): Resolved | null {
  const a = Number(g.a), b = Number(g.b);
  const y = g.y!.length === 2 ? twoDigitYear(g.y!) : Number(g.y);
  if (g.y!.length === 2 && g.sep !== '/') return null;
  const valid = (d: number, m: number) => validDay(y, m, d);
  const dm = valid(a, b) ? { y, m: b, d: a } : null; // day first
  const md = valid(b, a) ? { y, m: a, d: b } : null; // month first
  if (!dm && !md) return null;
  if (!dm) return { type: 'DATE', value: fmtDay(md!), absolute: true };
  if (!md || a === b) return { type: 'DATE', value: fmtDay(dm), absolute: true };
  const wd = g.weekday ? weekdayNumber(ctx.lang, g.weekday) : null;
  if (wd) {
    const okDm = weekday(dm) === wd, okMd = weekday(md) === wd;
    if (okDm !== okMd) return { type: 'DATE', value: fmtDay(okDm ? dm : md), absolute: true, reason: 'day-month order from weekday' };
  }
  const order = ctx.lang.lex.numericDates;
  if (ctx.locale) {
    const monthFirst = !!order.monthFirstLocales && new RegExp(order.monthFirstLocales, 'i').test(ctx.locale);
    return { type: 'DATE', value: fmtDay(monthFirst ? md : dm), absolute: true, reason: `day-month order from locale ${ctx.locale}` };
  }
  if (order.order) return { type: 'DATE', value: fmtDay(order.order === 'MDY' ? md : dm), absolute: true };
  const both = `${fmtDay(dm)} (day first) or ${fmtDay(md)} (month first)`;
  if (g.sep === '.') return { type: 'DATE', value: fmtDay(dm), absolute: true, reason: `dotted date read day first; ambiguous: ${both}` };
  if (ctx.ref) {
    const r = ctx.ref;
    const past = [dm, md].filter((c) => cmp(c, r) <= 0).sort((p, q) => -cmp(p, q));
    if (past.length === 1) return { type: 'DATE', value: fmtDay(past[0]!), absolute: true, reason: `the reading not after the reference date; ambiguous: ${both}` };
  }
  return { type: 'DATE', value: fmtDay(dm), absolute: true, reason: `ambiguous day-month order, both readings kept: ${both}; value reads day first` };
}

export function resolveIso(g: G): Resolved | null {
  if (g.d) return { type: 'DATE', value: `${g.y}-${g.m}-${g.d}`, absolute: true };
  return { type: 'DATE', value: `${g.y}-${g.m}`, absolute: true };
}

export function resolveWeekOf(g: G, ctx: Ctx): Resolved | null {
  // "the week of March 6": the (ISO) week that holds the day
  const day = resolveMonthDay(g, ctx);
  const d = day?.value ? parseDay(day.value) : null;
  return day && d ? { type: 'DATE', value: fmtWeek(d), absolute: day.absolute } : day;
}

export function resolveMonthDay(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  const m = monthNumber(ctx.lang, g.month!);
  const day = Number(g.day);
  if (!m || day < 1 || day > 31) return null;
  if (!checkMonthWord(ctx, g.month!, true)) return null;
  const mod = modOf(ctx.lang, g.mod);
  if (g.year) {
    const y = Number(g.year);
    if (day > daysInMonth(y, m)) return null;
    return { type: 'DATE', value: fmtDay({ y, m, d: day }), mod, absolute: true };
  }
  const wd = g.weekday ? weekdayNumber(ctx.lang, g.weekday) : null;
  if (!ref) return { type: 'DATE', value: null, reason: 'year not stated and no reference date' };
  const cands = [ref.y - 1, ref.y, ref.y + 1].filter((y) => day <= daysInMonth(y, m)).map((y) => ({ y, m, d: day }));
  if (!cands.length) return null;
  let pick = cands;
  if (wd) { const w = cands.filter((c) => weekday(c) === wd); if (w.length) pick = w; }
  // "el pasado 20 de agosto", "el próximo 15 de agosto": the reading on that side of the reference date
  const rel = relationOf(ctx.lang, g.rel);
  const side = isBack(rel) ? pick.filter((c) => cmp(c, ref) <= 0) : rel === 'NEXT' ? pick.filter((c) => cmp(c, ref) >= 0) : [];
  if (side.length) pick = side;
  const dist = (c: YMD) => Math.abs(dayDiff(c, ref));
  pick.sort((a, b) => dist(a) - dist(b));
  // The closest reading, unless the tense contradicts it by more than a month ("the year ended March 31").
  const best = pick[0]!;
  if (!wd && !rel && ctx.tense && dist(best) > MONTHDAY_TENSE_DAYS) {
    const side = pick.filter((c) => (ctx.tense === 'future' ? cmp(c, ref) >= 0 : cmp(c, ref) <= 0));
    if (side.length && (ctx.tense === 'future') === (cmp(best, ref) < 0)) pick = side;
  }
  return { type: 'DATE', value: fmtDay(pick[0]!), mod };
}

export function resolveMonthYear(g: G, ctx: Ctx): Resolved | null {
  const m = monthNumber(ctx.lang, g.month!);
  if (!m) return null;
  if (!checkMonthWord(ctx, g.month!, true)) return null;
  const y = g.yearsp ? spelledYear(ctx.lang, g.yearsp) : twoDigitYear(g.year!);
  if (y === null) return null;
  return { type: 'DATE', value: fmtMonth(y, m), mod: modOf(ctx.lang, g.mod), absolute: true };
}

export function resolveMonthRelYear(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  // "January this year", "June last year": the month of the year named relative to the reference date
  const m = monthNumber(ctx.lang, g.month!);
  if (!m || !checkMonthWord(ctx, g.month!, true)) return null;
  const mod = modOf(ctx.lang, g.mod);
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  return { type: 'DATE', value: fmtMonth(ref.y + yearStep(relationOf(ctx.lang, g.rel)), m), mod };
}

export function resolveMonth(g: G, ctx: Ctx): Resolved | null {
  const { ref, lang } = ctx;
  const month = g.month!, lower = month.toLowerCase();
  const m = monthNumber(lang, month);
  if (!m) return null;
  const rel = relationOf(lang, g.rel);
  if (!g.rel && !g.mod && !checkMonthWord(ctx, month, false)) return null;
  // "this march", "next may": a lower-case false friend stays a noun or verb even after a relative word
  if (!isName(lang, month) && lang.lex.monthFalseFriends.includes(lower)) return null;
  if (isPartOfName(ctx, month, !!(g.rel || g.mod))) return null; // "Juan Abril"
  if (!g.rel && !g.mod && lang.lex.monthsNeedPreposition.includes(lower) && !isTemporalPrep(ctx)) return null;
  if (lang.lex.monthAbbreviations.includes(lower)) return null; // a bare abbreviation
  const mod = modOf(lang, g.mod);
  if (!ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  let y: number;
  if (isBack(rel)) y = m < ref.m ? ref.y : ref.y - 1;
  else if (rel === 'NEXT') y = m > ref.m ? ref.y : ref.y + 1;
  else if (rel === 'THIS') y = ref.y;
  else if (m === ref.m) y = ref.y;
  else if (lang.cues.sinceBefore.test(ctx.before)) y = m < ref.m ? ref.y : ref.y - 1; // "since March" looks back
  else if (isDeadlinePrep(ctx)) y = nearestMonthYear(ref, m, 'future'); // "until January", "through August"
  else if (ctx.tense === 'future') y = m > ref.m ? ref.y : ref.y + 1;
  else if (!ctx.tense && (m - ref.m + 12) % 12 <= SOON_MONTHS) y = m > ref.m ? ref.y : ref.y + 1;
  else y = m < ref.m ? ref.y : ref.y - 1;
  return { type: 'DATE', value: fmtMonth(y, m), mod };
}

export function resolveYear(g: G, ctx: Ctx): Resolved | null {
  const { lang } = ctx;
  let y: number;
  if (g.yearsp) {
    const sy = spelledYear(lang, g.yearsp);
    return sy === null ? null : { type: 'DATE', value: pad(sy, 4), absolute: true };
  } else if (g.yearw) {
    const rest = g.yearw.toLowerCase().replace(lang.cues.yearWordsPrefix, '');
    const n = rest ? parseNumber(lang, rest) : 0;
    if (n === null) return null;
    y = (lang.lex.numberPatterns.yearWordsBase ?? 0) + n;
  } else y = twoDigitYear(g.year!);
  if (!g.mod && !lang.cues.fiscalYear.test(ctx.text) && !lang.cues.yearWord.test(ctx.text) && !checkBareYear(y, ctx)) return null;
  return { type: 'DATE', value: pad(y, 4), mod: modOf(lang, g.mod), absolute: true };
}

export function resolveDecade(g: G, ctx: Ctx): Resolved | null {
  const ref = ctx.ref;
  let d: number;
  if (g.decade) d = Number(g.decade);
  else if (g.dec2) d = twoDigitYear(g.dec2);
  else {
    const k = ctx.lang.lex.decadeWords[g.decword!.toLowerCase()]!;
    const century = ref && ref.y >= 2000 + k * 10 ? 2000 : 1900;
    d = century + k * 10;
  }
  const mod = modOf(ctx.lang, g.mod);
  return { type: 'DATE', value: `${Math.floor(d / 10)}X`, mod, absolute: true };
}

export function resolveCentury(g: G, ctx: Ctx): Resolved | null {
  const c = g.cord!.toLowerCase();
  const n = ctx.lang.lex.centuryOrdinals[c] ?? parseInt(c, 10);
  if (!n || n > 30) return null;
  return { type: 'DATE', value: `${pad(n - 1)}XX`, absolute: true };
}

export function resolveHalf(g: G, ctx: Ctx): Resolved | null {
  const { ref, lang } = ctx;
  const hw = g.h!.toLowerCase();
  const h = lang.lex.halves[hw] ?? 2;
  let y: number | null = g.year ? Number(g.year) : null;
  if (y === null && lang.lex.halvesNeedYear.includes(hw) && !lang.cues.yearWord.test(ctx.text)) return null; // "the last half of the '80s"
  if (y === null) {
    if (!lang.cues.halfOfYear.test(ctx.text) && !lang.cues.definiteStart.test(ctx.text)) return null;
    if (!ref) return { type: 'DATE', value: null, reason: NO_REF };
    y = ref.y + yearStep(relationOf(lang, g.rel));
  }
  return { type: 'DATE', value: `${y}-H${h}`, absolute: !!g.year };
}

/** The year a relation word shifts to: "last year" -1, "next year" +1, "this year" 0. */
export const yearStep = (rel: Relation | undefined): number => (rel === 'LAST' ? -1 : rel === 'NEXT' ? 1 : 0);

/** The year of the reading of month m nearest to the reference date; a tie (six months either way) goes to `tie`. */
function nearestMonthYear(ref: YMD, m: number, tie: 'future' | 'past'): number {
  const ahead = (m - ref.m + 12) % 12, behind = (ref.m - m + 12) % 12;
  const fut = ahead < behind || (ahead === behind && tie === 'future');
  return fut ? (m > ref.m ? ref.y : ref.y + 1) : (m < ref.m ? ref.y : ref.y - 1);
}

function checkBareYear(y: number, ctx: Ctx): boolean {
  const { cues } = ctx.lang;
  if ((y < 1900 || y > 2099) && !isTemporalPrep(ctx)) return false;
  if (cues.yearBlockedBefore.test(ctx.before)) return false;
  // ("Mirage 2000 fighter jets", "Vision 2030"): a number right after a capitalised word that is no time word and does
  // not open the sentence is part of a name
  const prev = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(ctx.before);
  if (prev && !opensSentence(ctx.before.slice(0, prev.index)) && !isTimeWord(ctx, prev[1]!.toLowerCase())) return false;
  // a clock time ("1800 GMT", "2100 hours") or a count ("1900 of them") is no year
  if (cues.clockAfter.test(ctx.after) || cues.countOfAfter.test(ctx.after)) return false;
  if (/[$£€#]\s*$/.test(ctx.before) || /\d[\s,.]*$/.test(ctx.before)) return false;
  // "2000 people", "1500 soldiers": a plural noun after the number makes it a count, unless a determiner makes the
  // number a modifier ("the 1992 protests", "the 2000 Olympics": a count after "the" is written with a comma)
  if (cues.pluralNounAfter.test(ctx.after) && !cues.determinerBefore.test(ctx.before)) return false;
  return !cues.quantityUnitAfter.test(ctx.after);
}

/** A word of time (month, weekday, season, holiday), a temporal preposition or a function word of the language. */
function isTimeWord(ctx: Ctx, w: string): boolean {
  const lex = ctx.lang.lex;
  return w in lex.months || w in lex.weekdays || w in lex.seasons || lex.temporalPrepositions.includes(w) || lex.functionWords.includes(w) || lex.yearBlockers.previous.includes(w);
}

function seasonIndex(d: YMD): { y: number; s: number } {
  // 0 SP (Mar–May), 1 SU, 2 FA, 3 WI (Dec–Feb, counted in the year of its December)
  if (d.m === 12) return { y: d.y, s: 3 };
  if (d.m <= 2) return { y: d.y - 1, s: 3 };
  return { y: d.y, s: Math.floor((d.m - 3) / 3) };
}

export function resolveSeason(g: G, ctx: Ctx): Resolved | null {
  const { lang } = ctx;
  const sw = g.season!.toLowerCase();
  const code = lang.lex.seasons[sw];
  if (!code) return null;
  const rel = relationOf(lang, g.rel);
  const mod = modOf(lang, g.mod);
  const year = g.yearsp ? spelledYear(lang, g.yearsp) : g.year ? Number(g.year) : null;
  if (year !== null) return { type: 'DATE', value: `${pad(year, 4)}-${code}`, mod, absolute: true };
  if (!g.rel && !g.mod) {
    if (!isTemporalPrep(ctx)) return null;
    if (lang.lex.seasonFalseFriends.includes(sw) && !lang.cues.seasonWordBefore.test(ctx.before)) return null;
  }
  if (rel === 'DEFINITE' && lang.cues.ofNotYearAfter.test(ctx.after)) return null; // "the fall of the regime"
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF, mod };
  const order = ['SP', 'SU', 'FA', 'WI'];
  const target = order.indexOf(code);
  const cur = seasonIndex(ctx.ref);
  const curK = cur.y * 4 + cur.s;
  const past = (() => { let k = curK; while (((k % 4) + 4) % 4 !== target) k--; return k; })();
  const next = (() => { let k = curK; while (((k % 4) + 4) % 4 !== target) k++; return k; })();
  let k: number;
  if (isBack(rel)) k = past === curK ? past - 4 : past;
  else if (rel === 'NEXT') k = next === curK ? next + 4 : next;
  else if (rel === 'THIS') k = ctx.ref.y * 4 + target - (target === 3 && ctx.ref.m <= 2 ? 4 : 0);
  else k = ctx.tense === 'future' ? next : past;
  const y = Math.floor(k / 4);
  return { type: 'DATE', value: `${y}-${code}`, mod };
}

function holidayDate(holidays: Record<string, string>, key: string, y: number): YMD | null {
  const spec = holidays[key];
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

export function resolveHoliday(g: G, ctx: Ctx): Resolved | null {
  const holidays = ctx.lang.patterns.holidays;
  const key = g.holiday!.toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");
  if (!/^\p{Lu}/u.test(g.holiday!)) return null;
  // "Easter week": the (ISO) week that holds Easter Sunday
  const fmt = holidays[key] === 'easter week' ? fmtWeek : fmtDay;
  if (g.year) { const d = holidayDate(holidays, key, Number(g.year)); return d ? { type: 'DATE', value: fmt(d), absolute: true } : null; }
  if (!ctx.ref) return { type: 'DATE', value: null, reason: NO_REF };
  const r = ctx.ref;
  const rel = relationOf(ctx.lang, g.rel);
  const thisY = holidayDate(holidays, key, r.y);
  if (!thisY) return null;
  if (fmt === fmtWeek && fmtWeek(thisY) === fmtWeek(r)) return { type: 'DATE', value: fmtWeek(r) }; // the week it is
  let d: YMD;
  const fut = rel === 'NEXT' || (rel !== 'LAST' && ctx.tense === 'future');
  if (fut) d = cmp(thisY, r) > 0 ? thisY : holidayDate(holidays, key, r.y + 1)!;
  else if (rel === 'THIS') d = thisY;
  else d = cmp(thisY, r) <= 0 && rel !== 'LAST' ? thisY : cmp(thisY, r) < 0 ? thisY : holidayDate(holidays, key, r.y - 1)!;
  return { type: 'DATE', value: fmt(d) };
}

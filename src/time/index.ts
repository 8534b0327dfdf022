// Time stage: finds temporal expressions in news text and resolves them against a reference date (publication date).
// The text's language (opts.lang, ISO 639-1) selects its resources in data/time/<lang>/: chrono-node's parser of that
// language reads explicit calendar dates and clock times; the language's rules (patterns.json, resolved by the rule
// kinds of resolve.ts) cover what chrono misses or gets wrong in news: past preference for bare weekdays and months,
// tense, years, decades, quarters, fuzzy parts ("late 2023"), weekends, vague references, durations and sets.
import type * as chrono from 'chrono-node';
import type { Precision, TimeExpression } from '../types.js';
import { type Language, languageFor } from './language.js';
import { type Anchor, type Resolved, resolveRule, weekdayDate } from './resolve.js';
import { tenseAt } from './tense.js';
import { type YMD, dayDiff, fmtDay, intervalOf, narrow, parseDay, pad } from './dates.js';

export { intervalOf, narrow } from './dates.js';
export { timeLanguages } from './language.js';
export { tenseAt } from './tense.js';

export interface TimeOptions {
  /** Language of the text, an ISO 639-1 code ("en", "es"; as detected upstream by eld). Its rules and words are read
   *  from data/time/<lang>/; a language without time data, or none given, is read as English. */
  lang?: string | null;
  /** BCP 47 locale of the source (decides day–month order of numeric dates: en-US month first, else day first). */
  locale?: string;
  /** Use the tense of the clause to send bare weekdays/months to the future (default true). */
  tense?: boolean;
  /** Name on each expression the rule that found it (`rule`: a patterns.json id or "chrono"), for error analysis. */
  trace?: boolean;
  /** The date the text before this one last resolved to (YYYY-MM-DD, YYYY-MM or YYYY; see findTimeExpressionsAnchored):
   *  the discourse anchor that the first relative expression counts from ("Two days later, …"). */
  anchor?: string | null;
}

/**
 * What the text has said so far: the reference date, the last resolved date (anchor), the quarter a results report is
 * about (the last one named that had ended by the reference date) and the expression just before in the same sentence.
 */
interface Discourse { ref: YMD | null; anchor: Anchor | null; quarter: string | null; sentencePrev?: string | null }

interface Candidate {
  start: number;
  end: number;
  priority: number;
  resolve: (ctx: Discourse & { tense: ReturnType<typeof tenseAt> }) => Resolved | null;
  source: string;
}

const TRIM_END = /[\s,.;:()\-–—]+$/;

/** Trims trailing punctuation, keeping the period of an abbreviation ("a.m."). */
function trimEnd(lang: Language, s: string): string {
  const t = s.replace(TRIM_END, '');
  if (lang.cues.abbreviationEnd.test(t) && s.slice(t.length).startsWith('.')) return t + '.';
  return t;
}

/**
 * The named groups of a match, where a group named `name_N` stands for `name` when it matched (the higher N, the later
 * in the pattern, wins): a word may stand before or after what it modifies ("el pasado sábado", "el sábado pasado").
 */
function mergeGroups(groups: Record<string, string | undefined> | undefined): Record<string, string | undefined> {
  const out = { ...(groups ?? {}) };
  const alternates = Object.keys(out).filter((k) => /_\d+$/.test(k) && out[k] !== undefined).sort((a, b) => Number(a.split('_').pop()) - Number(b.split('_').pop()));
  for (const k of alternates) out[k.replace(/_\d+$/, '')] = out[k];
  return out;
}

function ruleCandidates(lang: Language, text: string, opts: TimeOptions): Candidate[] {
  const out: Candidate[] = [];
  const { cues } = lang;
  for (const rule of lang.rules) {
    rule.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.regex.exec(text))) {
      if (m[0].length === 0) { rule.regex.lastIndex++; continue; }
      let s = m.index, e = m.index + m[0].length;
      const raw = m[0];
      const trimmed = trimEnd(lang, raw).replace(cues.possessiveEnd, '');
      // keep a closing parenthesis when the match opened one ("Saturday (03.05.2022)")
      if (trimmed.includes('(') && raw.slice(trimmed.length).includes(')')) e = s + raw.indexOf(')', trimmed.length) + 1;
      else e = s + trimmed.length;
      const lead = /^\s+/.exec(raw);
      if (lead) s += lead[0].length;
      if (e <= s) continue;
      const groups = mergeGroups(m.groups);
      const kind = rule.kind;
      // "the two-year plan": a hyphenated duration adjective does not take the article into its extent
      // (nor "a": "a day-long strike" → "day-long", one day)
      if (kind === 'duration' && !groups.qual && /\w-\w/.test(text.slice(s, e))) s += cues.articleBeforeHyphenated.exec(text.slice(s, e))?.[0].length ?? 0;
      // "the third-quarter loss", "that fourth-quarter charge": the determiner belongs to the noun the quarter modifies
      else if (kind === 'quarter' && cues.hyphenQuarterEnd.test(text.slice(s, e))) s += cues.determinerStart.exec(text.slice(s, e))?.[0].length ?? 0;
      const matchText = text.slice(s, e);
      out.push({
        start: s, end: e, priority: rule.priority, source: rule.id,
        resolve: (c) => resolveRule(kind, groups, {
          lang, ref: c.ref, tense: c.tense, locale: opts.locale, anchor: c.anchor, quarter: c.quarter, sentencePrev: c.sentencePrev, text: matchText,
          after: text.slice(e, e + 40), before: text.slice(Math.max(0, s - 40), s),
        }),
      });
    }
  }
  return out;
}

/** chrono-node results that name an explicit calendar day or clock time. Everything else is left to the rules. */
function chronoCandidates(lang: Language, text: string, refInstant: Date): Candidate[] {
  const { cues } = lang;
  const out: Candidate[] = [];
  // every result kept below has a digit in its text: a text without one spares the parser
  if (!/\d/.test(text)) return out;
  let results: chrono.ParsedResult[];
  try {
    results = lang.chrono.parse(text, { instant: refInstant, timezone: 0 });
  } catch {
    // chrono failing on a text has found nothing in it (the caller's rules still run)
    return out;
  }
  for (const r of results) {
    const st = r.start;
    // Ranges ("Aug. 26 to Oct. 20") are left to the rules, which tag each end; chrono results need a digit
    // (words like "now" or "two weeks" are the rules' business) and bare fractions ("7/8") are not dates.
    if (r.end || !/\d/.test(r.text) || /^\s*(?:\d+\s+)?\d{1,2}\/\d{1,2}\s*$/.test(r.text) || /^\s*%/.test(text.slice(r.index + r.text.length))) continue;
    // counted units ("90 days after the issue") are the rules' business: durations or offsets, not chrono's dates
    if (cues.chronoUnitWord.test(r.text) && !cues.chronoMonthOrWeekday.test(r.text)) continue;
    const hasDay = st.isCertain('day') && st.isCertain('month');
    const hasClock = st.isCertain('hour') && cues.chronoClock.test(r.text);
    if (!hasDay && !hasClock) continue;
    let raw = r.text;
    const lead = cues.chronoLead.exec(raw)?.[0].length ?? 0;
    // "after Jan. 1, 1990 at 1,015 francs": an hour chrono read from a number is no clock time, and not in the extent
    const trimmed = trimEnd(lang, hasClock ? raw : raw.replace(cues.chronoBareHourEnd, '')).slice(lead);
    // a determiner chrono leaves out belongs to the expression where the language's TimeML includes it ("el 5 de marzo")
    const det = lead ? 0 : cues.chronoDeterminerBefore.exec(text.slice(Math.max(0, r.index - 8), r.index))?.[0].length ?? 0;
    const s = r.index + lead - det;
    const e = s + det + trimmed.length;
    raw = trimmed;
    if (!raw) continue;
    const year = st.isCertain('year') ? st.get('year') : null;
    const month = st.isCertain('month') ? st.get('month') : null;
    const day = st.isCertain('day') ? st.get('day') : null;
    const hour = hasClock ? st.get('hour') : null;
    const minute = hasClock ? st.get('minute') ?? 0 : null;
    const weekdayKnown = st.isCertain('weekday');
    // "until 9 a.m. Tuesday": a deadline lies ahead, whatever the tense of the clause ("extended its deadline until …"),
    // unless the past perfect puts it behind ("had been set until 9 a.m. Tuesday")
    const lead0 = r.index + (r.text.length - r.text.trimStart().length);
    const deadlineBefore = cues.chronoDeadlineBefore.test(text.slice(Math.max(0, r.index - 20), lead0))
      && !cues.pluperfect.test(text.slice(Math.max(0, r.index - 40), r.index + r.text.length + 40));
    const weekdayNum = ((st.get('weekday') ?? 0) + 6) % 7 + 1; // chrono: 0 = Sunday; ISO: 7 = Sunday
    out.push({
      start: s, end: e, priority: hasDay ? 6 : 5, source: 'chrono',
      resolve: ({ ref, tense, anchor }) => {
        let d: YMD | null = null;
        if (day !== null && month !== null) {
          if (year !== null) d = { y: year, m: month, d: day };
          else if (ref) {
            const cands = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m: month, d: day }));
            const dist = (c: YMD) => Math.abs(dayDiff(c, ref));
            d = cands.sort((a, b) => dist(a) - dist(b))[0]!;
          }
        } else if (ref && !weekdayKnown) d = anchor?.day ?? ref; // "at 10 p.m.": on the day the text is about
        else if (ref && weekdayKnown) d = weekdayDate(ref, weekdayNum, undefined, deadlineBefore ? 'future' : tense); // "until 9 a.m. Tuesday"
        if (!d || !parseDay(fmtDay(d))) {
          return { type: hasClock ? 'TIME' : 'DATE', value: null, reason: ref ? 'date not resolvable' : 'year not stated and no reference date' };
        }
        if (hour !== null) return { type: 'TIME', value: `${fmtDay(d)}T${pad(hour)}:${pad(minute ?? 0)}`, absolute: year !== null };
        return { type: 'DATE', value: fmtDay(d), absolute: year !== null };
      },
    });
  }
  return out;
}

/** A quarter (YYYY-Qn) that had ended by the reference date: one a results report can be about. */
function isReportQuarter(value: string, ref: YMD | null): boolean {
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  return !!m && (!ref || Number(m[1]) * 4 + Number(m[2]) < ref.y * 4 + Math.ceil(ref.m / 3));
}

function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Length of the approximator right before an expression (0 when there is none). TimeML keeps an approximator in the
 * extent of the expression it qualifies (mod APPROX, LESS_THAN, …): "around Nov. 1", "nearly two years", "about two
 * years ago"; the ones that are also prepositions ("about", "some", "up to") only before a count (`count`: a duration
 * or an offset).
 */
function approximatorBefore(lang: Language, before: string, count: boolean): number {
  return (count ? lang.approximators.count : lang.approximators.any).exec(before.slice(-30))?.[1]?.length ?? 0;
}

/** A time expression, with the rule that found it when `trace` is set. */
export type TracedTimeExpression = TimeExpression & { rule?: string };

function precisionOf(value: string | null): Precision | null {
  return intervalOf(value)?.precision ?? null;
}

/**
 * Finds the temporal expressions in `text` and resolves them against `ref` (YYYY-MM-DD or ISO date-time; null = unknown:
 * absolute expressions still resolve, relative ones get value null and a reason).
 */
export function findTimeExpressions(text: string, ref: string | null, opts: TimeOptions = {}): TracedTimeExpression[] {
  return findTimeExpressionsAnchored(text, ref, opts).expressions;
}

/** The discourse anchor a date value stands for (a day, month, quarter or year; weeks, decades, centuries anchor nothing). */
function anchorOfValue(value: string): Anchor | null {
  const iv = intervalOf(value);
  if (!iv || iv.precision === 'week' || iv.precision === 'decade' || iv.precision === 'century') return null;
  return { value: value.slice(0, iv.precision === 'day' ? 10 : value.length), precision: iv.precision, day: iv.precision === 'day' ? parseDay(iv.start)! : undefined };
}

/**
 * findTimeExpressions for one piece of a longer text read piece by piece (the sentences of a paragraph): `opts.anchor`
 * is what the pieces before left, and `anchor` is what this one leaves for the next (its last expression that is not
 * itself counted from another one, else the seed).
 */
export function findTimeExpressionsAnchored(text: string, ref: string | null, opts: TimeOptions = {}): { expressions: TracedTimeExpression[]; anchor: string | null } {
  const lang = languageFor(opts.lang);
  const refDay = ref ? parseDay(ref) : null;
  const useTense = opts.tense !== false;
  const cands = [...ruleCandidates(lang, text, opts), ...chronoCandidates(lang, text, refDay ? new Date(Date.UTC(refDay.y, refDay.m - 1, refDay.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12)))];
  const out: TracedTimeExpression[] = [];
  // Drop candidates their rule rejects in context (resolution without anchor decides validity), then take the
  // longest non-overlapping ones and resolve them in text order, each one the anchor of the next.
  const valid = cands.filter((c) => c.resolve({ ref: refDay, anchor: null, quarter: null, tense: null }) !== null);
  let anchor: Anchor | null = opts.anchor ? anchorOfValue(opts.anchor) : null;
  let quarter: string | null = null;
  let prev: { end: number; value: string | null } | null = null;
  for (const c of select(valid)) {
    const tense = useTense ? tenseAt(text, c.start, c.end, lang) : null;
    // the value of the expression just before in the same sentence (of any type: "the first nine months")
    const sentencePrev = prev && !/[.!?]["'”’]*\s|\n/.test(text.slice(prev.end, c.start)) ? prev.value : null;
    const r = c.resolve({ ref: refDay, anchor, quarter, sentencePrev, tense });
    if (!r) continue;
    // the quarter a report is about (one that has ended by the reference date) stays the reference of "the quarter",
    // "the year-ago period" until another is named; forecasts ("the third quarter of 1990") do not replace it
    if (r.value && !r.anaphoric && isReportQuarter(r.value, refDay) && (!quarter || r.value > quarter || lang.cues.fiscalWord.test(text.slice(c.start, c.end)))) quarter = r.value;
    if (r.value && !r.anaphoric && r.type !== 'DURATION' && r.type !== 'SET') anchor = anchorOfValue(r.value) ?? anchor;
    const iv = r.interval ?? intervalOf(r.value);
    const narrowed = iv ? narrow({ start: iv.start, end: iv.end }, r.mod, iv.precision) : null;
    const interval = narrowed ? { start: narrowed.start, end: narrowed.end } : null;
    // a possessive date is the determiner of a noun ("get around Wednesday's ruling"): no approximator qualifies it
    const possessive = lang.cues.possessiveAfter.test(text.slice(c.end, c.end + 3));
    const start = r.type === 'SET' || possessive ? c.start : c.start - approximatorBefore(lang, text.slice(prev?.end ?? 0, c.start), r.type === 'DURATION' || lang.cues.agoEnd.test(text.slice(c.start, c.end)));
    const e: TracedTimeExpression = {
      text: text.slice(start, c.end), start, end: c.end, type: r.type, value: r.value,
      interval, precision: narrowed?.precision ?? precisionOf(r.value),
    };
    if (r.anchored) e.anchored = true;
    if (opts.trace) e.rule = c.source;
    if (r.reason) e.reason = r.reason;
    else if (r.value === null) e.reason = 'not resolvable';
    out.push(e);
    prev = { end: c.end, value: r.value };
  }
  return { expressions: out, anchor: anchor?.value ?? null };
}

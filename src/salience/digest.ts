// The digest: per week or month, the key events (by salience) with one readable sentence each and numbered
// citations, as a Markdown brief or JSON.
import type { StoryEvent } from '../types.js';
import { contractEvent, dayNumber, formatEventDate } from '../merge/index.js';
import { readData } from '../util/data.js';
import { keyMoments } from './select.js';
import type { Citation, Salience } from './score.js';

export type DigestBy = 'week' | 'month';

export interface DigestOptions {
  by?: DigestBy;
  /** Key events per period (default 3). */
  top?: number;
  /** Events per day at most (default 1). */
  perDay?: number;
  /** Lowest salience kept (default 0). */
  min?: number;
}

export interface DigestEntry {
  event: StoryEvent;
  score: Salience;
  /** The event's summary as one readable sentence. */
  sentence: string;
  /** Numbers of its sources in the digest's source list. */
  cites: number[];
}

export interface DigestPeriod {
  /** 2011-W05 (ISO week) or 2011-02. */
  period: string;
  start: string;
  end: string;
  entries: DigestEntry[];
  /** Dated events of the period that could have been chosen. */
  candidates: number;
}

export interface Digest {
  by: DigestBy;
  periods: DigestPeriod[];
  sources: (Citation & { n: number })[];
}

const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The ISO week (Monday to Sunday; 2011-W05) or the month of a day, with its first and last day. */
export function periodOf(day: string, by: DigestBy): { key: string; start: string; end: string } {
  if (by === 'month') {
    const y = Number(day.slice(0, 4)), m = Number(day.slice(5, 7));
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { key: day.slice(0, 7), start: `${day.slice(0, 7)}-01`, end: `${day.slice(0, 7)}-${String(last).padStart(2, '0')}` };
  }
  const n = dayNumber(day);
  const weekday = (new Date(n * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
  const monday = n - weekday;
  const thursday = monday + 3; // the ISO week belongs to the year of its Thursday
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, start: iso(monday), end: iso(monday + 6) };
}

interface LeadingRule { pattern: string }
let rules: RegExp[] | null = null;

/** The start-of-sentence patterns of data/salience/digest.json. */
export function digestRules(): RegExp[] {
  return (rules ??= readData<{ leading: LeadingRule[] }>('salience/digest.json').leading.map((r) => new RegExp(r.pattern, 'u')));
}

/** A summary sentence without page furniture at its start (datelines, update stamps, speaker labels), on one line. */
export function readableSentence(summary: string, leading: RegExp[] = digestRules()): string {
  let s = summary.replace(/\s+/g, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of leading) {
      const m = re.exec(s);
      if (m && m[0].length && m[0].length < s.length) {
        s = s.slice(m[0].length).trim();
        changed = true;
      }
    }
  }
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Per period, the `top` key events by salience (dated within the period), periods and events in date order. */
export function buildDigest(events: readonly StoryEvent[], scores: Map<string, Salience>, opts: DigestOptions = {}): Digest {
  const by = opts.by ?? 'week';
  const groups = new Map<string, { start: string; end: string; events: StoryEvent[] }>();
  for (const e of events) {
    if (!e.date) continue;
    const p = periodOf(e.date.start, by);
    if (e.date.end > p.end) continue; // a date coarser than the period is no moment of it
    const g = groups.get(p.key) ?? { start: p.start, end: p.end, events: [] };
    g.events.push(e);
    groups.set(p.key, g);
  }
  const sources = new Map<string, Citation & { n: number }>();
  const periods: DigestPeriod[] = [];
  for (const [key, g] of [...groups].sort((x, y) => (x[1].start < y[1].start ? -1 : 1))) {
    const chosen = keyMoments(g.events, scores, { top: opts.top ?? 3, perDay: opts.perDay ?? 1, min: opts.min ?? 0 });
    if (!chosen.length) continue;
    const entries = chosen.map((event) => {
      const score = scores.get(event.id)!;
      const cites = score.citations.map((c) => {
        let s = sources.get(c.articleId);
        if (!s) sources.set(c.articleId, (s = { ...c, n: sources.size + 1 }));
        return s.n;
      });
      return { event, score, sentence: readableSentence(event.summary), cites };
    });
    periods.push({ period: key, start: g.start, end: g.end, entries, candidates: g.events.length });
  }
  return { by, periods, sources: [...sources.values()] };
}

/** The digest as JSON: periods with their events (contract Event shape plus salience, sentence, citations) and the numbered sources. */
export function digestJson(d: Digest) {
  return {
    by: d.by,
    periods: d.periods.map((p) => ({
      period: p.period, start: p.start, end: p.end, candidates: p.candidates,
      events: p.entries.map((x) => ({ ...contractEvent(x.event), salience: x.score.salience, sentence: x.sentence, citations: x.cites })),
    })),
    sources: d.sources.map((s) => ({ n: s.n, articleId: s.articleId, origin: s.origin, url: s.url, published: s.published })),
  };
}

export interface DigestFormat {
  title?: string;
  /** Display name of an actor ("Egypt · police"); the code when absent. */
  label?: (code: string, country: string | null) => string;
  /** Name of a CAMEO code. */
  codeName?: (code: string) => string | null | undefined;
}

/** Markdown-active characters of article text are escaped, so a sentence cannot become a link, markup or HTML. */
export const mdText = (s: string) => s.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');

/** The digest as a Markdown brief: a section per period, one line per key event with numbered citations, then the sources. */
export function formatDigest(d: Digest, f: DigestFormat = {}): string {
  const label = f.label ?? ((c: string) => c);
  const n = d.periods.reduce((s, p) => s + p.entries.length, 0);
  const lines = [`# ${f.title ?? 'Digest'}`, ''];
  if (!n) return [...lines, 'No dated events to report.', ''].join('\n');
  lines.push(`${n} key event${n === 1 ? '' : 's'} in ${d.periods.length} ${d.by}${d.periods.length === 1 ? '' : 's'}, ${d.periods[0]!.start} to ${d.periods[d.periods.length - 1]!.end}, chosen by salience (independent sources, later references, the day's news, event type and actors; see the README).`, '');
  for (const p of d.periods) {
    lines.push(`## ${d.by === 'week' ? `Week ${p.period.slice(6)} of ${p.period.slice(0, 4)}, ${p.start} to ${p.end}` : `${monthName(p.period)}`}`, '');
    for (const x of p.entries) {
      const e = x.event;
      const what = f.codeName?.(e.code);
      lines.push(`- **${formatEventDate(e.date)}**: ${mdText(x.sentence)} ${x.cites.map((c) => `[${c}]`).join('')}`);
      lines.push(`  _${mdText(label(e.source, e.sourceCountry))} → ${mdText(label(e.target, e.targetCountry))}: ${mdText(what ? `${what} (${e.code})` : e.code)}; ${x.score.sources} independent source${x.score.sources === 1 ? '' : 's'}; salience ${x.score.salience.toFixed(2)}_`);
    }
    lines.push('');
  }
  lines.push('## Sources', '');
  for (const s of d.sources) {
    const where = s.url ? `<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : `\`${s.origin.replace(/`/g, "'")}\``;
    lines.push(`${s.n}. ${where}${s.published ? `, published ${s.published.slice(0, 10)}` : ', publication date unknown'}${s.url ? ` (${mdText(s.origin)})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (p: string) => `${MONTHS[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;

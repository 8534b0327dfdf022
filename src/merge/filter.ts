// In-memory event filters with the same meaning as the store's EventFilter (src/store/rows.ts eventWhere).
import type { StoryEvent } from '../types.js';
import type { EventFilter } from '../store/index.js';
import { getDomain } from 'tldts';

/** An actor matches a side when it is a prefix of the side's code ("USA" matches USAGOV) or equals its country. */
export function sideMatches(code: string, country: string | null, actor: string): boolean {
  const a = actor.trim().toUpperCase();
  return code.toUpperCase().startsWith(a) || (country ?? '').toUpperCase() === a;
}

export function matchesFilter(e: StoryEvent, f: EventFilter): boolean {
  if (f.actor && !sideMatches(e.source, e.sourceCountry, f.actor) && !sideMatches(e.target, e.targetCountry, f.actor)) return false;
  if (f.dyad) {
    const [a, b] = f.dyad;
    const ab = sideMatches(e.source, e.sourceCountry, a) && sideMatches(e.target, e.targetCountry, b);
    const ba = sideMatches(e.source, e.sourceCountry, b) && sideMatches(e.target, e.targetCountry, a);
    if (!ab && !ba) return false;
  }
  if (f.from && (!e.date || e.date.end < f.from)) return false;
  if (f.to && (!e.date || e.date.start > f.to)) return false;
  if (f.code && !e.code.startsWith(f.code)) return false;
  if (f.quadClass && e.quadClass !== f.quadClass) return false;
  if (f.outlet && !e.mentions.some((m) => outletOf(m) === f.outlet)) return false;
  if (f.dated !== undefined && !!e.date !== f.dated) return false;
  return true;
}

/** The news source of a piece of evidence: its outlet, else the registrable domain of its URL (events stored before
 *  evidence carried its outlet). */
export function outletOf(m: StoryEvent['mentions'][number]): string | null {
  if (m.outlet) return m.outlet.toLowerCase();
  return m.url ? getDomain(m.url)?.toLowerCase() ?? null : null;
}

export function filterEvents(events: StoryEvent[], filter: EventFilter = {}): StoryEvent[] {
  return events.filter((e) => matchesFilter(e, filter));
}

/**
 * Normalizes a --from/--to bound: YYYY, YYYY-MM or YYYY-MM-DD; a partial `from` starts its period, a partial `to`
 * ends it. Returns null for anything else.
 */
export function normalizeBound(s: string, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? Number(m[3]) : end ? last : 1;
  if (d < 1 || d > last) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Builds an EventFilter from command-line style options; throws an Error naming the bad option. */
export function parseEventFilter(o: { actor?: string; dyad?: string; from?: string; to?: string; code?: string }): EventFilter {
  const f: EventFilter = {};
  if (o.actor !== undefined) {
    if (!/^[A-Za-z]{3}[A-Za-z0-9]*$/.test(o.actor.trim())) throw new Error(`--actor expects an actor code or country such as USA or USAGOV, got "${o.actor}"`);
    f.actor = o.actor.trim().toUpperCase();
  }
  if (o.dyad !== undefined) {
    const parts = o.dyad.split(/[,\s]+/).filter(Boolean).map((s) => s.toUpperCase());
    if (parts.length !== 2 || !parts.every((p) => /^[A-Z]{3}[A-Z0-9]*$/.test(p))) throw new Error(`--dyad expects two actor codes separated by a comma (USA,VEN), got "${o.dyad}"`);
    f.dyad = [parts[0]!, parts[1]!];
  }
  for (const [k, end] of [['from', false], ['to', true]] as const) {
    const v = o[k];
    if (v === undefined) continue;
    const b = normalizeBound(v, end);
    if (!b) throw new Error(`--${k} expects YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
    f[k] = b;
  }
  if (o.code !== undefined) {
    if (!/^\d{2,4}$/.test(o.code.trim())) throw new Error(`--code expects a CAMEO code or prefix such as 04 or 043, got "${o.code}"`);
    f.code = o.code.trim();
  }
  return f;
}

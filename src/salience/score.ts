// Salience of merged events: how much each matters in the corpus, 0 … 1, from evidence the store holds (see
// data/salience/README.md for the formula). Pure: events and their stored mentions in, scores out.
//
// - Independent sources: the articles of a mention are one source with their near-duplicates (duplicateOf), the
//   other articles of their domain, and every article that carries one of their sentences word for word (a wire
//   text); a wire story copied 20 times is one source.
// - Each source of an event counts by when it was published relative to the event's date: as news of the day
//   (fresh), as a later reference back, or as background (long after: recalling an old event does not make it news).
// - Features (each 0 … 1): reports (weighted independent sources, log-scaled against the corpus's most reported
//   event), day (how much of the corpus reports events of the event's day), coverage (how many independent sources
//   publish on the event's day: every stored article when the store's publications are given, coded events or
//   not; else the articles of the mentions), actors (how many sources report on the
//   event's two sides), type (CAMEO root weight), goldstein (|Goldstein| / 10). The weighted sum is multiplied by a
//   factor for the date's precision and, when no source states the date in its text, a factor for a date that is only
//   the publication day. An undated event has salience 0: it cannot be placed as a moment; nor can an event that only
//   background mentions recall (with the background weight at 0, nothing reports it as news).
import type { EventDate, Publication, StoredMention, StoryEvent } from '../types.js';
import { dayNumber } from '../merge/index.js';
import { FEATURES, salienceWeights, type Feature, type SalienceWeights } from './data.js';

/** What the score reads of a stored mention. */
export type Evidence = Pick<StoredMention, 'articleId' | 'origin' | 'url' | 'sentence' | 'published' | 'date' | 'code'> &
  Partial<Pick<StoredMention, 'duplicateOf' | 'source_domain' | 'dateFrom' | 'source' | 'target'>>;

/** One article standing for an independent source (its earliest copy). */
export interface Citation {
  articleId: string;
  origin: string;
  url: string | null;
  published: string | null;
}

export type ReportKind = 'fresh' | 'later' | 'background';

export interface Salience {
  /** 0 … 1, rounded to three decimals. */
  salience: number;
  /** Independent sources reporting the event, and how many of them report it fresh, refer back later, or recall it as background. */
  sources: number;
  fresh: number;
  later: number;
  background: number;
  /** Some source that reports it (fresh or later) states its date in its text (not only its publication day). */
  dateStated: boolean;
  features: Record<Feature, number>;
  /** Precision factor × date-stated factor. */
  factor: number;
  /** One article per independent source, earliest first. */
  citations: Citation[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const pubDay = (p: string | null | undefined) => (p ? p.slice(0, 10) : null);

/** A sentence normalised for wire-copy comparison: lower case, letters and digits only, single spaces. */
export function wireKey(sentence: string, minWords: number): string | null {
  const words = sentence.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= minWords ? words.join(' ') : null;
}

/**
 * Independent sources of a set of mentions: a function from a mention to its source's id. Articles are joined with
 * their near-duplicates, with the other articles of their domain, and with every article sharing a sentence of at
 * least `minWords` words (a wire text the near-duplicate detector did not link).
 */
export function independentSources(mentions: readonly Evidence[], minWords: number): (m: Evidence) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const union = (x: string, y: string) => {
    const a = find(x), b = find(y);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  };
  for (const m of mentions) {
    const a = 'a:' + m.articleId;
    if (!parent.has(a)) parent.set(a, a);
    if (m.duplicateOf) union(a, 'a:' + m.duplicateOf);
    if (m.source_domain) union(a, 'd:' + m.source_domain.toLowerCase());
    const w = wireKey(m.sentence, minWords);
    if (w) union(a, 's:' + w);
  }
  return (m) => find('a:' + m.articleId);
}

/** The kind of report a source published on day `published` makes of an event dated `date`. */
export function reportKind(date: EventDate | null, published: string | null | undefined, w: SalienceWeights): ReportKind {
  const p = pubDay(published);
  if (!date || !p) return 'fresh';
  const delta = dayNumber(p) - dayNumber(date.end);
  if (!Number.isFinite(delta) || delta <= w.reports.freshDays) return 'fresh';
  return delta <= w.reports.backgroundDays ? 'later' : 'background';
}

/** Whether a mention states its date in its text (an attached expression), rather than taking its article's day. */
export function statesDate(m: Evidence): boolean {
  if (!m.date) return false;
  if (m.dateFrom) return m.dateFrom === 'expression';
  // older stores (no dateFrom): a one-day date equal to the publication day is taken as the fallback
  return !(m.date.start === m.date.end && m.date.start === pubDay(m.published));
}

/**
 * The stored mentions behind each event, found by article and sentence (an event lists its mentions by those), the
 * one with the event's code first when a sentence holds several. An event whose mentions are not in `mentions`
 * (events stored without them) is read from its own mention list: its date, no duplicate or domain links.
 */
export function evidenceOf(events: readonly StoryEvent[], mentions: readonly Evidence[]): Map<string, Evidence[]> {
  const byKey = new Map<string, Evidence[]>();
  for (const m of mentions) {
    const k = m.articleId + '\u0001' + m.sentence;
    const l = byKey.get(k);
    if (l) l.push(m);
    else byKey.set(k, [m]);
  }
  const out = new Map<string, Evidence[]>();
  for (const e of events) {
    const used = new Set<Evidence>();
    const list: Evidence[] = [];
    for (const em of e.mentions) {
      const cands = (byKey.get(em.articleId + '\u0001' + em.sentence) ?? []).filter((m) => !used.has(m));
      const fit = (m: Evidence) => (m.code === e.code ? 4 : m.code.slice(0, 2) === e.root ? 2 : 0) + (m.source === e.source || m.target === e.target ? 1 : 0);
      const best = cands.sort((x, y) => fit(y) - fit(x))[0];
      if (best) {
        used.add(best);
        list.push(best);
      } else list.push({ articleId: em.articleId, origin: em.origin, url: em.url, sentence: em.sentence, published: em.published, date: e.date, code: e.code, source: e.source, target: e.target });
    }
    out.set(e.id, list);
  }
  return out;
}

/** The side of an event as actor prominence counts it: its country, else its actor code. */
const sideKey = (code: string, country: string | null) => (country && country.trim() ? country.trim().toUpperCase() : code.toUpperCase());

/** The largest of some numbers, 0 for none (no spread: a corpus has more events than a call has arguments). */
function maxOf(xs: Iterable<number>): number {
  let m = 0;
  for (const x of xs) if (x > m) m = x;
  return m;
}

const logShare = (x: number, max: number) => (max > 0 ? Math.log1p(x) / Math.log1p(max) : 0);

/** A stored article as evidence of nothing but its day: no sentence, no event. */
const asEvidence = (p: Publication): Evidence => ({ articleId: p.articleId, origin: '', url: null, sentence: '', published: p.published, date: null, code: '', duplicateOf: p.duplicateOf, source_domain: p.domain });

/**
 * Salience of every event, from all events of the corpus and their stored mentions. `publications` (every stored
 * article, `Store.listPublications`) measure the news of each day for the coverage feature, whether or not the coder
 * found an event in an article; without them coverage counts the articles of the mentions.
 */
export function scoreEvents(events: readonly StoryEvent[], mentions: readonly Evidence[], w: SalienceWeights = salienceWeights(), publications?: readonly Publication[]): Map<string, Salience> {
  const evidence = evidenceOf(events, mentions);
  const articles = publications?.map(asEvidence) ?? [];
  const sourceOf = independentSources([...[...evidence.values()].flat(), ...articles], w.wireCopyMinWords);
  const weightOf = (k: ReportKind) => w.reports[k];

  interface Tally { reports: number; kinds: Map<string, ReportKind>; reps: Map<string, Evidence>; stated: boolean }
  const tallies = new Map<string, Tally>();
  const dayReports = new Map<string, Map<string, number>>();
  const actorSources = new Map<string, Set<string>>();
  for (const e of events) {
    const kinds = new Map<string, ReportKind>();
    const reps = new Map<string, Evidence>();
    let stated = false;
    for (const m of evidence.get(e.id)!) {
      const src = sourceOf(m);
      const kind = reportKind(e.date, m.published, w);
      const had = kinds.get(src);
      if (!had || weightOf(kind) > weightOf(had)) kinds.set(src, kind);
      const rep = reps.get(src);
      if (!rep || earlier(m, rep)) reps.set(src, m);
      if (kind !== 'background' && statesDate(m)) stated = true;
    }
    let reports = 0;
    for (const k of kinds.values()) reports += weightOf(k);
    tallies.set(e.id, { reports, kinds, reps, stated });
    if (e.date && e.date.precision === 'day') {
      const d = dayReports.get(e.date.start) ?? new Map<string, number>();
      for (const [src, k] of kinds) d.set(src, Math.max(d.get(src) ?? 0, weightOf(k)));
      dayReports.set(e.date.start, d);
    }
    for (const side of new Set([sideKey(e.source, e.sourceCountry), sideKey(e.target, e.targetCountry)])) {
      const s = actorSources.get(side) ?? new Set<string>();
      for (const src of kinds.keys()) s.add(src);
      actorSources.set(side, s);
    }
  }
  // news of the day: independent sources publishing on a day (every stored article when given, else every article
  // with a coded mention)
  const published = new Map<number, Set<string>>();
  for (const m of publications ? articles : [...evidence.values()].flat()) {
    const p = pubDay(m.published);
    if (!p) continue;
    const n = dayNumber(p);
    if (!Number.isFinite(n)) continue;
    const s = published.get(n) ?? new Set<string>();
    s.add(sourceOf(m));
    published.set(n, s);
  }
  const coverageOf = (day: string): number => {
    const d = dayNumber(day);
    const s = new Set<string>();
    for (let k = 0; k <= w.reports.freshDays; k++) for (const src of published.get(d + k) ?? []) s.add(src);
    return s.size;
  };
  const coverage = new Map<string, number>();
  for (const d of dayReports.keys()) coverage.set(d, coverageOf(d));
  const maxCoverage = maxOf(coverage.values());
  const dayTotal = new Map<string, number>();
  for (const [d, m] of dayReports) dayTotal.set(d, [...m.values()].reduce((a, b) => a + b, 0));
  const maxReports = maxOf([...tallies.values()].map((t) => t.reports));
  const maxDay = maxOf(dayTotal.values());
  const maxActor = maxOf([...actorSources.values()].map((s) => s.size));

  const out = new Map<string, Salience>();
  for (const e of events) {
    const t = tallies.get(e.id)!;
    const sides = [sideKey(e.source, e.sourceCountry), sideKey(e.target, e.targetCountry)];
    const features: Record<Feature, number> = {
      reports: logShare(t.reports, maxReports),
      day: e.date && e.date.precision === 'day' ? logShare(dayTotal.get(e.date.start) ?? 0, maxDay) : 0,
      coverage: e.date && e.date.precision === 'day' ? logShare(coverage.get(e.date.start) ?? 0, maxCoverage) : 0,
      actors: sides.reduce((s, k) => s + logShare(actorSources.get(k)?.size ?? 0, maxActor), 0) / sides.length,
      type: w.type[(e.root || e.code).slice(0, 2)] ?? 0,
      goldstein: Number.isFinite(e.goldstein) ? Math.min(1, Math.abs(e.goldstein) / 10) : 0,
    };
    // no moment: undated, or only recalled as background (no source reports it as news or refers back to it)
    const factor = e.date && t.reports > 0 ? (w.precision[e.date.precision] ?? 0) * (t.stated ? 1 : w.datePublishedOnly) : 0;
    const sum = FEATURES.reduce((s, f) => s + w.weights[f] * features[f], 0);
    const count = (k: ReportKind) => [...t.kinds.values()].filter((x) => x === k).length;
    out.set(e.id, {
      salience: round3(sum * factor),
      sources: t.kinds.size,
      fresh: count('fresh'),
      later: count('later'),
      background: count('background'),
      dateStated: t.stated,
      features: Object.fromEntries(FEATURES.map((f) => [f, round3(features[f])])) as Record<Feature, number>,
      factor: round3(factor),
      citations: [...t.reps.values()].sort((x, y) => (earlier(x, y) ? -1 : earlier(y, x) ? 1 : 0)).map((m) => ({ articleId: m.articleId, origin: m.origin, url: m.url, published: m.published })),
    });
  }
  return out;
}

/** The report to cite first: by publication day (unknown last), then an original before a copy, then one with a URL
 *  (a reader can follow it), then by article id. */
function earlier(x: Evidence, y: Evidence): boolean {
  const a = pubDay(x.published), b = pubDay(y.published);
  if (a !== b) return a === null ? false : b === null ? true : a < b;
  if (!x.duplicateOf !== !y.duplicateOf) return !x.duplicateOf;
  if (!!x.url !== !!y.url) return !!x.url;
  return x.articleId < y.articleId;
}

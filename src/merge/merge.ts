// Merges event mentions into real-world events (see mergeMentions). Pure: records in, records out.
//
// Rules (stated once, tested in test/merge):
// - Blocking: mentions are compared only within a block = unordered pair of countries (country code, or the
//   actor code when an actor has no country) + CAMEO root family (roots linked by a cross-root group in
//   data/merge/compatible.json share a family).
// - Wire copies: mentions with the same wording, code and actors in articles that are near-duplicates of one
//   another (duplicateOf) form one unit before clustering, whatever their dates.
// - Codes are compatible when equal, one refines the other, one is the generic code of the root, both are in a
//   "sameEvent" group, or they are a "reversed" pair (042 A→B = 043 B→A). Direction must agree at country
//   level unless one code is symmetric.
// - Dates: dated mentions join an event whose date interval overlaps theirs; the event keeps the
//   intersection (the most precise reading). Finer mentions are clustered first, so a coarse mention ("in
//   March") that overlaps several distinct events joins one only when its wording clearly points to it,
//   otherwise it stays an event of its own. Non-overlapping dates merge only as a visible contradiction: other
//   articles, near-identical wording (≥ dateConflictSimilarity) and a gap shorter than one unit of the finer
//   precision.
// - A date that only repeats the article's publication day (dateFrom "published") is weak evidence: it matches
//   the publishedWindowDays before publication too, and gives way to any date stated in a text.
// - Undated mentions join an event only when they can be tied to it without doubt: either an explicit reference
//   (near-identical wording, similarity ≥ explicitReferenceSimilarity, with a clear margin over the next such
//   event), or the event is the one compatible event (codes and actors) dated within the time the mention's
//   article can speak of (up to its publication day; unknown publication day: no such time) and the mention is from
//   the same article or shares wording (≥ undatedJoinSimilarity). Otherwise the mention stays an event of its own.
// - Event dates carry their basis (see dateWithBasis): stated by the summary sentence, inherited from other
//   mentions that state it, or only the publication day of a report of the day.
// - Actors within one country that differ from the event's dominant reading (USABUS vs USAGOV; a generic code
//   like USA agrees with USAGOV) merge only across articles with some shared wording (actorConflictSimilarity);
//   the other reading is kept in `alternatives`.
// - background = the event has at least one mention with both a date and an article publication date, and
//   every such mention ends more than backgroundDays before its article's publication date.
import { createHash } from 'node:crypto';
import type { DateInterval, EventDate, EventEvidence, Precision, StoredMention, StoryEvent, StoryEventDate } from '../types.js';
import { mergeData, type MergeData } from './data.js';
import { dayNumber, fromDayNumber, formatEventDate, intersect, intervalDays, precisionRank } from './dates.js';
import { contentWords, jaccard } from './similarity.js';

export const MERGE_RULES = {
  /** A mention dated more than this many days before its article's publication is background. */
  backgroundDays: 30,
  /** A mention dated only by its article's publication day ("news of the day") may report anything of the
   *  preceding days: it matches events from this many days before publication up to the day itself. */
  publishedWindowDays: 3,
  /** Minimum wording similarity for an undated mention to join the one compatible event of its time. */
  undatedJoinSimilarity: 0.3,
  /** Wording this similar is an explicit reference: an undated mention may join such an event whatever its date. */
  explicitReferenceSimilarity: 0.5,
  /** Events checked to prove that an undated mention has one candidate only; past it the mention stays apart. */
  undatedScanBudget: 2048,
  /** A coarse or undated mention joins the best of several candidate events only with this lead in similarity. */
  ambiguityMargin: 0.15,
  /** Minimum wording similarity for mentions whose actors disagree within one country. */
  actorConflictSimilarity: 0.25,
  /** Minimum wording similarity for mentions whose dates do not overlap (a contradiction). */
  dateConflictSimilarity: 0.5,
  /** Sentences kept per event to compare wording with. */
  representatives: 5,
  /** Distinct (code, actors) signatures kept per event for compatibility checks. */
  signatures: 16,
};

interface Side {
  code: string;
  /** Country, or the actor code when the actor has no country. */
  key: string;
}

interface Unit {
  mentions: StoredMention[];
  /** Members whose own date does not overlap the unit's date (wire copies that resolved a date differently). */
  conflicting: StoredMention[];
  /** The interval the unit matches events with (its date, widened for a weak date). */
  date: EventDate | null;
  /** True when every dated member is dated only by its article's publication day. */
  weak: boolean;
  len: number;
  /** Day numbers of the matching interval (NaN when undated). */
  ds: number;
  de: number;
  code: string;
  /** Sides in normalized orientation: a reversed-pair code (043) is read with its actors swapped. */
  a: Side;
  b: Side;
  symmetric: boolean;
  sentence: string;
  /** Content words of the sentence, computed on first comparison (most units are never compared). */
  words?: Set<string>;
  articles: Set<string>;
  published: string | null;
  firstId: string;
}

interface Cluster {
  units: Unit[];
  /** Units joined although their date contradicts the event's. */
  conflicts: Unit[];
  /** Intersection of the members' matching intervals. */
  date: EventDate | null;
  ds: number;
  de: number;
  /** Intersection of the dates stated by members with a strong date. */
  strong: EventDate | null;
  sigs: Unit[];
  reps: Unit[];
  /** Actor codes seen on each side (in the founding unit's orientation), with their mention counts. */
  sideA: Map<string, number>;
  sideB: Map<string, number>;
  domA?: string;
  domB?: string;
  articles: Set<string>;
}

const keyOf = (code: string, country: string | null): string => (country && country.trim() ? country : code);
const isGeneric = (code: string) => code.length <= 2 || (code.length === 3 && code.endsWith('0'));
const prefixRelated = (x: string, y: string) => x.startsWith(y) || y.startsWith(x);
const pubDay = (p: string | null) => (p ? p.slice(0, 10) : null);

export function codesCompatible(x: string, y: string, data: MergeData = mergeData()): boolean {
  if (x === y) return true;
  if (x.slice(0, 2) === y.slice(0, 2) && (prefixRelated(x, y) || isGeneric(x) || isGeneric(y))) return true;
  if (data.reversedOf.get(x) === y || data.reversedOf.get(y) === x) return true;
  const gx = data.groupsOf.get(x) ?? data.groupsOf.get(x.slice(0, 3)) ?? [];
  const gy = data.groupsOf.get(y) ?? data.groupsOf.get(y.slice(0, 3)) ?? [];
  return gx.some((g) => gy.includes(g));
}

function isSymmetric(code: string, data: MergeData): boolean {
  return data.symmetric.has(code) || data.symmetric.has(code.slice(0, 3)) || (code.length === 2 && data.symmetric.has(code + '0'));
}

/** How u's sides map onto s's: 'direct', 'swapped' (symmetric actions), or null when the directions are incompatible. */
function mapping(u: Unit, s: Unit): 'direct' | 'swapped' | null {
  const direct = u.a.key === s.a.key && u.b.key === s.b.key;
  const swapped = u.a.key === s.b.key && u.b.key === s.a.key && (u.symmetric || s.symmetric);
  if (direct && swapped) {
    // Both sides in one country: keep the reading under which the actor codes agree.
    const agrees = (x: Side, y: Side) => prefixRelated(x.code, s.a.code) && prefixRelated(y.code, s.b.code);
    return !agrees(u.a, u.b) && agrees(u.b, u.a) ? 'swapped' : 'direct';
  }
  return direct ? 'direct' : swapped ? 'swapped' : null;
}

/** Compatibility of a unit with every signature of a cluster (dates aside). */
function compatible(u: Unit, c: Cluster, data: MergeData): { ok: boolean; actorConflict: boolean } {
  for (const s of c.sigs) {
    if (!codesCompatible(u.code, s.code, data) || !mapping(u, s)) return { ok: false, actorConflict: false };
  }
  // The actors conflict when they differ from the event's dominant reading (a generic code such as VEN agrees
  // with VENGOV; VENOPP does not).
  const [ua, ub] = sidesFor(u, c);
  c.domA ??= chooseActor(c.sideA);
  c.domB ??= chooseActor(c.sideB, c.domA);
  return { ok: true, actorConflict: !prefixRelated(ua.code, c.domA) || !prefixRelated(ub.code, c.domB) };
}

/** The unit's sides in the orientation of the event's founding unit. */
function sidesFor(u: Unit, c: Cluster): [Side, Side] {
  return mapping(u, c.sigs[0]!) === 'swapped' ? [u.b, u.a] : [u.a, u.b];
}

function tallySides(c: Cluster, u: Unit): void {
  const [ua, ub] = sidesFor(u, c);
  const n = u.mentions.length + u.conflicting.length;
  c.sideA.set(ua.code, (c.sideA.get(ua.code) ?? 0) + n);
  c.sideB.set(ub.code, (c.sideB.get(ub.code) ?? 0) + n);
  c.domA = c.domB = undefined;
}

const wordsOf = (u: Unit, data: MergeData) => (u.words ??= contentWords(u.sentence, data.ignoredWords));
const similarity = (u: Unit, c: Cluster, data: MergeData) => c.reps.reduce((best, r) => Math.max(best, jaccard(wordsOf(u, data), wordsOf(r, data))), 0);
const disjoint = (a: Set<string>, b: Set<string>) => {
  for (const x of a) if (b.has(x)) return false;
  return true;
};

const isWeak = (m: StoredMention) => m.dateFrom === 'published' && !!m.date && !!m.published && m.date.start === m.date.end && m.date.start === pubDay(m.published);

/** The interval a mention matches events with: its date, or the days up to publication for a weak date. */
function matchDate(m: StoredMention): EventDate | null {
  if (!m.date) return null;
  if (!isWeak(m)) return m.date;
  return { start: fromDayNumber(dayNumber(m.date.start) - MERGE_RULES.publishedWindowDays), end: m.date.end, precision: 'day' };
}

function mentionDateLen(m: StoredMention): number {
  return m.date ? intervalDays(m.date) : Infinity;
}

function byBestMention(x: StoredMention, y: StoredMention): number {
  return (
    (y.confidence ?? 0) - (x.confidence ?? 0) ||
    mentionDateLen(x) - mentionDateLen(y) ||
    cmpNullLast(pubDay(x.published), pubDay(y.published)) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function finerPrecision(a: Precision, b: Precision): Precision {
  return precisionRank(a) <= precisionRank(b) ? a : b;
}

/** Groups wire copies (same wording, code and actors in near-duplicate articles) into units. */
function buildUnits(mentions: StoredMention[], data: MergeData): Unit[] {
  const groups = new Map<string, StoredMention[]>();
  for (const m of mentions) {
    const dupRoot = m.duplicateOf ?? m.articleId;
    const k = dupRoot + '\u0001' + m.sentence.trim() + '\u0001' + m.code + '\u0001' + m.source + '\u0001' + m.target;
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  const units: Unit[] = [];
  for (const ms of groups.values()) {
    ms.sort((x, y) => Number(isWeak(x)) - Number(isWeak(y)) || mentionDateLen(x) - mentionDateLen(y) || cmpNullLast(pubDay(x.published), pubDay(y.published)) || (x.id < y.id ? -1 : 1));
    const first = ms[0]!;
    let date: EventDate | null = null;
    let weak = true;
    const kept: StoredMention[] = [];
    const conflicting: StoredMention[] = [];
    for (const m of ms) {
      const md = matchDate(m);
      if (!md || !date) {
        if (md && !date) date = { ...md };
        if (md && !isWeak(m)) weak = false;
        kept.push(m);
        continue;
      }
      const i = intersect(date, md);
      if (i) {
        date = { ...i, precision: finerPrecision(date.precision, md.precision) };
        if (!isWeak(m)) weak = false;
        kept.push(m);
      } else conflicting.push(m);
    }
    const code = first.code;
    const reversed = data.reversedOf.has(code);
    const src: Side = { code: first.source, key: keyOf(first.source, first.sourceCountry) };
    const tgt: Side = { code: first.target, key: keyOf(first.target, first.targetCountry) };
    let published: string | null = null, firstId = first.id;
    for (const m of ms) {
      const p = pubDay(m.published);
      if (p && (published === null || p < published)) published = p;
      if (m.id < firstId) firstId = m.id;
    }
    units.push({
      mentions: kept,
      conflicting,
      date,
      weak: weak && !!date,
      len: date ? intervalDays(date) : Infinity,
      ds: date ? dayNumber(date.start) : NaN,
      de: date ? dayNumber(date.end) : NaN,
      code,
      a: reversed ? tgt : src,
      b: reversed ? src : tgt,
      symmetric: isSymmetric(code, data),
      sentence: first.sentence,
      articles: new Set(ms.map((m) => m.articleId)),
      published,
      firstId,
    });
  }
  return units;
}

function blockKey(u: Unit, data: MergeData): string {
  const root = u.code.slice(0, 2);
  const fam = data.rootFamily.get(root) ?? root;
  const [x, y] = u.a.key <= u.b.key ? [u.a.key, u.b.key] : [u.b.key, u.a.key];
  return `${x}|${y}|${fam}`;
}

function newCluster(u: Unit): Cluster {
  const c: Cluster = { units: [u], conflicts: [], date: u.date ? { ...u.date } : null, ds: u.ds, de: u.de, strong: u.date && !u.weak ? strongDate(u) : null, sigs: [u], reps: [u], articles: new Set(u.articles), sideA: new Map(), sideB: new Map() };
  tallySides(c, u);
  return c;
}

/** The date a strong unit states: the intersection of its members' stated dates. */
function strongDate(u: Unit): EventDate | null {
  let d: EventDate | null = null;
  for (const m of u.mentions) {
    if (!m.date || isWeak(m)) continue;
    const i: DateInterval | null = d ? intersect(d, m.date) : m.date;
    if (i) d = { ...i, precision: d ? finerPrecision(d.precision, m.date.precision) : m.date.precision };
  }
  return d;
}

function addUnit(c: Cluster, u: Unit, sim: number): void {
  c.units.push(u);
  tallySides(c, u);
  for (const a of u.articles) c.articles.add(a);
  if (u.date) {
    if (!c.date) {
      c.date = { ...u.date };
      c.ds = u.ds;
      c.de = u.de;
    } else {
      const i = intersect(c.date, u.date);
      if (i) {
        c.date = { ...i, precision: finerPrecision(c.date.precision, u.date.precision) };
        c.ds = Math.max(c.ds, u.ds);
        c.de = Math.min(c.de, u.de);
      }
    }
    const sd = u.weak ? null : strongDate(u);
    if (sd) {
      const i = c.strong ? intersect(c.strong, sd) : sd;
      if (i) c.strong = { ...i, precision: c.strong ? finerPrecision(c.strong.precision, sd.precision) : sd.precision };
    }
  }
  if (c.sigs.length < MERGE_RULES.signatures && !c.sigs.some((s) => s.code === u.code && s.a.code === u.a.code && s.b.code === u.b.code)) c.sigs.push(u);
  if (c.reps.length < MERGE_RULES.representatives && sim < 0.9) c.reps.push(u);
}

/** Undated mentions are compared with at most this many events (those sharing the most words). */
const MAX_CANDIDATES = 64;
/** Postings read per undated mention (the most recent ones of a word too common to read in full). */
const POSTING_BUDGET = 512;

/** Dated events are indexed by buckets of this many days. */
const BUCKET_DAYS = 8;
const bucket = (day: number) => Math.floor(day / BUCKET_DAYS);

/** An event a unit may join, with the unit's wording similarity to it. */
interface Candidate { c: Cluster; sim: number }

/** Dated events by bucket of days (see bucket). */
type BucketIndex = Map<number, Cluster[]>;

/** Indexes a dated event under the buckets its interval covers. */
function indexBuckets(byBucket: BucketIndex, c: Cluster): void {
  if (!c.date) return;
  const from = bucket(c.ds), to = Math.min(bucket(c.de), from + 1000);
  for (let k = from; k <= to; k++) {
    const l = byBucket.get(k);
    if (l) l.push(c);
    else byBucket.set(k, [c]);
  }
}

/** The events a dated unit may join, most similar first: those its date overlaps (`over`), and those it contradicts
 *  within the contradiction gap with near-identical wording (`contra`). */
function datedCandidates(u: Unit, byBucket: BucketIndex, data: MergeData): { over: Candidate[]; contra: Candidate[] } {
  // Buckets that may hold an overlapping event or one within the contradiction gap (a superset is fine).
  const slack = Math.min(u.len, 366);
  const lo = bucket(u.ds - slack), hi = Math.min(bucket(u.de + slack), lo + 1200);
  const seen = new Set<Cluster>();
  const over: Candidate[] = [];
  const contra: Candidate[] = [];
  for (let k = lo; k <= hi; k++) {
    for (const c of byBucket.get(k) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      // Cheap date test first: most events of a dense block are on other days.
      const overlap = u.ds <= c.de && c.ds <= u.de;
      if (!overlap && (u.de < c.ds ? c.ds - u.de : u.ds - c.de) - 1 >= Math.min(u.len, c.de - c.ds + 1)) continue;
      const comp = compatible(u, c, data);
      if (!comp.ok) continue;
      const otherArticles = disjoint(u.articles, c.articles);
      if (!overlap && !otherArticles) continue;
      const sim = similarity(u, c, data);
      if (comp.actorConflict && !(otherArticles && sim >= MERGE_RULES.actorConflictSimilarity)) continue;
      if (overlap) over.push({ c, sim });
      else if (sim >= MERGE_RULES.dateConflictSimilarity) contra.push({ c, sim });
    }
  }
  over.sort((x, y) => y.sim - x.sim);
  contra.sort((x, y) => y.sim - x.sim);
  return { over, contra };
}

/** The overlapping event a dated unit joins: the only one, else the most similar when it leads clearly or when the
 *  unit is as precise as every candidate. */
function overlapTarget(u: Unit, over: Candidate[]): Candidate | undefined {
  if (over.length === 1) return over[0];
  if (over.length > 1) {
    const clear = over[0]!.sim - over[1]!.sim >= MERGE_RULES.ambiguityMargin;
    const asPrecise = over.every((o) => u.len <= o.c.de - o.c.ds + 1);
    if (clear || asPrecise) return over[0];
  }
  return undefined;
}

/** Places a dated unit: into the event it joins, as a contradiction of one, or as an event of its own. */
function placeDated(u: Unit, clusters: Cluster[], byBucket: BucketIndex, data: MergeData): void {
  const { over, contra } = datedCandidates(u, byBucket, data);
  const target = overlapTarget(u, over);
  if (target) addUnit(target.c, u, target.sim);
  else if (!over.length && contra.length) {
    const c = contra[0]!.c;
    c.conflicts.push(u);
    for (const a of u.articles) c.articles.add(a);
  } else {
    const c = newCluster(u);
    clusters.push(c);
    indexBuckets(byBucket, c);
  }
}

/** Events by the content words of their representatives and by their articles (candidates of undated units). */
interface WordIndex { byWord: Map<string, Cluster[]>; byArticle: Map<string, Cluster[]> }

const pushCluster = <K>(map: Map<K, Cluster[]>, k: K, c: Cluster) => {
  const l = map.get(k);
  if (!l) map.set(k, [c]);
  else if (l[l.length - 1] !== c) l.push(c);
};

function indexUnit(ix: WordIndex, c: Cluster, u: Unit, data: MergeData): void {
  if (c.reps.includes(u)) for (const w of wordsOf(u, data)) pushCluster(ix.byWord, w, c);
  for (const a of u.articles) pushCluster(ix.byArticle, a, c);
}

// Whether `chosen` is the one dated event of the block an undated unit could be about: no other event with compatible
// codes and the same actors is dated up to the unit's publication day. Not proven within the scan budget: doubt.
function soleCandidate(u: Unit, chosen: Cluster, clusters: Cluster[], data: MergeData): boolean {
  let budget = MERGE_RULES.undatedScanBudget;
  for (const c of clusters) {
    if (c === chosen || !c.date || (u.published && c.date.start > u.published)) continue;
    if (--budget < 0) return false;
    const comp = compatible(u, c, data);
    if (comp.ok && !comp.actorConflict) return false;
  }
  return true;
}

function undatedCandidates(u: Unit, ix: WordIndex, data: MergeData): Set<Cluster> {
  // Candidates: the events sharing most content words with the unit (a bounded number), and those of its articles.
  // Rarest words first, within a budget of postings, so that words common in the block cost nothing.
  const shared = new Map<Cluster, number>();
  const lists = [...wordsOf(u, data)].map((w) => ix.byWord.get(w)).filter((l): l is Cluster[] => !!l).sort((x, y) => x.length - y.length);
  let budget = POSTING_BUDGET;
  for (const l of lists) {
    if (l.length > budget && shared.size) break;
    budget -= l.length;
    for (let i = Math.max(0, l.length - POSTING_BUDGET); i < l.length; i++) shared.set(l[i]!, (shared.get(l[i]!) ?? 0) + 1);
  }
  const cands = new Set<Cluster>(shared.size <= MAX_CANDIDATES ? shared.keys() : [...shared].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES).map(([c]) => c));
  for (const a of u.articles) ix.byArticle.get(a)?.forEach((c) => cands.add(c));
  return cands;
}

/** The candidates an undated unit refers to explicitly (`refs`, most similar first) or is tied to (`ties`). */
function undatedMatches(u: Unit, cands: Set<Cluster>, data: MergeData): { refs: Candidate[]; ties: Candidate[] } {
  // Explicit references (near-identical wording), and dated events the mention is tied to by its article or its
  // wording within the time its article can speak of (up to its publication day).
  const refs: Candidate[] = [];
  const ties: Candidate[] = [];
  for (const c of cands) {
    const comp = compatible(u, c, data);
    if (!comp.ok) continue;
    const same = !disjoint(u.articles, c.articles);
    const sim = similarity(u, c, data);
    if (comp.actorConflict && (same || sim < MERGE_RULES.actorConflictSimilarity)) continue;
    if (c.date && u.published && c.date.start > u.published) continue;
    if (sim >= MERGE_RULES.explicitReferenceSimilarity) refs.push({ c, sim });
    else if (c.date && u.published && (same || sim >= MERGE_RULES.undatedJoinSimilarity)) ties.push({ c, sim });
  }
  refs.sort((x, y) => y.sim - x.sim);
  return { refs, ties };
}

/** The event an undated unit joins: the explicit reference that leads clearly, else its one tie when no other
 *  event could be meant. */
function undatedTarget(u: Unit, cands: Set<Cluster>, clusters: Cluster[], data: MergeData): Candidate | undefined {
  const { refs, ties } = undatedMatches(u, cands, data);
  if (refs.length) return refs.length === 1 || refs[0]!.sim - refs[1]!.sim >= MERGE_RULES.ambiguityMargin ? refs[0] : undefined;
  return ties.length === 1 && soleCandidate(u, ties[0]!.c, clusters, data) ? ties[0] : undefined;
}

/** Places an undated unit: into the event it joins, else as an event of its own. */
function placeUndated(u: Unit, clusters: Cluster[], ix: WordIndex, data: MergeData): void {
  const target = undatedTarget(u, undatedCandidates(u, ix, data), clusters, data);
  if (target) {
    addUnit(target.c, u, target.sim);
    indexUnit(ix, target.c, u, data);
  } else {
    const c = newCluster(u);
    clusters.push(c);
    indexUnit(ix, c, u, data);
  }
}

/** Clusters one block: dated units finest first, then undated ones. */
function clusterBlock(units: Unit[], data: MergeData): Cluster[] {
  const clusters: Cluster[] = [];
  const byBucket: BucketIndex = new Map();
  const dated = units.filter((u) => u.date).sort((x, y) => x.len - y.len || (x.date!.start < y.date!.start ? -1 : x.date!.start > y.date!.start ? 1 : 0) || cmpNullLast(x.published, y.published) || (x.firstId < y.firstId ? -1 : 1));
  const undated = units.filter((u) => !u.date).sort((x, y) => cmpNullLast(x.published, y.published) || (x.firstId < y.firstId ? -1 : 1));
  for (const u of dated) placeDated(u, clusters, byBucket, data);

  if (!undated.length) return clusters;
  // Undated units: candidates are events sharing a content word or an article.
  const ix: WordIndex = { byWord: new Map(), byArticle: new Map() };
  for (const c of clusters) for (const u of [...c.units, ...c.conflicts]) indexUnit(ix, c, u, data);
  for (const u of undated) placeUndated(u, clusters, ix, data);
  return clusters;
}

/** Independent sources: articles linked as near-duplicates (duplicateOf) or sharing a source domain count once. */
export function countSources(mentions: Pick<StoredMention, 'articleId' | 'duplicateOf' | 'source_domain'>[]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (x: string, y: string) => {
    const a = find(x), b = find(y);
    if (a !== b) parent.set(a, b);
  };
  const articles = new Set<string>();
  for (const m of mentions) {
    const a = 'a:' + m.articleId;
    articles.add(a);
    if (!parent.has(a)) parent.set(a, a);
    if (m.duplicateOf) union(a, 'a:' + m.duplicateOf);
    if (m.source_domain) union(a, 'd:' + m.source_domain.toLowerCase());
  }
  return new Set([...articles].map(find)).size;
}

function isBackground(m: StoredMention): boolean | null {
  if (!m.date || !m.published) return null;
  const p = dayNumber(m.published);
  if (Number.isNaN(p)) return null;
  return p - dayNumber(m.date.end) > MERGE_RULES.backgroundDays;
}

interface Tally {
  count: number;
  articles: Set<string>;
}

/** The actor code that agrees with most mentions (a generic code agrees with its refinements), the most specific on ties. */
function chooseActor(t: Map<string, number>, avoid?: string): string {
  const all = [...t.keys()];
  const codes = all.length > 1 && avoid ? all.filter((c) => c !== avoid) : all;
  const support = (c: string) => all.filter((o) => prefixRelated(o, c)).reduce((s, o) => s + t.get(o)!, 0);
  return codes.sort((x, y) => support(y) - support(x) || y.length - x.length || t.get(y)! - t.get(x)! || (x < y ? -1 : 1))[0]!;
}

const eventId = (firstMentionId: string) => 'ev_' + createHash('sha1').update(firstMentionId).digest('hex').slice(0, 16);

/** A mention as an event's evidence: its sentence, where it was reported, the spans of its trigger and actors. */
function evidence(m: StoredMention): EventEvidence {
  return {
    articleId: m.articleId, origin: m.origin, sentence: m.sentence, url: m.url, published: m.published, outlet: m.source_domain ?? null,
    triggerSpan: m.triggerSpan ?? null, sourceSpan: m.sourceSpan ?? null, targetSpan: m.targetSpan ?? null,
  };
}

/** Each sentence once: mentions of one sentence of one article (a clause coded twice) are one piece of evidence. */
function evidenceOf(ordered: StoredMention[]): EventEvidence[] {
  const seen = new Set<string>();
  const out: EventEvidence[] = [];
  for (const m of ordered) {
    const k = m.articleId + '\u0001' + (m.sentenceStart ?? '') + '\u0001' + m.sentence;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(evidence(m));
  }
  return out;
}

/** A mention whose date a text states (not the publication-day fallback). */
const states = (m: StoredMention) => !!m.date && m.dateFrom !== 'published';
const sameDays = (a: DateInterval, b: DateInterval) => a.start === b.start && a.end === b.end;

/**
 * The event's date with where it came from: `stated` when the summary sentence states it, `inherited` when other
 * merged mentions state it (the one stating exactly this date, else the narrowest stated reading that contains it),
 * `published` when no text states a date and it is the publication day of a report of the day.
 */
export function dateWithBasis(date: EventDate, summary: StoredMention, mentions: StoredMention[]): StoryEventDate {
  const d = { start: date.start, end: date.end, precision: date.precision };
  if (states(summary) && sameDays(summary.date!, d)) return { ...d, basis: 'stated', expression: summary.dateText ?? null, articleId: summary.articleId };
  const stating = mentions.filter((m) => states(m) && m.date!.start <= d.start && d.end <= m.date!.end).sort((x, y) => Number(!sameDays(x.date!, d)) - Number(!sameDays(y.date!, d)) || mentionDateLen(x) - mentionDateLen(y) || byBestMention(x, y));
  const from = stating[0];
  if (from) return { ...d, basis: 'inherited', expression: from.dateText ?? null, articleId: from.articleId };
  const reported = mentions.filter((m) => m.date && sameDays(m.date, d)).sort(byBestMention)[0] ?? summary;
  return { ...d, basis: 'published', expression: null, articleId: reported.articleId };
}

/** One mention, one event: the common case, built without the tallies. */
function singleEvent(m: StoredMention): StoryEvent {
  const bg = isBackground(m);
  return {
    id: eventId(m.id),
    date: m.date ? dateWithBasis(m.date, m, [m]) : null,
    source: m.source, sourceCountry: m.sourceCountry && m.sourceCountry.trim() ? m.sourceCountry : null,
    target: m.target, targetCountry: m.targetCountry && m.targetCountry.trim() ? m.targetCountry : null,
    code: m.code, root: m.root || m.code.slice(0, 2), plover: m.plover, goldstein: m.goldstein, quadClass: m.quadClass,
    summary: m.sentence, sources: 1, background: bg === true, firstReported: m.published,
    mentions: [evidence(m)],
  };
}

type Alternatives = NonNullable<StoryEvent['alternatives']>;

/** The event's code and the best mention coded with it. */
function eventCode(all: StoredMention[]): { code: string; rep: StoredMention } {
  // Code: specific before generic, then the most frequent, then the most confident.
  const codeTally = new Map<string, { n: number; conf: number }>();
  for (const m of all) {
    const t = codeTally.get(m.code) ?? { n: 0, conf: 0 };
    t.n++;
    t.conf = Math.max(t.conf, m.confidence ?? 0);
    codeTally.set(m.code, t);
  }
  const code = [...codeTally.entries()].sort(([x, a], [y, b]) => Number(isGeneric(x)) - Number(isGeneric(y)) || b.n - a.n || b.conf - a.conf || (x < y ? -1 : 1))[0]![0];
  const rep = all.filter((m) => m.code === code).sort(byBestMention)[0]!;
  return { code, rep };
}

/** The keys of the event's two sides [A, B], in normalized orientation; ties go to the orientation of `rep`. */
function eventOrientation(allUnits: Unit[], rep: StoredMention): [string, string] {
  // Orientation (normalized): majority of directed (non-symmetric) units, else of all units.
  const directed = allUnits.filter((u) => !u.symmetric);
  const orientTally = new Map<string, number>();
  for (const u of directed.length ? directed : allUnits) orientTally.set(u.a.key + '\u0001' + u.b.key, (orientTally.get(u.a.key + '\u0001' + u.b.key) ?? 0) + u.mentions.length + u.conflicting.length);
  const repUnit = allUnits.find((u) => u.mentions.includes(rep) || u.conflicting.includes(rep))!;
  const repOrient = repUnit.a.key + '\u0001' + repUnit.b.key;
  const orient = [...orientTally.entries()].sort(([x, a], [y, b]) => b - a || Number(y === repOrient) - Number(x === repOrient) || (x < y ? -1 : 1))[0]![0];
  return orient.split('\u0001') as [string, string];
}

interface SideTallies {
  /** Actor codes of side A, with their mention counts and articles. */
  sideA: Map<string, Tally>;
  sideB: Map<string, Tally>;
  /** Countries the mentions give side A. */
  countryA: Set<string>;
  countryB: Set<string>;
}

/** The actor codes and countries every mention gives each side, in the event's orientation A → B. */
function sideTallies(allUnits: Unit[], A: string, B: string, data: MergeData): SideTallies {
  const sideA = new Map<string, Tally>(), sideB = new Map<string, Tally>();
  const countryA = new Set<string>(), countryB = new Set<string>();
  const tally = (t: Map<string, Tally>, code: string, article: string) => {
    const x = t.get(code) ?? { count: 0, articles: new Set<string>() };
    x.count++;
    x.articles.add(article);
    t.set(code, x);
  };
  for (const u of allUnits) {
    const direct = u.a.key === A && u.b.key === B;
    const [ua, ub] = direct ? [u.a, u.b] : [u.b, u.a];
    for (const m of [...u.mentions, ...u.conflicting]) {
      tally(sideA, ua.code, m.articleId);
      tally(sideB, ub.code, m.articleId);
      const reversed = data.reversedOf.has(m.code);
      const [ca, cb] = reversed ? [m.targetCountry, m.sourceCountry] : [m.sourceCountry, m.targetCountry];
      const [xa, xb] = direct ? [ca, cb] : [cb, ca];
      if (xa) countryA.add(xa);
      if (xb) countryB.add(xb);
    }
  }
  return { sideA, sideB, countryA, countryB };
}

/** The actor of each side [A, B]; the readings that disagree with them are added to `alternatives`. */
function eventActors(t: SideTallies, reversedCode: boolean, alternatives: Alternatives): [string, string] {
  const counts = (x: Map<string, Tally>) => new Map([...x].map(([k, v]) => [k, v.count]));
  const actA = chooseActor(counts(t.sideA));
  // Within one country the generic code matches both sides; do not state the same actor on both unless it is the only reading.
  const actB = chooseActor(counts(t.sideB), actA);
  const actorAlts = (x: Map<string, Tally>, chosen: string, field: 'source' | 'target') => {
    for (const [k, v] of x) if (!prefixRelated(k, chosen)) alternatives.push({ field, value: k, articleIds: [...v.articles].sort() });
  };
  actorAlts(t.sideA, actA, reversedCode ? 'target' : 'source');
  actorAlts(t.sideB, actB, reversedCode ? 'source' : 'target');
  return [actA, actB];
}

/** The event's date; the readings it contradicts are added to `alternatives`. */
function eventDate(c: Cluster, main: StoredMention[], conflictMentions: StoredMention[], alternatives: Alternatives): EventDate | null {
  // Date readings: the event's own and the contradicting ones. The event's own is the date its mentions state
  // (intersection); for news of the day only, the earliest publication day. The reading with more independent
  // sources becomes the event's date; the others stay in `alternatives`.
  let date: EventDate | null = c.strong ?? main.filter((m) => m.date).map((m) => m.date!).sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0))[0] ?? null;
  const readings = new Map<string, { date: EventDate; mentions: StoredMention[] }>();
  for (const m of conflictMentions) {
    if (!m.date) continue;
    const k = formatEventDate(m.date);
    const r = readings.get(k) ?? { date: m.date, mentions: [] };
    r.mentions.push(m);
    readings.set(k, r);
  }
  if (date && readings.size) {
    const mainSources = countSources(main.filter((m) => m.date));
    const best = [...readings.values()].sort((x, y) => countSources(y.mentions) - countSources(x.mentions))[0]!;
    if (countSources(best.mentions) > mainSources) {
      readings.delete(formatEventDate(best.date));
      readings.set(formatEventDate(date), { date, mentions: main.filter((m) => m.date) });
      date = best.date;
    }
  }
  for (const [k, r] of readings) alternatives.push({ field: 'date', value: k, articleIds: [...new Set(r.mentions.map((m) => m.articleId))].sort() });
  return date;
}

/** The mention whose sentence summarises the event. */
function summaryMentionOf(allUnits: Unit[], all: StoredMention[], A: string, B: string): StoredMention {
  // The summary states the event as the event is oriented: "Venezuela broke off relations with the US" does not
  // summarise an event written USA → VEN, whichever sentence reads best ("A and B signed …" fits either way).
  const oriented = allUnits.flatMap((u) => u.mentions.filter((m) => m.symmetric || (u.a.key === A && u.b.key === B)));
  return [...(oriented.length ? oriented : all)].sort(byBestMention)[0]!;
}

/** The earliest publication among the mentions (firstReported) and their smallest id (the event's id comes from it). */
function firstReport(all: StoredMention[]): { firstReported: string | null; firstId: string } {
  let firstReported: string | null = null;
  let firstId = all[0]!.id;
  for (const m of all) {
    if (m.published && (firstReported === null || pubDay(m.published)! < pubDay(firstReported)!)) firstReported = m.published;
    if (m.id < firstId) firstId = m.id;
  }
  return { firstReported, firstId };
}

/** Evidence order: by publication day, article, place in the article. */
const byReport = (x: StoredMention, y: StoredMention) => cmpNullLast(pubDay(x.published), pubDay(y.published)) || (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0) || (x.sentenceStart ?? 0) - (y.sentenceStart ?? 0) || (x.id < y.id ? -1 : 1);

function toEvent(c: Cluster, data: MergeData): StoryEvent {
  if (c.units.length === 1 && !c.conflicts.length && c.units[0]!.mentions.length === 1 && !c.units[0]!.conflicting.length) return singleEvent(c.units[0]!.mentions[0]!);
  const main = c.units.flatMap((u) => u.mentions);
  const inUnitConflicts = c.units.flatMap((u) => u.conflicting);
  const conflictMentions = [...c.conflicts.flatMap((u) => [...u.mentions, ...u.conflicting]), ...inUnitConflicts];
  const all = [...main, ...conflictMentions];

  const { code, rep } = eventCode(all);
  const allUnits = [...c.units, ...c.conflicts];
  const [A, B] = eventOrientation(allUnits, rep);
  const sides = sideTallies(allUnits, A, B, data);
  const reversedCode = data.reversedOf.has(code);
  const alternatives: Alternatives = [];
  const [actA, actB] = eventActors(sides, reversedCode, alternatives);
  const date = eventDate(c, main, conflictMentions, alternatives);

  const summaryMention = summaryMentionOf(allUnits, all, A, B);
  const bg = all.map(isBackground).filter((b): b is boolean => b !== null);
  const { firstReported, firstId } = firstReport(all);
  const ordered = [...all].sort(byReport);
  const [srcCode, tgtCode] = reversedCode ? [actB, actA] : [actA, actB];
  const [srcCountries, tgtCountries] = reversedCode ? [sides.countryB, sides.countryA] : [sides.countryA, sides.countryB];
  const [srcKey, tgtKey] = reversedCode ? [B, A] : [A, B];

  const event: StoryEvent = {
    id: eventId(firstId),
    date: date ? dateWithBasis(date, summaryMention, all) : null,
    source: srcCode,
    sourceCountry: srcCountries.has(srcKey) ? srcKey : null,
    target: tgtCode,
    targetCountry: tgtCountries.has(tgtKey) ? tgtKey : null,
    code,
    root: rep.root || code.slice(0, 2),
    plover: rep.plover,
    goldstein: rep.goldstein,
    quadClass: rep.quadClass,
    summary: summaryMention.sentence,
    sources: countSources(all),
    background: bg.length > 0 && bg.every(Boolean),
    firstReported,
    mentions: evidenceOf(ordered),
  };
  if (alternatives.length) event.alternatives = alternatives;
  return event;
}

/** A date the merge can reason with: both bounds parse and start ≤ end. */
function validDate(d: EventDate): boolean {
  const a = dayNumber(d.start), b = dayNumber(d.end);
  return Number.isFinite(a) && Number.isFinite(b) && a <= b;
}

/** Merges event mentions (from any number of articles) into real-world events, in timeline order. */
export function mergeMentions(mentions: StoredMention[], data: MergeData = mergeData()): StoryEvent[] {
  const blocks = new Map<string, Unit[]>();
  // (a source may be '', an attacker the text does not identify: events stage, codes.json unidentifiedAttacker)
  const usable = mentions.filter((m) => m && m.code && typeof m.source === 'string' && m.target).map((m) => (m.date && !validDate(m.date) ? { ...m, date: null } : m));
  for (const u of buildUnits(usable, data)) {
    const k = blockKey(u, data);
    const l = blocks.get(k);
    if (l) l.push(u);
    else blocks.set(k, [u]);
  }
  const events: StoryEvent[] = [];
  for (const units of blocks.values()) for (const c of clusterBlock(units, data)) events.push(toEvent(c, data));
  return sortTimeline(events);
}

/** The timeline order of an event as one string (compared by code units): date (start, then end), undated last;
 *  then first report (unknown last); then id. Stores order streamed events by it (see remerge). */
export function timelineKey(e: Pick<StoryEvent, 'date' | 'firstReported' | 'id'>): string {
  return (e.date ? '0' + e.date.start + e.date.end : '1') + (e.firstReported ? '0' + e.firstReported.slice(0, 10) : '1') + '\u0000' + e.id;
}

/** Date order (start, then end), undated last; ties by first report (unknown last) and id. */
export function sortTimeline<T extends Pick<StoryEvent, 'date' | 'firstReported' | 'id'>>(events: T[]): T[] {
  // One precomputed key per event: comparing plain strings is much cheaper than a multi-field comparator.
  const keyed = events.map((e) => ({ e, k: timelineKey(e) }));
  keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  return keyed.map((x) => x.e);
}


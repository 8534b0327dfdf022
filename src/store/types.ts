import type { Fingerprint } from '../types.js';
import type { Article, EventMention, Publication, StoredMention, StoryEvent } from '../types.js';

export interface ArticleFilter {
  limit?: number;
  offset?: number;
}

export interface EventFilter {
  /** Actor code or country (prefix match on the code: "USA" matches USAGOV). */
  actor?: string;
  /** Two actor codes/countries; direction-insensitive. */
  dyad?: [string, string];
  from?: string;
  to?: string;
  /** CAMEO code or prefix ("04" matches 040–046). */
  code?: string;
  /** Mentions only: those of one article. */
  articleId?: string;
  /** Events only, applied by filterEvents (not by the stores): QuadClass 1–4. */
  quadClass?: 1 | 2 | 3 | 4;
  /** Events only, applied by filterEvents: reported by this news source (registrable domain of an article). */
  outlet?: string;
  /** Events only, applied by filterEvents: only dated (true) or only undated (false) events. */
  dated?: boolean;
}

export interface SearchHit {
  articleId: string;
  title: string | null;
  origin: string;
  published: string | null;
  snippet: string;
  score: number;
}

export type { Fingerprint } from '../types.js';

/** One article of a batch, as stored. */
export interface BatchItem {
  inputKey: string;
  article: Article;
  mentions: EventMention[];
  fingerprint: Fingerprint;
}

/** What other writers committed since a writer last looked (see Store.writeBatch). */
export interface Committed {
  /** Fingerprints of the articles stored after the `since` order number, in store order, with their current duplicateOf. */
  fingerprints: Fingerprint[];
  /** Duplicates re-pointed by those writes, in order: [old original, new original]. */
  moves: [string, string][];
}

/** A batch as decided by a writer that has seen every earlier commit. */
export interface BatchPlan {
  items: BatchItem[];
  /** Originals replaced by an earlier copy: [old original, new original]; their duplicates follow. */
  moves: [string, string][];
}

/**
 * The merged events' bookkeeping, inside one transaction that holds the store's merge lock (see Store.mergeSession).
 * A pair key is the unordered pair of a mention's actor countries (or codes); a partition is a set of pair keys that
 * must be merged together, named by its first key.
 */
export interface MergeSession {
  /** Pair keys whose events are stale (written since the last merge), and the order number they are marked up to. */
  dirtyKeys(): Promise<{ keys: string[]; upTo: number }>;
  /** Every pair key of the stored mentions. */
  allKeys(): Promise<string[]>;
  /** True when events exist that no partition owns (written by replaceEvents, or before partitions were recorded). */
  hasUnpartitionedEvents(): Promise<boolean>;
  /** The recorded partition of each of `keys` that has one. */
  partsOf(keys: string[]): Promise<Map<string, string>>;
  /** Every key of the partitions named. */
  keysOfParts(parts: string[]): Promise<string[]>;
  /**
   * Wire-copy group rows (g_root, g_code, g_source, g_target, pk) of the mentions of every article whose copy root
   * (duplicateOf, else itself) is the root of a mention with one of `keys`; of every mention when `keys` is omitted.
   */
  copyGroups(keys?: string[]): Promise<Record<string, unknown>[]>;
  /** The mentions of the pair keys, in listMentions order. */
  mentions(keys: string[]): Promise<StoredMention[]>;
  /** Deletes the events of the partitions named, or every event and every recorded partition ('all'). */
  clearEvents(parts: string[] | 'all'): Promise<void>;
  /** Writes a partition's events (ordered by `order`, see replaceEventsStream) and records its keys. */
  writePartition(part: string, keys: string[], events: StoryEvent[], order: (e: StoryEvent) => string): Promise<void>;
  /** Forgets the stale marks up to `upTo` (those read by dirtyKeys). */
  clearDirty(upTo: number): Promise<void>;
  countEvents(): Promise<number>;
}

/** Storage behind one interface: SQLite (embedded) and PostgreSQL implement it with the same tests. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Ids of the inputs already stored (origin + content hash key), for idempotent re-ingest. */
  hasInput(inputKey: string): Promise<boolean>;
  /** Stores one batch of articles with their mentions and fingerprints in ONE transaction. */
  saveBatch(batch: BatchItem[]): Promise<void>;
  /**
   * Stores one batch in ONE transaction that holds the store's writer lock, so concurrent writers (threads,
   * processes, machines) commit one after another. `plan` runs inside it, given what others committed after the
   * order number `since` (null: nothing is read), and decides the batch (near-duplicates, re-pointed originals) with
   * that knowledge. The pair keys of the new mentions, and of the mentions of re-pointed articles, are marked stale
   * for the next merge in the same transaction. Returns the store's last order number after the commit.
   */
  writeBatch(since: number | null, plan: (committed: Committed) => BatchPlan): Promise<number>;
  /** Fingerprints of every stored article, in store order (with `seq` and `duplicateOf`). */
  allFingerprints(): Promise<Fingerprint[]>;
  /** Runs `fn` in one transaction holding the store's merge lock (one merger at a time, whatever the process). */
  mergeSession<T>(fn: (s: MergeSession) => Promise<T>): Promise<T>;
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  /** Number of stored articles (the total behind a page of listArticles). */
  countArticles(): Promise<number>;
  /** Every stored article's publication day, near-duplicate original and domain, in store order (no text): how much
   *  news each day has, for the salience score. */
  listPublications(): Promise<Publication[]>;
  getArticle(id: string): Promise<Article | null>;
  /** Best matches first: `limit` of them after skipping `offset`. */
  search(query: string, limit?: number, offset?: number): Promise<SearchHit[]>;
  /** Number of articles the query matches (the total behind a page of search). */
  countSearch(query: string): Promise<number>;
  listMentions(filter?: EventFilter): Promise<StoredMention[]>;
  /**
   * Merge partitions of the stored mentions: lists of pair keys (the unordered pair of a mention's actor countries,
   * or codes without a country). Every merge block and every wire-copy unit lies inside one partition, so merging
   * partition by partition gives the events of merging everything at once, with one partition in memory.
   */
  mentionPartitions(): Promise<string[][]>;
  /** The mentions of one partition (in listMentions order). */
  listPartitionMentions(pairKeys: string[]): Promise<StoredMention[]>;
  /** Replaces the merged events atomically; listEvents returns them in the order given. */
  replaceEvents(events: StoryEvent[]): Promise<void>;
  /**
   * Replaces the merged events atomically with the chunks of `chunks`, consumed while the replacement runs (one
   * merge partition at a time). listEvents returns them ordered by `order(event)` (ASCII keys, compared bytewise),
   * then arrival.
   */
  replaceEventsStream(chunks: AsyncIterable<StoryEvent[]>, order: (e: StoryEvent) => string): Promise<void>;
  listEvents(filter?: EventFilter): Promise<StoryEvent[]>;
  close(): Promise<void>;
}

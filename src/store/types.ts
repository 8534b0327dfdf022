import type { Article, EventMention, StoredMention, StoryEvent } from '../types.js';

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

/** Stored near-duplicate fingerprint of an article. */
export interface Fingerprint {
  articleId: string;
  textHash: string;
  signature: Uint32Array;
  tokens: number;
  published: string | null;
  /** Set when read back from the store: the article's own duplicateOf (to follow duplicate chains to the earliest copy). */
  duplicateOf?: string | null;
}

/** Storage behind one interface: SQLite (embedded) and PostgreSQL implement it with the same tests. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Ids of the inputs already stored (origin + content hash key), for idempotent re-ingest. */
  hasInput(inputKey: string): Promise<boolean>;
  /** Stores one batch of articles with their mentions and fingerprints in ONE transaction. */
  saveBatch(batch: { inputKey: string; article: Article; mentions: EventMention[]; fingerprint: Fingerprint }[]): Promise<void>;
  allFingerprints(): Promise<Fingerprint[]>;
  /** An earlier copy arrived: `from` and every article pointing at it now point at `to` (which is the original). */
  repointDuplicates(from: string, to: string): Promise<void>;
  listArticles(filter?: ArticleFilter): Promise<Article[]>;
  /** Number of stored articles (the total behind a page of listArticles). */
  countArticles(): Promise<number>;
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

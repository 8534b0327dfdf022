// Typed records passed between pipeline stages. Each stage consumes and produces these; no stage reaches
// into another's internals. Stage folders: ingest → clean → time → actors → events → merge → store → cli/serve.

/** A document as read from input, before cleaning (ingest stage output). */
export interface RawDoc {
  /** Path as given (+ "#N" for the Nth record of a JSONL/WARC file, 1-based). */
  origin: string;
  /** Plain text body (text scrapes, JSONL "text"). Exactly one of text/html is set. */
  text?: string | null;
  /** HTML page (HTML files, WARC responses, JSONL "html"). */
  html?: string | null;
  /** Metadata given by the record itself; used as evidence by the clean stage. */
  url?: string | null;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  author?: string | null;
  language?: string | null;
  /** When the crawler fetched the page (WARC-Date, HTTP Date): a crawl date, never a publication date. */
  crawledAt?: string | null;
}

/** A problem with one input (file or record). The batch goes on. */
export interface InputError {
  origin: string;
  message: string;
}

/** Something the cleaner removed, with the reason. Shown by `storyline show`. */
export interface Removal {
  text: string;
  reason: string;
}

/** One piece of evidence for the publication date. */
export interface DateCandidate {
  /** YYYY-MM-DD or ISO 8601 date-time. */
  value: string;
  /** Where it came from: "record-header", "jsonld", "meta:article:published_time", "time-element",
   *  "byline", "url", "record-metadata", "text", "site-header" … */
  from: string;
  /** The raw evidence (line, attribute value). */
  evidence: string;
  /** Higher = more reliable. */
  weight: number;
}

/** A cleaned article (clean stage output, before storage assigns duplicates). */
export interface CleanArticle {
  origin: string;
  url: string | null;
  source: string | null;
  siteName: string | null;
  title: string | null;
  description: string | null;
  author: string | null;
  published: string | null;
  publishedFrom: string | null;
  pageDate: string | null;
  /**
   * The last revision date the page states ("Updated …", dateModified), never taken for the publication date; it is an
   * upper bound when `published` is unknown. Null when none is stated or it lies before the publication date.
   */
  modified: string | null;
  language: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
  removed: Removal[];
  dateCandidates: DateCandidate[];
}

/** A stored article (contract shape + internals). */
export interface Article extends CleanArticle {
  id: string;
  duplicateOf: string | null;
}

export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export interface DateInterval {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD, inclusive
}

/** A temporal expression found in text (time stage output). */
export interface TimeExpression {
  text: string;
  /** Character offsets into the text; end exclusive. */
  start: number;
  end: number;
  /** TIMEX3 type. */
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3-style value (2022-03-05, 2023-10, 2023-Q4, 2019, 199X, P2Y, XXXX-WXX, PAST_REF) or null. */
  value: string | null;
  /** The days the expression names (a DATE/TIME), or the span a DURATION measures ("the past two years"). */
  interval: DateInterval | null;
  /**
   * A DURATION counted from another time, as TimeML annotates "three days later" (P3D, anchored): `interval` is then
   * the time it lands on (the day three days after the last date mentioned), so it dates an event as a DATE would.
   * When the text names no day to count from, `interval` is null (with a `reason`): the event is then dated nowhere,
   * neither by the reference date nor by a guess.
   */
  anchored?: boolean;
  precision: Precision | null;
  /** Why value is null, or how an ambiguity was settled (e.g. "no reference date", "day-month order from weekday"). */
  reason?: string;
}

export interface EventDate extends DateInterval {
  precision: Precision;
}

/**
 * Where an event's date comes from: `stated` — the summary sentence states it (`expression`: its words, "on Saturday");
 * `inherited` — the summary sentence does not, other merged mentions do (`expression`: their words, `articleId`: the
 * article that states it); `published` — no text states a date: the publication day of a report of the day (weak).
 */
export type DateBasis = 'stated' | 'published' | 'inherited';

/** An event's date with its basis (absent on events stored before the basis existed). */
export interface StoryEventDate extends EventDate {
  basis?: DateBasis;
  /** The words that state the date, when a text states it and they are known. */
  expression?: string | null;
  /** The article whose text states the date (stated, inherited) or whose publication day it is (published). */
  articleId?: string | null;
}

/** A resolved actor mention in a sentence (actors stage output). */
export interface ActorMention {
  /** CAMEO actor code, e.g. USAGOV, VENOPP, IGOUNO. */
  code: string;
  /** ISO 3166-1 alpha-3, or null (IGOs, unknown). */
  country: string | null;
  /** Canonical name ("Nicolás Maduro", "United States"). */
  name: string;
  /** Offsets into the sentence; end exclusive. */
  start: number;
  end: number;
}

/** Who did what to whom, coded in CAMEO: shared by mentions and merged events. */
export interface CodedAction {
  source: string;
  sourceCountry: string | null;
  target: string;
  targetCountry: string | null;
  code: string;
  root: string;
  plover: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
}

/** One coded event mention: one sentence clause (events stage output). Contract "Mention" shape. */
export interface EventMention extends CodedAction {
  date: EventDate | null;
  /** How the date was found: "expression" (attached time expression), "published" (news of the day), or null. */
  dateFrom?: string | null;
  /** The words of the time expression that dates the mention (when dateFrom is "expression"), e.g. "on Saturday". */
  dateText?: string | null;
  /** For a statement of intent or a threat about a later time ("will meet next week", "threatened to strike on
   *  Friday"): the days planned or threatened. The mention itself is dated on the day of the statement. */
  planned?: EventDate;
  sentence: string;
  /** Offsets of the sentence in the article text (if coded from an article). */
  sentenceStart?: number;
  /** Offsets within the sentence. */
  sourceSpan?: [number, number] | null;
  targetSpan?: [number, number] | null;
  triggerSpan?: [number, number] | null;
  trigger?: string;
  confidence: number;
  /** True when the event is mutual between source and target ("Venezuela and the US agreed…", "the two countries
   *  broke off relations"): source/target order carries no meaning. Added by the events stage. */
  symmetric?: boolean;
}

/** A mention stored with its article. */
export interface StoredMention extends EventMention {
  id: string;
  articleId: string;
  origin: string;
  url: string | null;
  published: string | null;
  /** Article this one duplicates (for counting independent sources). */
  duplicateOf: string | null;
  source_domain?: string | null;
}

/** A real-world event: several mentions may support it (merge stage output). Contract "Event" shape. */
export interface StoryEvent extends CodedAction {
  id: string;
  date: StoryEventDate | null;
  summary: string;
  /** Number of independent sources (near-duplicate articles count once). */
  sources: number;
  /** True when every mention reports it as background (long before its article's date). */
  background: boolean;
  /** Earliest publication date among the mentions' articles. */
  firstReported: string | null;
  /** Disagreements kept visible: other readings of the date or actors, with the mentions that carry them. */
  alternatives?: { field: 'date' | 'source' | 'target'; value: string; articleIds: string[] }[];
  /** The evidence: each sentence once (a sentence coded twice for the event is listed once), in report order. */
  mentions: EventEvidence[];
}

/** One evidence sentence of an event, with the spans (offsets in the sentence) of its trigger and actors. */
export interface EventEvidence {
  articleId: string;
  origin: string;
  sentence: string;
  url: string | null;
  published: string | null;
  /** The news source (registrable domain) of the article, when known. */
  outlet?: string | null;
  triggerSpan?: [number, number] | null;
  sourceSpan?: [number, number] | null;
  targetSpan?: [number, number] | null;
}

/** A stored article as news of its day (what salience reads of every article, coded events or not). */
export interface Publication {
  articleId: string;
  published: string | null;
  /** The earlier article it is a near-duplicate of. */
  duplicateOf: string | null;
  /** The article's source domain (`Article.source`). */
  domain: string | null;
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
  /** Set when read back from the store: the article's place in the store's order (its `seq`). */
  seq?: number;
}

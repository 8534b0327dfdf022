// The contract of an input format: one module per format (text.ts, html.ts, jsonl.ts, warc.ts), listed in the
// registry of index.ts. The ingest stage (../index.ts) unwraps gzip, picks the format of a file by its extension and
// its first bytes (sniffFormat), and hands the format's reader the file's bytes.
import type { InputError, RawDoc } from '../../types.js';

/** What a reader yields: a document, or a problem naming the file (and record) it comes from. */
export interface ReadItem {
  doc?: RawDoc;
  error?: InputError;
}

export interface ReadContext {
  /** The name documents and problems carry: the path, `stdin`, or the name given to readBytes. */
  origin: string;
  /** The first bytes of the (decompressed) content, as sniffed. */
  head: Buffer;
  /** One document larger than this is refused. */
  maxDoc: number;
  /** Stops reading the source (a reader that gives up before the end calls it). */
  stop: () => void;
}

export interface InputFormat<Kind extends string = string> {
  /** The format's name in code (`text`, `html`, …). */
  readonly kind: Kind;
  /** The format's name in messages (`HTML`, `JSON Lines`, …). */
  readonly label: string;
  /** Extensions (lower case, after a trailing .gz is removed) that decide the format whatever the content. */
  readonly extensions: readonly string[];
  /** Extensions that name the format unless the content starts with another format's signature. */
  readonly likelyExtensions?: readonly string[];
  /** A start of content that is this format whatever the extension (a decisive extension excepted). */
  readonly signature?: (start: string) => boolean;
  /** Whether content whose extension and signature say nothing looks like this format. */
  readonly sniff?: (start: string) => boolean;
  /** The format may carry binary bytes (a WARC's images): its files are not refused as binary. */
  readonly binary?: boolean;
  /** Reads one file's (decompressed) byte chunks into documents and problems. May throw on a read error. */
  readonly read: (chunks: AsyncIterable<Buffer>, ctx: ReadContext) => AsyncGenerator<ReadItem>;
}

// Ingest stage: turns paths (files, folders, "-" for stdin) into RawDoc records, streaming.
// Formats: the registry of formats/index.ts (.txt scrapes, .html/.htm pages, JSON Lines, WARC), any of them
// gzip-compressed (sniffed by magic bytes, not only by extension). Every problem becomes an InputError naming the file
// (and record) — the batch goes on.
import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { readdir, stat, realpath } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import type { InputError, RawDoc } from '../types.js';
import { looksBinary } from '../util/decode.js';
import { formatLabels, knownExtension, sniffFormat, type InputKind } from './formats/index.js';

export { decodeBytes, looksBinary } from '../util/decode.js';
export { FORMATS, isJsonDocument, type InputFormat, type InputKind } from './formats/index.js';

/** One document larger than this is refused (a big JSONL/WARC file of normal documents is streamed, not refused). */
export const MAX_DOC_BYTES = 20 * 1024 * 1024;

/** Files up to this size are read synchronously in one call. */
const SMALL_FILE = 1024 * 1024;

export interface IngestItem {
  doc?: RawDoc;
  error?: InputError;
  /** Input bytes consumed so far in this file (compressed size for .gz), for progress. */
  bytesRead: number;
  /** Path of the file the item came from. */
  file: string;
}

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  maxDocBytes?: number;
}

/** Extension after removing a trailing .gz. */
export function innerExt(path: string): string {
  const name = basename(path).toLowerCase().replace(/\.gz$/, '');
  return extname(name);
}

/** Lists the files a path stands for: the file itself, or every known-format file under a folder (sorted, recursive). */
export async function expandPath(path: string): Promise<{ files: string[]; errors: InputError[] }> {
  if (path === '-') return { files: ['-'], errors: [] };
  const files: string[] = [];
  const errors: InputError[] = [];
  // Real paths of the folders being walked: a symbolic link back to one of them (a loop) is reported, not followed.
  const open = new Set<string>();
  const walk = async (p: string, top: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      errors.push({ origin: p, message: `cannot read: ${describeFsError(e)}` });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      let real: string;
      try {
        real = await realpath(p);
        names = (await readdir(p)).sort();
      } catch (e) {
        errors.push({ origin: p, message: `cannot read folder: ${describeFsError(e)}` });
        return;
      }
      if (open.has(real)) {
        errors.push({ origin: p, message: `symbolic link loop: leads back to ${real}, not followed` });
        return;
      }
      open.add(real);
      for (const n of names) if (!n.startsWith('.')) await walk(join(p, n), false);
      open.delete(real);
    } else if (st.isFile()) {
      // Inside folders only known formats are read; a file named explicitly is always read (format sniffed).
      if (top || knownExtension(innerExt(p))) files.push(p);
    } else if (top) errors.push({ origin: p, message: 'not a regular file or folder' });
  };
  await walk(path, true);
  return { files, errors };
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or folder';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a folder';
  return err.message ?? String(e);
}

/** Total size in bytes of the files (for progress/ETA); stdin counts 0. */
export async function totalSize(files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) {
    if (f === '-') continue;
    try {
      n += (await stat(f)).size;
    } catch {
      /* reported when read */
    }
  }
  return n;
}

/** Reads every path and yields documents and errors in input order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    const { files, errors } = await expandPath(p);
    for (const error of errors) yield { error, bytesRead: 0, file: error.origin };
    for (const f of files) yield* readFile(f, opts);
  }
}

/** A byte source that counts raw bytes read and can be peeked at. */
class ByteSource {
  raw = 0;
  constructor(readonly stream: Readable | NodeJS.ReadableStream) {
    (stream as Readable).on?.('data', (c: Buffer) => {
      this.raw += c.length;
    });
  }
}

async function* chunksOf(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
}

/** Peeks at least `n` bytes of an async chunk iterator and returns them with an iterator replaying everything. */
async function peek(it: AsyncGenerator<Buffer>, n: number): Promise<{ head: Buffer; rest: AsyncGenerator<Buffer> }> {
  const got: Buffer[] = [];
  let len = 0;
  let done = false;
  // A read error after some bytes (a truncated gzip) is raised after those bytes, not instead of them.
  let failure: unknown = null;
  while (len < n) {
    let r: IteratorResult<Buffer>;
    try {
      r = await it.next();
    } catch (e) {
      if (!len) throw e;
      failure = e;
      done = true;
      break;
    }
    if (r.done) {
      done = true;
      break;
    }
    got.push(r.value);
    len += r.value.length;
  }
  const head = Buffer.concat(got);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (failure) throw failure;
    if (!done) yield* it;
  }
  return { head, rest: rest() };
}

/** The kind of format of a file, from its first bytes and its name (see sniffFormat). */
export function sniffKind(head: Buffer, path: string): InputKind {
  return sniffFormat(head, innerExt(path)).kind;
}

const MAX_GZIP_LEVELS = 3;
const GUNZIP_SLICE = 4096;

const isGzip = (head: Buffer): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/**
 * The decompressed bytes of a gzip byte stream. A decompression error (truncated or corrupt data) is thrown only
 * after every byte decompressed before it has been yielded, so the complete records ahead of the damage are kept
 * (iterating the gunzip stream itself would drop its buffered output on error).
 */
async function* gunzipChunks(compressed: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  const out = new PassThrough();
  let failure: Error | null = null;
  gunzip.on('data', (c: Buffer) => {
    if (!out.write(c)) gunzip.pause();
  });
  out.on('drain', () => gunzip.resume());
  gunzip.on('end', () => out.end());
  gunzip.on('error', (e) => {
    failure = e;
    out.end();
  });
  (async () => {
    try {
      // Written in small slices: zlib drops the output of the write that fails, so this bounds what a damaged
      // tail can take with it to the slice holding the damage.
      for await (const c of compressed) {
        for (let i = 0; i < c.length; i += GUNZIP_SLICE) {
          if (!gunzip.write(c.subarray(i, i + GUNZIP_SLICE))) await new Promise((r) => gunzip.once('drain', r));
        }
      }
      gunzip.end();
    } catch (e) {
      gunzip.destroy(e as Error);
    }
  })();
  for await (const c of out) yield c as Buffer;
  if (failure) throw failure;
}

/** True when the stream reads a file descriptor that is a folder (`storyline ingest - < folder`): reading it gives nothing. */
function stdinIsFolder(stream: NodeJS.ReadableStream): boolean {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return false;
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

/** Reads one file (or stdin) and yields its documents. Never throws. */
export async function* readFile(path: string, opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const maxDoc = opts.maxDocBytes ?? MAX_DOC_BYTES;
  let stream: Readable | NodeJS.ReadableStream;
  if (path === '-') {
    if (!opts.stdin) {
      yield { error: { origin: '-', message: 'no standard input' }, bytesRead: 0, file: '-' };
      return;
    }
    if (stdinIsFolder(opts.stdin)) {
      yield { error: { origin: 'stdin', message: 'standard input is a folder; give the folder as a PATH instead of "-"' }, bytesRead: 0, file: '-' };
      return;
    }
    stream = opts.stdin;
  } else {
    // Small files are read in one synchronous call: with thousands of short articles, per-file async stream
    // set-up and thread-pool round trips cost more than the read itself.
    let small: Buffer | null = null;
    try {
      const st = statSync(path);
      if (st.size <= SMALL_FILE) small = readFileSync(path);
    } catch {
      /* fall through to the stream, which reports the error */
    }
    stream = small ? Readable.from([small]) : createReadStream(path);
  }
  yield* readStream(stream, path, path === '-' ? 'stdin' : path, maxDoc);
}

/**
 * Reads one file's content held in memory (a queued job's input, a downloaded page) and yields its documents, as
 * readFile does for a file at `name` (whose extension helps sniff the format). Never throws.
 */
export async function* readBytes(name: string, bytes: Buffer, opts: ReadOptions = {}): AsyncGenerator<IngestItem> {
  yield* readStream(Readable.from([bytes]), name, name, opts.maxDocBytes ?? MAX_DOC_BYTES);
}

async function* readStream(stream: Readable | NodeJS.ReadableStream, path: string, origin: string, maxDoc: number): AsyncGenerator<IngestItem> {
  const src = new ByteSource(stream);
  let produced = 0;
  try {
    let chunks = chunksOf(stream as AsyncIterable<unknown>);
    let { head, rest } = await peek(chunks, 4096);
    // Gzip inside gzip (a compressed archive compressed again) is unwrapped too, a few levels deep.
    for (let level = 0; isGzip(head); level++) {
      if (level === MAX_GZIP_LEVELS) {
        yield { error: { origin, message: `gzip nested more than ${MAX_GZIP_LEVELS} levels deep` }, bytesRead: src.raw, file: path };
        return;
      }
      chunks = gunzipChunks(rest);
      ({ head, rest } = await peek(chunks, 4096));
    }
    if (head.length === 0) {
      yield { error: { origin, message: 'empty file' }, bytesRead: src.raw, file: path };
      return;
    }
    const format = sniffFormat(head, innerExt(path));
    if (!format.binary && looksBinary(head)) {
      yield { error: { origin, message: `binary file, not ${formatLabels()}` }, bytesRead: src.raw, file: path };
      return;
    }
    const stop = () => (stream as Readable).destroy?.();
    for await (const item of format.read(rest, { origin, head, maxDoc, stop })) {
      produced++;
      yield { ...item, bytesRead: src.raw, file: path };
    }
  } catch (e) {
    yield { error: { origin, message: describeReadError(e, produced) }, bytesRead: src.raw, file: path };
  }
}

function describeReadError(e: unknown, produced: number): string {
  const err = e as NodeJS.ErrnoException;
  const after = produced ? ` (after ${produced} record${produced === 1 ? ', which was' : 's, which were'} kept)` : '';
  if (err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message ?? '')) return `truncated gzip: the compressed data ends early${after}`;
  if (err.code === 'Z_DATA_ERROR') return `corrupt gzip data: ${err.message}${after}`;
  if (err.code) return `cannot read: ${describeFsError(e)}${after}`;
  return `${err.message ?? String(e)}${after}`;
}

/** The RSS/Atom reader (feed.ts), loaded on demand so that ingesting files does not load rss-parser. */
export async function loadFeedReader(): Promise<typeof import('./feed.js')> {
  return import('./feed.js');
}

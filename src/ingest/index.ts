// Ingest stage: turns paths (files, folders, "-" for stdin) into RawDoc records, streaming.
// Formats: .txt scrapes, .html/.htm pages, JSON Lines, WARC (warcio), any of them gzip-compressed (sniffed by magic
// bytes, not only by extension). Every problem becomes an InputError naming the file (and record) — the batch goes on.
import { createReadStream, fstatSync, readFileSync, statSync } from 'node:fs';
import { readdir, stat, realpath } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import { LimitReader, WARCParser } from 'warcio';
import type { InputError, RawDoc } from '../types.js';
import { decodeBytes, looksBinary, charsetFromContentType } from './decode.js';

export { decodeBytes, looksBinary } from './decode.js';

/** One document larger than this is refused (a big JSONL/WARC file of normal documents is streamed, not refused). */
export const MAX_DOC_BYTES = 20 * 1024 * 1024;

/** Files up to this size are read synchronously in one call. */
const SMALL_FILE = 1024 * 1024;

export type InputKind = 'text' | 'html' | 'jsonl' | 'warc';

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

const KNOWN_EXT = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.shtml', '.jsonl', '.ndjson', '.json', '.warc']);

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
      if (top || KNOWN_EXT.has(innerExt(p))) files.push(p);
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

export function sniffKind(head: Buffer, path: string): InputKind {
  const ext = innerExt(path);
  if (ext === '.warc') return 'warc';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || ext === '.shtml') return 'html';
  const s = decodeBytes(head.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('WARC/')) return 'warc';
  if (ext === '.json' || (ext !== '.txt' && ext !== '.text' && s.startsWith('{'))) return 'jsonl';
  if (ext !== '.txt' && ext !== '.text' && /^<(!doctype html|html|head|body|meta|\?xml)/i.test(s)) return 'html';
  return 'text';
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
    const kind = sniffKind(head, path);
    if (kind !== 'warc' && looksBinary(head)) {
      yield { error: { origin, message: 'binary file, not text, HTML, JSON Lines or WARC' }, bytesRead: src.raw, file: path };
      return;
    }
    if (kind === 'jsonl') {
      const records = isJsonDocument(head) ? readJsonDocument(rest, origin, maxDoc) : readJsonl(rest, origin, maxDoc);
      for await (const item of records) {
        produced++;
        yield { ...item, bytesRead: src.raw, file: path };
      }
    } else if (kind === 'warc') {
      for await (const item of readWarc(rest, origin, maxDoc)) {
        produced++;
        yield { ...item, bytesRead: src.raw, file: path };
      }
    } else {
      const parts: Buffer[] = [];
      let len = 0;
      for await (const c of rest) {
        len += c.length;
        if (len > maxDoc) {
          yield { error: { origin, message: `document too large: over ${Math.round(maxDoc / 1048576)} MB (one document; split it or use JSON Lines)` }, bytesRead: src.raw, file: path };
          (stream as Readable).destroy?.();
          return;
        }
        parts.push(c);
      }
      const buf = Buffer.concat(parts);
      const content = decodeBytes(buf, { html: kind === 'html' });
      if (!content.trim()) {
        yield { error: { origin, message: 'empty document (only whitespace)' }, bytesRead: src.raw, file: path };
        return;
      }
      produced++;
      yield { doc: kind === 'html' ? { origin, html: content } : { origin, text: content }, bytesRead: src.raw, file: path };
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

/** Splits a byte stream into lines without holding the whole file. */
async function* lines(chunks: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<{ line: Buffer | null; n: number; tooLong?: boolean }> {
  let carry: Buffer = Buffer.alloc(0);
  let n = 0;
  let skipping = false;
  for await (const c of chunks) {
    const buf: Buffer = carry.length ? Buffer.concat([carry, c]) : c;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      n++;
      if (skipping) skipping = false;
      else if (nl - start > maxLine) yield { line: null, n, tooLong: true };
      else yield { line: buf.subarray(start, nl), n };
      start = nl + 1;
    }
    carry = buf.subarray(start);
    if (carry.length > maxLine) {
      if (!skipping) yield { line: null, n: n + 1, tooLong: true };
      skipping = true;
      carry = Buffer.alloc(0);
    }
  }
  if (carry.length && !skipping) yield { line: carry, n: n + 1 };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** JSON Lines: {url?, title?, text? | html?, published?, source?, author?, language?} per line. A bad line is reported, the rest read. */
async function* readJsonl(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<{ doc?: RawDoc; error?: InputError }> {
  for await (const { line, n, tooLong } of lines(chunks, maxDoc)) {
    const recOrigin = `${origin}#${n}`;
    if (tooLong) {
      yield { error: { origin: recOrigin, message: `line ${n}: document too large (over ${Math.round(maxDoc / 1048576)} MB)` } };
      continue;
    }
    const s = decodeBytes(line!).trim();
    if (!s) continue;
    let o: unknown;
    try {
      o = JSON.parse(s);
    } catch (e) {
      yield { error: { origin: recOrigin, message: `line ${n}: malformed JSON (${(e as Error).message})` } };
      continue;
    }
    yield* jsonRecord(o, recOrigin, `line ${n}`);
  }
}

/** Metadata fields read as strings, and the date fields, which may also be numbers (Unix timestamps). */
const STRING_FIELDS = ['url', 'title', 'source', 'author', 'language', 'lang'];
const DATE_FIELDS = ['published', 'date', 'datePublished', 'published_at'];

/**
 * A JSON value read as one article record ({url?, title?, text? | html?, published?, …}), or the error saying why
 * not. A metadata field of the wrong type (`"url": {}`) is ignored with a problem report naming it; the record is kept.
 */
function* jsonRecord(o: unknown, recOrigin: string, where: string): Generator<{ doc?: RawDoc; error?: InputError }> {
  if (!o || typeof o !== 'object' || Array.isArray(o)) {
    yield { error: { origin: recOrigin, message: `${where}: not a JSON object` } };
    return;
  }
  const r = o as Record<string, unknown>;
  const text = str(r.text) ?? str(r.content) ?? str(r.body);
  const html = str(r.html) ?? str(r.raw_html);
  if (!text && !html) {
    yield { error: { origin: recOrigin, message: `${where}: no "text" or "html" field with content` } };
    return;
  }
  for (const k of [...STRING_FIELDS, ...DATE_FIELDS]) {
    const v = r[k];
    if (v === undefined || v === null || typeof v === 'string' || (typeof v === 'number' && DATE_FIELDS.includes(k))) continue;
    const kind = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
    yield { error: { origin: recOrigin, message: `${where}: field "${k}" ignored: ${kind}, not ${DATE_FIELDS.includes(k) ? 'a date string or timestamp' : 'a string'} (the record is kept)` } };
  }
  yield {
    doc: {
      origin: recOrigin,
      ...(html && !text ? { html } : { text: text! }),
      url: str(r.url),
      title: str(r.title),
      published: dateStr(r.published) ?? dateStr(r.date) ?? dateStr(r.datePublished) ?? dateStr(r.published_at),
      source: str(r.source),
      author: str(r.author),
      language: str(r.language) ?? str(r.lang),
    },
  };
}

/** A date field: a string, or a number (a Unix timestamp), read by the clean stage like the same digits in a string. */
const dateStr = (v: unknown): string | null => str(v) ?? (typeof v === 'number' && Number.isFinite(v) ? String(v) : null);

/** Whole-file JSON bigger than this is refused: it must be parsed in one piece (JSON Lines streams). */
const MAX_JSON_FILE = 256 * 1024 * 1024;

/**
 * A JSON file that is not JSON Lines: an array of records, or one (pretty-printed) record. Parsed whole, so it is
 * bounded by MAX_JSON_FILE.
 */
async function* readJsonDocument(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<{ doc?: RawDoc; error?: InputError }> {
  const parts: Buffer[] = [];
  let len = 0;
  for await (const c of chunks) {
    len += c.length;
    if (len > MAX_JSON_FILE) {
      yield { error: { origin, message: `JSON file over ${MAX_JSON_FILE / 1048576} MB; write one record per line (JSON Lines) instead` } };
      return;
    }
    parts.push(c);
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeBytes(Buffer.concat(parts)));
  } catch {
    // Not one JSON value after all: read it as JSON Lines, so every good line is kept and each bad one named.
    yield* readJsonl(Readable.from(parts), origin, maxDoc);
    return;
  }
  if (!Array.isArray(value)) {
    yield* jsonRecord(value, origin, 'the file');
    return;
  }
  for (let i = 0; i < value.length; i++) yield* jsonRecord(value[i], `${origin}#${i + 1}`, `item ${i + 1} of the array`);
}

/** True when a JSON file's first bytes open an array, or an object alone on its first line (pretty-printed). */
export function isJsonDocument(head: Buffer): boolean {
  const s = decodeBytes(head).trimStart();
  return s.startsWith('[') || /^\{[ \t]*\r?\n/.test(s);
}

/**
 * The bytes a record's Content-Length promised that the file does not hold, after reading what is left of it (kept by
 * no one): > 0 means the file was cut inside the record. warcio keeps them in the record's reader (`_reader`, declared
 * in its types), and stops quietly at the end of the file.
 */
async function unreadBytes(record: { _reader: unknown }): Promise<number> {
  const raw = record._reader;
  if (!(raw instanceof LimitReader)) return 0;
  for await (const chunk of raw) void chunk;
  return raw.limit;
}

/** WARC: response (and resource) records with HTML or text; other records are skipped. */
async function* readWarc(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<{ doc?: RawDoc; error?: InputError }> {
  const parser = new WARCParser(chunks as AsyncIterable<Uint8Array>, { keepHeadersCase: false });
  let n = 0;
  for await (const record of parser) {
    n++;
    // A Content-Length that is not a whole number ("344msgtype=…", "-5") sends warcio's skip of the record into an
    // endless loop, and leaves no way to find the next record: the file is read no further.
    const declared = record.warcHeader('Content-Length');
    if (declared !== null && declared !== undefined && !/^\s*\d{1,15}\s*$/.test(declared)) {
      yield { error: { origin: `${origin}#${n}`, message: `record ${n}: Content-Length "${declared.slice(0, 40)}" is not a number of bytes; the rest of the file cannot be read` } };
      return;
    }
    const type = record.warcType;
    const url = record.warcTargetURI ?? null;
    const ctype = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
    const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
    const wanted = (type === 'response' || type === 'resource') && status >= 200 && status < 300 && (!ctype || /html|text\/plain|xml/i.test(ctype));
    // A record is never left for warcio to skip: its skip loops for ever when the file ends inside the record.
    const body = wanted ? await record.readFully(true) : null;
    const missing = await unreadBytes(record);
    if (missing > 0) {
      yield { error: { origin: `${origin}#${n}`, message: `record ${n} (${url}): truncated, the file ends ${missing} bytes before the record does; record skipped` } };
      return;
    }
    if (!body) continue;
    const recOrigin = `${origin}#${n}`;
    if (body.length > maxDoc) {
      yield { error: { origin: recOrigin, message: `record ${n} (${url}): document too large (over ${Math.round(maxDoc / 1048576)} MB)` } };
      continue;
    }
    if (!body.length) continue;
    const isHtml = !/text\/plain/i.test(ctype);
    const content = decodeBytes(body, { declared: charsetFromContentType(ctype), html: isHtml });
    if (!content.trim()) continue;
    const crawledAt = record.warcDate ?? null;
    yield { doc: { origin: recOrigin, ...(isHtml ? { html: content } : { text: content }), url, crawledAt } };
  }
}

// JSON Lines (.jsonl, .ndjson; a .json file or a file starting with `{`): one article record per line,
// {url?, title?, text? | html?, published?, source?, author?, language?}. A .json file that is one array of records,
// or one pretty-printed record, is read whole. A bad line or record is reported, the rest read.
import { Readable } from 'node:stream';
import { decodeBytes } from '../../util/decode.js';
import type { InputFormat, ReadContext, ReadItem } from './types.js';

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
async function* readJsonl(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<ReadItem> {
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
function* jsonRecord(o: unknown, recOrigin: string, where: string): Generator<ReadItem> {
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
async function* readJsonDocument(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<ReadItem> {
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

export const jsonl = {
  kind: 'jsonl',
  label: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  likelyExtensions: ['.json'],
  sniff: (start) => start.startsWith('{'),
  read: (chunks: AsyncIterable<Buffer>, ctx: ReadContext) =>
    isJsonDocument(ctx.head) ? readJsonDocument(chunks, ctx.origin, ctx.maxDoc) : readJsonl(chunks, ctx.origin, ctx.maxDoc),
} as const satisfies InputFormat;

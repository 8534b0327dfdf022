// Input items for `storyline code` and `storyline time`: plain text (one item per non-empty line) or
// JSON Lines ({"id","text","date"|"ref"}), from a file or "-" (stdin).
import { readFile } from 'node:fs/promises';
// The decoder module alone, not the ingest stage's index: `storyline time` should not load the WARC reader.
import { decodeBytes, looksBinary } from '../util/decode.js';
import { flagString, UsageError, type ParsedArgs } from './args.js';

export interface Item {
  id: string;
  text: string;
  /** Reference / event date for this item (YYYY-MM-DD), or null. */
  date: string | null;
}

export interface ItemError {
  line: number;
  message: string;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** The text of a file or of stdin, decoded as ingest decodes (BOM, UTF-16); a binary file is refused. */
export async function readItemSource(path: string | undefined, stdin: NodeJS.ReadableStream): Promise<string> {
  const bytes = !path || path === '-' ? await readAll(stdin) : await readFile(path);
  if (looksBinary(bytes)) throw new Error('binary file, not text or JSON Lines');
  return decodeBytes(bytes);
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}/;

/** Parses items; `defaultDate` applies to items that carry none. JSONL is detected per line ("{" first). */
export function parseItems(content: string, defaultDate: string | null, dateKeys: string[] = ['date']): { items: Item[]; errors: ItemError[] } {
  const items: Item[] = [];
  const errors: ItemError[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('{')) {
      let obj: unknown;
      try { obj = JSON.parse(line); } catch (e) { errors.push({ line: i + 1, message: `malformed JSON: ${(e as Error).message}` }); return; }
      if (!obj || typeof obj !== 'object') { errors.push({ line: i + 1, message: 'not a JSON object' }); return; }
      const o = obj as Record<string, unknown>;
      if (typeof o.text !== 'string') { errors.push({ line: i + 1, message: 'no "text" string' }); return; }
      let date: string | null = null;
      for (const k of dateKeys) if (typeof o[k] === 'string' && DATE_RE.test(o[k] as string)) { date = (o[k] as string).slice(0, 10); break; }
      items.push({ id: o.id !== undefined && o.id !== null ? String(o.id) : String(items.length + 1), text: o.text, date: date ?? defaultDate });
    } else {
      items.push({ id: String(items.length + 1), text: raw.replace(/\s+$/, ''), date: defaultDate });
    }
  });
  return { items, errors };
}

export type Detect = (text: string) => string | null;

/** eld's guess at a text's ISO 639-1 language, or null when it is not reliable (loaded only when needed). */
export async function detector(): Promise<Detect> {
  const { guessLanguage } = await import('../util/language.js');
  // a sentence to code is short: guess from 12 characters on (an article needs 40)
  return (text) => guessLanguage(text, 12);
}

/** The --lang flag (an ISO 639-1 code, lower case), or null; a usage error names a bad value. */
export function langFlag(args: ParsedArgs): string | null {
  if (args.flags.lang === true) throw new UsageError('--lang needs a language code: --lang es');
  const lang = flagString(args, 'lang')?.toLowerCase() ?? null;
  if (lang !== null && !/^[a-z]{2}$/.test(lang)) throw new UsageError(`--lang must be an ISO 639-1 code such as en or es, got "${lang}"`);
  return lang;
}

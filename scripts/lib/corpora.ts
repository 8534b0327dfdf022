// Reads the development corpora kept outside the project (../shared/data) by reference, so that evaluation sets made
// of real news sentences ship only their gold annotations and the place of each sentence, not the texts (whose
// licences say: use for evaluation, do not ship). Origins:
//   tbaq:<TimeBank|AQUAINT>/<file>.tml   the TimeML document's <TEXT>, tags removed, entities decoded
//   t17:<topic>:<row>                     a Timeline17 article (its lines de-tokenized, one sentence per line)
//   wcxb:<NNNN>                           a WCXB page's ground-truth main_content
// A sentence is a character range [start, end) of that canonical text; its context the range [contextStart, start).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { parseArticleRows, detokenize } from './timeline17.js';

export function sharedData(root: string): string {
  return join(root, '..', 'shared', 'data');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_m, e: string) => e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e]!);
}

const t17Cache = new Map<string, { date: string; lines: string[] }[]>();
const docCache = new Map<string, string>();

/** The canonical text of a document origin (without the sentence range), or null when the data is missing. */
export function documentText(data: string, doc: string): string | null {
  const hit = docCache.get(doc);
  if (hit !== undefined) return hit;
  let text: string | null = null;
  const [kind, ...rest] = doc.split(':');
  if (kind === 'tbaq') {
    const f = join(data, 'tempeval3-tbaq', rest.join(':'));
    if (existsSync(f)) text = decodeEntities((readFileSync(f, 'utf8').split('<TEXT>')[1] ?? '').split('</TEXT>')[0]!.replace(/<[^>]+>/g, ''));
  } else if (kind === 't17') {
    const [topic, row] = rest;
    if (!t17Cache.has(topic!)) {
      const f = join(data, 'timeline17-dev', `${topic}.articles.csv.gz`);
      t17Cache.set(topic!, existsSync(f) ? parseArticleRows(gunzipSync(readFileSync(f))) : []);
    }
    const art = t17Cache.get(topic!)![Number(row)];
    if (art) text = art.lines.map(detokenize).join('\n');
  } else if (kind === 'wcxb') {
    const f = join(data, 'wcxb-dev-articles', 'ground-truth', `${rest[0]}.json`);
    if (existsSync(f)) text = (JSON.parse(readFileSync(f, 'utf8')) as { ground_truth: { main_content?: string } }).ground_truth.main_content ?? null;
  }
  docCache.set(doc, text ?? '');
  return text;
}

export function sha(s: string): string {
  return createHash('sha1').update(s.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

/** Finds `needle` in `hay` with any run of whitespace matching any other (and quotes in either form): [start, end). */
export function locate(hay: string, needle: string, from = 0): [number, number] | null {
  const esc = needle.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/(``|''|")/g, '(?:``|\'\'|")');
  const re = new RegExp(esc, 'g');
  re.lastIndex = from;
  const m = re.exec(hay);
  return m ? [m.index, m.index + m[0].length] : null;
}

export interface SentenceRef { doc: string; start: number; end: number; contextStart: number; sha: string }

/** The sentence and its context, or an error naming what is missing or changed. */
export function resolveSentence(data: string, ref: SentenceRef): { text: string; context: string } | { error: string } {
  const doc = documentText(data, ref.doc);
  if (doc === null) return { error: `${ref.doc}: not found under ${data}` };
  const text = doc.slice(ref.start, ref.end);
  if (sha(text) !== ref.sha) return { error: `${ref.doc} [${ref.start}, ${ref.end}): the text there changed (sha ${sha(text)} ≠ ${ref.sha})` };
  return { text, context: doc.slice(ref.contextStart, ref.start) };
}

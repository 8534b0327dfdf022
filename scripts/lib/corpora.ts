// Reads the development corpora kept outside the project (../shared/data) by reference, so that evaluation sets made
// of real news sentences ship only their gold annotations and the place of each sentence, not the texts (whose
// licences say: use for evaluation, do not ship). Origins:
//   tbaq:<TimeBank|AQUAINT>/<file>.tml   the TimeML document's <TEXT>, tags removed, entities decoded
//   t17:<topic>:<row>                     a Timeline17 article (its lines de-tokenized, one sentence per line)
//   wcxb:<NNNN>                           a WCXB page's ground-truth main_content
//   upes:<AFP document id>                the sentences of one AFP document in UniversalPetrarch's Spanish protest
//                                         validation file, in sentence order, one paragraph each (the file holds a
//                                         few sentences per document, the headline as sentence 1)
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
  } else if (kind === 'upes') {
    text = upesDocument(data, rest.join(':'));
  } else if (kind === 'wcxb') {
    const f = join(data, 'wcxb-dev-articles', 'ground-truth', `${rest[0]}.json`);
    if (existsSync(f)) text = (JSON.parse(readFileSync(f, 'utf8')) as { ground_truth: { main_content?: string } }).ground_truth.main_content ?? null;
  }
  docCache.set(doc, text ?? '');
  return text;
}

export interface UpesSentence { n: number; id: string; date: string; text: string }
let upesCache: Map<string, UpesSentence[]> | null = null;
/** The sentences of the UniversalPetrarch Spanish validation file, by document (id "AFP_SPA_19940620.0056_6": document
 *  AFP_SPA_19940620.0056, sentence 6), each with its date. */
export function upesSentences(data: string): Map<string, UpesSentence[]> {
  const out = new Map<string, UpesSentence[]>();
  const f = join(data, 'universal-petrarch-es', 'spanish_protest_plover_dev.xml');
  if (!existsSync(f)) return out;
  const xml = readFileSync(f, 'utf8');
  for (const m of xml.matchAll(/<Sentence [^>]*?date="(\d{8})"[^>]*?id="([^"]+)"[^>]*>[\s\S]*?<Text>([\s\S]*?)<\/Text>/g)) {
    const [, d, id, raw] = m;
    const cut = id!.lastIndexOf('_');
    const doc = id!.slice(0, cut);
    const list = out.get(doc) ?? [];
    list.push({ n: Number(id!.slice(cut + 1)), id: id!, date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}`, text: decodeEntities(raw!.replace(/\s+/g, ' ').trim()) });
    out.set(doc, list);
  }
  for (const l of out.values()) l.sort((a, b) => a.n - b.n);
  return out;
}

function upesDocument(data: string, doc: string): string | null {
  if (!upesCache) upesCache = upesSentences(data);
  const l = upesCache.get(doc);
  return l ? l.map((s) => s.text).join('\n\n') : null;
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

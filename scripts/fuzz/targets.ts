// The fuzzing targets: every reader (text, HTML, JSON Lines, WARC, gzip), the two cleaners, the time tagger and the
// coder, each driven with mutated real inputs. A target's check throws when a property fails: no exception may
// escape a stage, every rejected input is named (an InputError with its origin and a message), and what comes out
// is well formed (offsets inside the text, dates that parse, known CAMEO codes).
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { cleanDocument } from '../../src/clean/index.js';
import { findTimeExpressions } from '../../src/time/index.js';
import { codeSentences, isCameoCode } from '../../src/events/index.js';
import { seeds, byteSeeds } from './seeds.js';
import { mutatedBytes, mutatedText } from './mutate.js';

export interface Target<T = unknown> {
  name: string;
  about: string;
  arbitrary: () => fc.Arbitrary<T>;
  check: (input: T) => Promise<void> | void;
  /** Size of an input, for reports. */
  size: (input: T) => number;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

function fail(message: string): never {
  throw new Error(message);
}

const dayArb = fc.oneof(fc.constant(null), fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

let workDir: string | null = null;
const scratch = () => (workDir ??= mkdtempSync(join(tmpdir(), 'storyline-fuzz-')));

/** A reader target: the mutated bytes are written to a file with the extension the reader is chosen by. */
function readerTarget(name: string, ext: string, about: string, seedBytes: () => Buffer[]): Target<Buffer> {
  return {
    name, about,
    arbitrary: () => mutatedBytes(seedBytes()),
    size: (b) => b.length,
    async check(bytes) {
      const file = join(scratch(), `${name}${ext}`);
      writeFileSync(file, bytes);
      let n = 0;
      for await (const item of readInputs([file])) {
        if (++n > 100_000) fail('more than 100 000 items from one input');
        if (!!item.doc === !!item.error) fail('an item is neither a document nor an error (or both)');
        if (item.error) {
          if (!item.error.origin.startsWith(file)) fail(`an error does not name its input: ${item.error.origin}`);
          if (typeof item.error.message !== 'string' || !item.error.message.trim()) fail(`an error without a message for ${item.error.origin}`);
        } else {
          const d = item.doc!;
          if (!d.origin.startsWith(file)) fail(`a document does not name its input: ${d.origin}`);
          if (typeof (d.text ?? d.html) !== 'string') fail(`a document without text or HTML: ${d.origin}`);
        }
      }
    },
  };
}

function checkClean(a: ReturnType<typeof cleanDocument>): void {
  if (typeof a.text !== 'string') fail('clean text is not a string');
  for (const [k, v] of [['published', a.published], ['modified', a.modified]] as const) if (v !== null && !DAY.test(v)) fail(`${k} is not a date: ${v}`);
  if (a.language !== null && !/^[a-z]{2}$/.test(a.language)) fail(`language is not ISO 639-1: ${a.language}`);
  if (!Array.isArray(a.removed) || !Array.isArray(a.dateCandidates)) fail('removals or date candidates are not lists');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one list of targets whose inputs have different types
export const TARGETS: Target<any>[] = [
  readerTarget('read-text', '.txt', 'text scrapes (plain and gzip)', () => byteSeeds('text')),
  readerTarget('read-html', '.html', 'HTML pages', () => seeds().html.map((h) => Buffer.from(h))),
  readerTarget('read-jsonl', '.jsonl', 'JSON Lines and JSON arrays (plain and gzip)', () => byteSeeds('jsonl')),
  readerTarget('read-warc', '.warc', 'WARC files of HTML responses (plain and gzip)', () => byteSeeds('warc')),
  {
    name: 'clean-text', about: 'the text cleaner (scrapes)',
    arbitrary: () => mutatedText(seeds().text), size: (s: string) => s.length,
    check: (text: string) => checkClean(cleanDocument({ origin: 'fuzz.txt', text })),
  },
  {
    name: 'clean-html', about: 'the HTML cleaner (Readability over linkedom)',
    arbitrary: () => mutatedText(seeds().html), size: (s: string) => s.length,
    check: (html: string) => checkClean(cleanDocument({ origin: 'fuzz.html', html, url: 'https://fuzz.example.org/2024/03/05/story' })),
  },
  {
    name: 'time', about: 'the time tagger',
    arbitrary: () => fc.tuple(mutatedText(seeds().sentences), dayArb), size: ([s]: [string, string | null]) => s.length,
    check([text, ref]: [string, string | null]) {
      for (const e of findTimeExpressions(text, ref)) {
        if (!(e.start >= 0 && e.end <= text.length && e.start < e.end)) fail(`expression offsets outside the text: ${e.start}-${e.end}`);
        if (text.slice(e.start, e.end) !== e.text) fail(`expression text does not match its offsets: ${JSON.stringify(e.text)}`);
        if (e.interval && (!DAY.test(e.interval.start) || !DAY.test(e.interval.end) || e.interval.start > e.interval.end)) fail(`bad interval ${JSON.stringify(e.interval)}`);
      }
    },
  },
  {
    name: 'code', about: 'the event coder (with the time tagger and actor resolution)',
    arbitrary: () => fc.tuple(mutatedText([...seeds().sentences, ...seeds().text]), dayArb), size: ([s]: [string, string | null]) => s.length,
    check([text, date]: [string, string | null]) {
      for (const m of codeSentences(text, date)) {
        if (!isCameoCode(m.code)) fail(`unknown CAMEO code ${m.code}`);
        if (![1, 2, 3, 4].includes(m.quadClass)) fail(`QuadClass ${m.quadClass}`);
        if (m.sentenceStart === undefined || text.slice(m.sentenceStart, m.sentenceStart + m.sentence.length) !== m.sentence) fail('a mention\'s sentence is not at its offset');
        for (const span of [m.triggerSpan, m.sourceSpan, m.targetSpan]) if (span && !(span[0] >= 0 && span[1] <= m.sentence.length && span[0] <= span[1])) fail(`span ${span} outside its sentence`);
        if (m.date && (!DAY.test(m.date.start) || m.date.start > m.date.end)) fail(`bad date ${JSON.stringify(m.date)}`);
      }
    },
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see TARGETS
export function targetNamed(name: string): Target<any> {
  const t = TARGETS.find((x) => x.name === name);
  if (!t) throw new Error(`no fuzz target "${name}" (targets: ${TARGETS.map((x) => x.name).join(', ')})`);
  return t;
}

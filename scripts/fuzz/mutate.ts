// Corpus mutation for the fuzzing suite: a real input (a seed) changed by a few edits that hostile or broken input
// makes — inserted control and markup characters, lone surrogates, deleted and repeated runs, a cut, a splice of
// another seed — as fast-check arbitraries, so that a failing case is reported (and shrunk) as seed + edits.
import fc from 'fast-check';

/** Strings that break readers, cleaners, taggers and coders in practice. */
export const HOSTILE_SNIPPETS = [
  '\0', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u202E', '\u200B', '\uFEFF', '\uFFFD', '\r', '\r\n', '\n\n', '\t', '\x1B[31m', '\u2028',
  '<', '>', '&', '&amp;', '&#0;', '&#xD800;', '</p>', '<p>', '<div>', '</div>', '<script>alert(1)</script>', '<!--', '-->', '<![CDATA[', ']]>', '<br/>',
  '"', '\\', '{', '}', '[', ']', '{"text":', '",', 'null', '1e309', '-0', '9'.repeat(40),
  'WARC/1.0\r\n', 'Content-Length: 99999999\r\n', 'HTTP/1.1 200 OK\r\n', '\r\n\r\n',
  '. ', '; ', ', ', ' — ', '...', '?!', '“', '”', '‘', '’',
  'on Monday', 'last week', 'next Thursday', 'in 2019', '1800 GMT Saturday', 'a half century ago', 'three days later', '2024-02-30', '31/12/1999', '12:00',
  'the United States', 'Venezuela', 'Maduro', 'President', 'the government', 'sanctions', 'met', 'said', 'will visit', 'did not sign', 'they',
];

export type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'repeat'; at: number; len: number; times: number }
  | { op: 'cut'; at: number }
  | { op: 'splice'; at: number; seed: number; from: number; len: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });

/** One edit; positions are fractions of the current length, so that any edit applies to any text. */
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ maxLength: 12, unit: 'binary' }), fc.string({ maxLength: 24, unit: 'grapheme' })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at: position, len: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 300 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cut' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('splice' as const), at: position, seed: fc.nat(), from: position, len: fc.integer({ min: 1, max: 2000 }) }) },
);

/** Longest mutated input: large enough for long runs, small enough for many cases per second. */
export const MAX_MUTATED = 200_000;

/** Applies edits to a string (UTF-16 units: an edit may split a surrogate pair, as broken input does). */
export function applyEdits(seed: string, edits: Edit[], seeds: string[]): string {
  let s = seed;
  for (const e of edits) {
    const at = Math.floor(e.at * s.length);
    if (e.op === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.op === 'repeat') s = s.slice(0, at) + s.slice(at, at + e.len).repeat(e.times) + s.slice(at + e.len);
    else if (e.op === 'cut') s = s.slice(0, at);
    else {
      const other = seeds[e.seed % seeds.length] ?? '';
      const from = Math.floor(e.from * other.length);
      s = s.slice(0, at) + other.slice(from, from + e.len) + s.slice(at);
    }
    if (s.length > MAX_MUTATED) s = s.slice(0, MAX_MUTATED);
  }
  return s;
}

/** Applies edits to bytes (compressed or binary formats): the same edits, on a latin1 view of the bytes. */
export function applyByteEdits(seed: Buffer, edits: Edit[], seeds: Buffer[]): Buffer {
  const text = applyEdits(seed.toString('latin1'), edits.map((e) => (e.op === 'insert' ? { ...e, text: Buffer.from(e.text, 'utf8').toString('latin1') } : e)), seeds.map((b) => b.toString('latin1')));
  return Buffer.from(text, 'latin1');
}

/** A mutated real input: one of `seeds`, changed by 0–8 edits. */
export function mutatedText(seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(editArb, { maxLength: 8 })).map(([i, edits]) => applyEdits(seeds[i]!, edits, seeds));
}

export function mutatedBytes(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(editArb, { maxLength: 8 })).map(([i, edits]) => applyByteEdits(seeds[i]!, edits, seeds));
}

// Tokens, sentences, lemmas and part of speech from wink-nlp (loaded once per process), with character offsets
// recovered from the source text (wink gives token values, not offsets).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { boundedRuns, pieces } from '../util/pieces.js';

/**
 * Longest text given to wink at once: a longer paragraph is read in pieces cut at a sentence end (else a clause mark
 * or a space), so that memory stays bounded on a megabyte-long line.
 */
export const MAX_PIECE_CHARS = 20_000;
/**
 * Longest sentence, in tokens. A longer one (a list, a table, text without punctuation) is cut into pieces of at most
 * this many tokens, at a clause mark when the second half of a piece has one: the coder and the time stage cost more
 * than linearly in sentence length, and a 9 MB line without a full stop must not stall a run. Real news sentences
 * are far shorter (48 843 sentences of WCXB and TimeBank: 99.9 % under 165 tokens, 31 over 200).
 */
export const MAX_SENTENCE_TOKENS = 200;
/**
 * Longest sentence, in characters: a sentence held together by a long run of spaces or by very long tokens is cut
 * too, since the time stage costs more than linearly in the length of a run of spaces (24 000: 4 s). The longest of
 * the 48 843 real sentences above is 3 949 characters.
 */
export const MAX_SENTENCE_CHARS = 4000;
/** Longest run of characters without a space given to wink (see boundedRuns): longer ones are read in parts. */
export const MAX_RUN_CHARS = 1000;

/** The pieces of a paragraph wink reads one at a time: at most MAX_PIECE_CHARS, no run longer than MAX_RUN_CHARS. */
const winkPieces = (text: string) => pieces(text, MAX_PIECE_CHARS).flatMap((p) => boundedRuns(text, p, MAX_RUN_CHARS));

export interface Token {
  /** Surface text. */
  text: string;
  /** Lower case, accents removed, curly quotes straightened. */
  norm: string;
  /** Lower-case lemma (accents removed). */
  lemma: string;
  /** Universal POS tag (VERB, NOUN, PROPN, AUX, ADP, DET, PUNCT …). */
  pos: string;
  /** Offsets into the sentence; end exclusive. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text given to splitSentences. */
  start: number;
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | null = null;
function nlp(): Nlp {
  // Only the annotations read here: sentence boundaries and part of speech (with lemmas). The default pipe also runs
  // named-entity, negation and sentiment automata, whose results are never read and do not change these (a third
  // of the tagging time).
  if (!nlpInstance) nlpInstance = winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

const COMBINING = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** Accent-insensitive, case-insensitive key of a word or phrase. */
export function normalize(s: string): string {
  // ASCII has no accents, curly quotes or dashes to map: lower case is the whole normalisation.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
}

/** Splits text (paragraphs separated by blank lines) into sentences with tokens; offsets are into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text))) {
    const para = m[0];
    if (!para.trim()) continue;
    for (const [a, b] of winkPieces(para)) tokenizeInto(para.slice(a, b), m.index + a, out);
  }
  return out;
}

/** Tokenizes one piece of text (a sentence or paragraph) into sentences. */
export function tokenizeText(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (text.trim()) for (const [a, b] of winkPieces(text)) tokenizeInto(text.slice(a, b), a, out);
  return out;
}

const CLAUSE_MARK = /^(?:[,;:]|[-–—]+)$/;

/**
 * Token ranges [first, last] covering [a, b], each of at most MAX_SENTENCE_TOKENS tokens and MAX_SENTENCE_CHARS
 * characters (`starts`/`ends`: token offsets), cut after a clause mark in the second half of a range if there is one.
 */
function capSentence(values: string[], starts: number[], ends: number[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let i = a;
  for (;;) {
    // the last token of a range from i: the token limit, or the last that still ends within the character limit
    let j = Math.min(b, i + MAX_SENTENCE_TOKENS - 1);
    while (j > i && ends[j]! - starts[i]! > MAX_SENTENCE_CHARS) j--;
    if (j === b) break;
    for (let k = j; k >= i + (j - i) / 2; k--) {
      if (CLAUSE_MARK.test(values[k]!)) { j = k; break; }
    }
    out.push([i, j]);
    i = j + 1;
  }
  out.push([i, b]);
  return out;
}

function tokenizeInto(para: string, base: number, out: Sentence[]): void {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(para);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as (i: number) => string) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spans: [number, number][] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => { spans.push(s.out(its.span) as [number, number]); });
  // Recover offsets: each token value is searched from the running cursor.
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cur = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // Only the next 40 characters are searched: a token wink does not give verbatim must not cost a scan of the rest.
    const near = para.slice(cur, cur + 40 + v.length).indexOf(v);
    let at = near < 0 ? -1 : cur + near;
    if (at < 0 || at - cur > 40) {
      // wink may expand contractions ("n't" → value kept, but be safe): fall back to skipping whitespace.
      at = cur;
      while (at < para.length && /\s/.test(para[at]!)) at++;
      starts[i] = at; ends[i] = Math.min(para.length, at + v.length);
    } else { starts[i] = at; ends[i] = at + v.length; }
    cur = ends[i]!;
  }
  for (const [a, b] of spans.flatMap(([x, y]) => (x > y || x >= values.length ? [] : capSentence(values, starts, ends, x, Math.min(y, values.length - 1))))) {
    const sStart = starts[a]!;
    const sEnd = ends[b]!;
    const tokens: Token[] = [];
    for (let i = a; i <= b; i++) {
      const t = values[i]!;
      const norm = normalize(t);
      tokens.push({ text: t, norm, lemma: normalize(lemmas[i] ?? t), pos: pos[i] ?? 'X', start: starts[i]! - sStart, end: ends[i]! - sStart, cap: /^\p{Lu}/u.test(t) });
    }
    out.push({ text: para.slice(sStart, sEnd), start: base + sStart, tokens });
  }
}

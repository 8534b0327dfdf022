// Tokens, sentences, lemmas and part of speech, per language, with character offsets into the source text. English:
// wink-nlp (loaded once per process; it gives token values, not offsets, which are recovered here). A language with a
// tokenizer of its own registers it in TOKENIZERS; any other language is read with the English one.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenizeSpanish } from './es.js';
export { hasStemmer, stemWord, stemText } from './stem.js';
export { openKeyCache, type KeyCache } from './keycache.js';
import { boundedRuns, pieces } from '../util/pieces.js';
import { NON_ASCII } from '../util/ascii.js';

/**
 * Longest text given to a tokenizer at once: a longer paragraph is read in pieces cut at a sentence end (else a clause mark
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
/** Longest run of characters without a space given to a tokenizer (see boundedRuns): longer ones are read in parts. */
export const MAX_RUN_CHARS = 1000;

/** The pieces of a paragraph a tokenizer reads one at a time: at most MAX_PIECE_CHARS, no run longer than MAX_RUN_CHARS. */
const readPieces = (text: string) => pieces(text, MAX_PIECE_CHARS).flatMap((p) => boundedRuns(text, p, MAX_RUN_CHARS));

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

/** Whether the token at `k` is a hyphen inside a word, written with no space on either side ("Yunus-Bek",
 *  "al-Sabah", "Kassym-Jomart"). */
export function innerHyphen(tokens: Token[], k: number): boolean {
  const h = tokens[k], a = tokens[k - 1], b = tokens[k + 1];
  return h?.norm === '-' && !!a && !!b && a.end === h.start && h.end === b.start;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text given to splitSentences. */
  start: number;
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
/** The lexeme table of the loaded model: `list` of known words (the model's own first), `hash` word → index. */
interface Lexemes {
  list: string[];
  hash: Record<string, number>;
}
let nlpInstance: Nlp | null = null;
let lexemes: Lexemes | null = null;
/** Words in the model itself (learned words come after them). */
let modelWords = 0;
/** Learned words before this index are already forgotten. */
let forgotten = 0;
/** A fresh model is loaded once this many learned words have piled up (each tokenization re-learns its own). Not
 *  more: wink packs lexeme indices in 20 bits, and past about 250 000 learned words lemmas come out wrong ("cannot" →
 *  "nasser"). */
const MAX_LEARNED = 50_000;
/**
 * The model's custom-entity meta model, from its first load. wink-eng-lite-web-model's metaCER() stores the JSON text
 * of its module's object in place of the object and returns it, so every later call stringifies the text of the call
 * before: each model reload doubled it, and one thread that had read some 4 000 news articles (17 reloads) spent
 * minutes per reload, held gigabytes, ran documents past their time budget (fewer events) and then failed with
 * "RangeError: Invalid string length". The first result is the right one (custom entities are never learned here).
 */
let cerMeta: unknown;

function nlp(): Nlp {
  if (nlpInstance && lexemes && lexemes.list.length - modelWords > MAX_LEARNED) nlpInstance = null;
  // Only the annotations read here: sentence boundaries and part of speech (with lemmas). The default pipe also runs
  // named-entity, negation and sentiment automata, whose results are never read and do not change these (a third
  // of the tagging time).
  if (!nlpInstance) {
    // The instance's own copy of the model (core() makes a fresh one per call) is kept to reach its lexeme table.
    const m = model as unknown as { core: () => { features: { lexeme: Lexemes } }; metaCER: () => unknown };
    const tracked = Object.assign(Object.create(Object.getPrototypeOf(m)), m, {
      core: () => {
        const core = m.core();
        lexemes = core.features.lexeme;
        return core;
      },
      metaCER: () => (cerMeta ??= m.metaCER()),
    });
    nlpInstance = winkNLP(tracked, ['sbd', 'pos']);
    modelWords = forgotten = lexemes ? (lexemes as Lexemes).list.length : 0;
  }
  return nlpInstance;
}

/**
 * Forgets the words wink-nlp learned while reading the last text. wink adds every unknown word to its lexicon, and a
 * word found there is no longer split ("Egypt's" stays one token once a text has had it unsplit), so without this the
 * tokens of a text — and the events coded from them — would depend on every text read before it in the thread, and so
 * on the order of the inputs and on the number of worker threads. The learned entries are only unlinked from the word
 * index (wink's other tables stay aligned with it); a fresh model is loaded when they pile up.
 */
function forgetLearnedWords(): void {
  if (!lexemes) return;
  const { list, hash } = lexemes;
  for (let i = forgotten; i < list.length; i++) {
    const w = list[i]!;
    if (hash[w] === i) delete hash[w];
  }
  forgotten = list.length;
}

const COMBINING = /[\u0300-\u036f]/g;
/** Accent-insensitive, case-insensitive key of a word or phrase. */
export function normalize(s: string): string {
  // ASCII has no accents, curly quotes or dashes to map: lower case is the whole normalisation.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
}

/** Tokenizes one paragraph into sentences appended to `out`; offsets are `base` + offsets into the paragraph. */
export type Tokenizer = (para: string, base: number, out: Sentence[]) => void;

/** A tokenizer whose sentences are then cut as the English one cuts them (capSentence): the same bounds hold for
 *  every language. */
function capped(tokenize: Tokenizer): Tokenizer {
  return (para, base, out) => {
    const from = out.length;
    tokenize(para, base, out);
    for (let k = from; k < out.length; k++) {
      const s = out[k]!;
      const n = s.tokens.length;
      if (n <= MAX_SENTENCE_TOKENS && s.text.length <= MAX_SENTENCE_CHARS) continue;
      const parts = capSentence(s.tokens.map((t) => t.text), s.tokens.map((t) => t.start), s.tokens.map((t) => t.end), 0, n - 1).map(([a, b]): Sentence => {
        const off = s.tokens[a]!.start;
        return { text: s.text.slice(off, s.tokens[b]!.end), start: s.start + off, tokens: s.tokens.slice(a, b + 1).map((t) => ({ ...t, start: t.start - off, end: t.end - off })) };
      });
      out.splice(k, 1, ...parts);
      k += parts.length - 1;
    }
  };
}

/** Tokenizers by language (ISO 639-1); English is the default for any other language. */
const TOKENIZERS: Record<string, Tokenizer> = { en: tokenizeEnglish, es: capped(tokenizeSpanish) };

function tokenizerFor(lang: string | null | undefined): Tokenizer {
  return (lang && TOKENIZERS[lang]) || tokenizeEnglish;
}

/** Splits text (paragraphs separated by blank lines) into sentences with tokens; offsets are into `text`. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const tokenize = tokenizerFor(lang);
  const out: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text))) {
    const para = m[0];
    if (!para.trim()) continue;
    for (const [a, b] of readPieces(para)) tokenize(para.slice(a, b), m.index + a, out);
  }
  return out;
}

/** Tokenizes one piece of text (a sentence or paragraph) into sentences. */
export function tokenizeText(text: string, lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  if (text.trim()) for (const [a, b] of readPieces(text)) tokenizerFor(lang)(text.slice(a, b), a, out);
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

/** Starts with an upper-case letter (/^\p{Lu}/u), answered without the regex for an ASCII first character (most
 *  tokens; in ASCII the upper-case letters are A–Z). */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
}

function tokenizeEnglish(para: string, base: number, out: Sentence[]): void {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(para);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as (i: number) => string) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spans: [number, number][] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => { spans.push(s.out(its.span) as [number, number]); });
  forgetLearnedWords();
  // Recover offsets: each token value is searched from the running cursor.
  const starts: number[] = new Array(values.length);
  const ends: number[] = new Array(values.length);
  let cur = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // Only the next 40 characters are searched: a token wink does not give verbatim must not cost a scan of the rest.
    // (startsWith at each of those offsets: the same first match as indexOf in that window, without slicing a copy)
    let at = -1;
    for (let p = cur, last = Math.min(cur + 40, para.length - v.length); p <= last; p++) if (para.startsWith(v, p)) { at = p; break; }
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
      const lemma = lemmas[i] ?? t;
      // (a lemma spelt as the word, as most are, normalizes to the word's norm: computed once)
      tokens.push({ text: t, norm, lemma: lemma === t ? norm : normalize(lemma), pos: pos[i] ?? 'X', start: starts[i]! - sStart, end: ends[i]! - sStart, cap: startsUpper(t) });
    }
    out.push({ text: para.slice(sStart, sEnd), start: base + sStart, tokens });
  }
}

// Tokens, sentences, lemmas and part of speech, per language, with character offsets into the source text. English:
// wink-nlp (loaded once per process; it gives token values, not offsets, which are recovered here). A language with a
// tokenizer of its own registers it in TOKENIZERS; any other language is read with the English one.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenizeSpanish } from './es.js';
export { hasStemmer, stemWord, stemText } from './stem.js';

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
/** A fresh model is loaded once this many learned words have piled up (each tokenization re-learns its own). */
const MAX_LEARNED = 50_000;

function nlp(): Nlp {
  if (nlpInstance && lexemes && lexemes.list.length - modelWords > MAX_LEARNED) nlpInstance = null;
  // Only the annotations read here: sentence boundaries and part of speech (with lemmas). The default pipe also runs
  // named-entity, negation and sentiment automata, whose results are never read and do not change these (a third
  // of the tagging time).
  if (!nlpInstance) {
    // The instance's own copy of the model (core() makes a fresh one per call) is kept to reach its lexeme table.
    const m = model as unknown as { core: () => { features: { lexeme: Lexemes } } };
    const tracked = Object.assign(Object.create(Object.getPrototypeOf(m)), m, {
      core: () => {
        const core = m.core();
        lexemes = core.features.lexeme;
        return core;
      },
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
const NON_ASCII = /[^\x00-\x7f]/;
/** Accent-insensitive, case-insensitive key of a word or phrase. */
export function normalize(s: string): string {
  // ASCII has no accents, curly quotes or dashes to map: lower case is the whole normalisation.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-');
}

/** Tokenizes one paragraph into sentences appended to `out`; offsets are `base` + offsets into the paragraph. */
export type Tokenizer = (para: string, base: number, out: Sentence[]) => void;

/** Tokenizers by language (ISO 639-1); English is the default for any other language. */
const TOKENIZERS: Record<string, Tokenizer> = { en: tokenizeEnglish, es: tokenizeSpanish };

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
    tokenize(para, m.index, out);
  }
  return out;
}

/** Tokenizes one piece of text (a sentence or paragraph) into sentences. */
export function tokenizeText(text: string, lang = 'en'): Sentence[] {
  const out: Sentence[] = [];
  if (text.trim()) tokenizerFor(lang)(text, 0, out);
  return out;
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
    let at = para.indexOf(v, cur);
    if (at < 0 || at - cur > 40) {
      // wink may expand contractions ("n't" → value kept, but be safe): fall back to skipping whitespace.
      at = cur;
      while (at < para.length && /\s/.test(para[at]!)) at++;
      starts[i] = at; ends[i] = Math.min(para.length, at + v.length);
    } else { starts[i] = at; ends[i] = at + v.length; }
    cur = ends[i]!;
  }
  for (const [a, b] of spans) {
    if (a > b || a >= values.length) continue;
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

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

// Word stems for full-text search, per language: Spanish by the Snowball Spanish stemmer of @nlpjs/lang-es (MIT),
// applied to accent-free lower-case words (its port expects them). English has none registered: English search is
// not stemmed, as before. SQLite's FTS5 has no Spanish stemmer, so the SQLite store indexes these stems beside the
// text; PostgreSQL uses its own 'spanish' text-search configuration.
import { createRequire } from 'node:module';
import { normalize } from './index.js';

type Stemmer = (word: string) => string;

let spanish: Stemmer | null = null;
const STEMMERS: Record<string, () => Stemmer> = {
  es: () => {
    if (!spanish) {
      const { StemmerEs } = createRequire(import.meta.url)('@nlpjs/lang-es') as { StemmerEs: new () => { stemWord(w: string): string } };
      const s = new StemmerEs();
      spanish = (w) => s.stemWord(w);
    }
    return spanish;
  },
};

/** Whether full-text search stems words of this language (ISO 639-1). */
export function hasStemmer(lang: string | null | undefined): boolean {
  return !!lang && lang in STEMMERS;
}

/** The stem of one word (accent-free, lower case), or the word itself for a language with no stemmer. */
export function stemWord(word: string, lang: string): string {
  const w = normalize(word);
  const make = STEMMERS[lang];
  return make ? make()(w) || w : w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The stems of every word of a text, space-separated (what the SQLite store indexes for a Spanish article). */
export function stemText(text: string, lang: string): string {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(stemWord(m[0], lang));
  return out.join(' ');
}

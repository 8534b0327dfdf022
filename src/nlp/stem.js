// Word stems for full-text search, per language: Spanish by the Snowball Spanish stemmer of @nlpjs/lang-es (MIT),
// applied to accent-free lower-case words (its port expects them). English has none registered: English search is
// not stemmed, as before. SQLite's FTS5 has no Spanish stemmer, so the SQLite store indexes these stems beside the
// text; PostgreSQL uses its own 'spanish' text-search configuration.
import { createRequire } from 'node:module';
import { normalize } from './index.js';
let spanish = null;
const STEMMERS = {
    es: () => {
        if (!spanish) {
            const { StemmerEs } = createRequire(import.meta.url)('@nlpjs/lang-es');
            const s = new StemmerEs();
            spanish = (w) => s.stemWord(w);
        }
        return spanish;
    },
};
/** Whether full-text search stems words of this language (ISO 639-1). */
export function hasStemmer(lang) {
    return !!lang && lang in STEMMERS;
}
/** The stem of one word (accent-free, lower case), or the word itself for a language with no stemmer. */
export function stemWord(word, lang) {
    const w = normalize(word);
    const make = STEMMERS[lang];
    return make ? make()(w) || w : w;
}
const WORD = /[\p{L}\p{N}]+/gu;
/** The stems of every word of a text, space-separated (what the SQLite store indexes for a Spanish article). */
export function stemText(text, lang) {
    const out = [];
    for (const m of text.matchAll(WORD))
        out.push(stemWord(m[0], lang));
    return out.join(' ');
}

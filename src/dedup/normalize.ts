// Text normalisation shared by the exact hash and the shingler. Pure, no hashing here.
import { NON_ASCII } from '../util/ascii.js';

/** Apostrophes inside words are dropped ("country's" → "countrys"), not split, so both spellings agree. */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
/** Combining marks left after NFKD decomposition (diacritics). */
const MARKS = /\p{M}+/gu;
/** Anything that is not a letter or digit separates words. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Same for pure-ASCII text (the common case; several times faster than the Unicode-aware pattern). */
const NON_WORD_ASCII = /[^a-z0-9]+/g;
const APOSTROPHES_ASCII = /['`]/g;
const NON_WORD_ASCII_KEEP_UNICODE = /[^a-z0-9\u0080-\uffff]+/g;
const NON_ASCII_RUN = /[\u0080-\uffff]+/g;
const SPACES = / {2,}/g;

/**
 * Lower-cases, strips diacritics and punctuation and collapses whitespace:
 * "Nicolás  Maduro's \"exploratory\" talks!" → "nicolas maduros exploratory talks".
 * Line and paragraph breaks count as plain whitespace, so re-paragraphed copies normalise alike.
 */
export function normalizeForHash(text: string): string {
  if (!NON_ASCII.test(text)) {
    return text.toLowerCase().replace(APOSTROPHES_ASCII, '').replace(NON_WORD_ASCII, ' ').trim();
  }
  // Unicode path. The Unicode-aware pattern is slow on long strings, so ASCII punctuation goes first with the
  // fast pattern and only the (short) runs of non-ASCII characters are checked for letters/digits.
  const s = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_WORD_ASCII_KEEP_UNICODE, ' ')
    .replace(NON_ASCII_RUN, (run) => run.replace(NON_WORD, ' '));
  return s.replace(SPACES, ' ').trim();
}

/** Words of the normalised text (empty array for a text without letters or digits). */
export function tokenize(text: string): string[] {
  const n = normalizeForHash(text);
  return n ? n.split(' ') : [];
}

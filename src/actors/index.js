// Actors stage: countries, seats of power, sectors, IGOs and people (with date-bounded roles), resolved per sentence
// with a per-document context. Also hosts the shared NLP layer (wink-nlp tokens, sentences, POS, lemmas).
export { normalize, splitSentences, tokenizeText } from '../nlp/index.js';
export { lexicon, roleOn, readData, projectRoot } from './lexicon.js';
export { findActors, newDocContext, focusCountry } from './resolve.js';

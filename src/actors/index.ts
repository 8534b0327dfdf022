// Actors stage: countries, seats of power, sectors, IGOs and people (with date-bounded roles), resolved per sentence
// with a per-document context. Also hosts the shared NLP layer (wink-nlp tokens, sentences, POS, lemmas).
export { type Token, type Sentence, normalize, splitSentences, tokenizeText, innerHyphen } from '../nlp/index.js';
export { lexicon, roleOn, readData, projectRoot, swappedLetterVariants, type Person, type PersonRole, type Entry } from './lexicon.js';
export { findActors, sectorOf, newDocContext, focusCountry, datelineEnd, type DocContext, type ResolvedActor, type ActorKind } from './resolve.js';

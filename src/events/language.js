// The resources of one language for the event coder, loaded once per language from data/events/<lang>/: function
// words, modality, curated verb and noun patterns with their synonym classes, and the converted dictionary. Every
// step of the coder receives the bundle (EventLanguage) of the article's language; a language with no data codes no
// events. Adding a language is adding its data folder (see CONTRIBUTING.md).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/data.js';
import { loadEventWords } from './lexicon.js';
import { loadModality, loadPatterns, loadWordClasses, loadPastForms } from './patterns.js';
import { loadDictionary } from './dictionary.js';
/** The language every caller gets when none is given (a text whose language is unknown is read as English). */
export const DEFAULT_LANGUAGE = 'en';
const cache = new Map();
/** Whether the coder has data for a language (ISO 639-1 code). */
export function hasEventLanguage(lang) {
    return /^[a-z]{2,3}$/.test(lang) && existsSync(join(projectRoot(), 'data', 'events', lang, 'verbs.json'));
}
/** The resources of a language (default English), or null when the coder has none for it. */
export function eventLanguage(lang = DEFAULT_LANGUAGE) {
    const code = lang || DEFAULT_LANGUAGE;
    if (cache.has(code))
        return cache.get(code);
    const L = hasEventLanguage(code) ? {
        lang: code, words: loadEventWords(code), mod: loadModality(code), patterns: loadPatterns(code),
        classes: loadWordClasses(code), pastForms: loadPastForms(code), dictionary: loadDictionary(code),
    } : null;
    cache.set(code, L);
    return L;
}
/** English, which always has data. */
export function english() {
    return eventLanguage(DEFAULT_LANGUAGE);
}

// Spanish tokens, sentences, parts of speech and lemmas, in the Token records of the English tokenizer (Universal POS
// tags, accent-free lower-case norm and lemma, offsets). Tagging and verb lemmas come from es-compromise (a maintained
// rule-and-lexicon tagger whose model ships in the npm package; chosen and measured in test/nlp/es-tokenizer.test.ts
// and the README); this file adds what the library lacks for news: its own sentence boundaries (abbreviations such as
// "EE.UU." and "Sr." do not end a sentence), punctuation as tokens, closed-class words with their UD tags, participles
// (VERB after ser/estar/haber or heading a reduced relative, else ADJ) with their infinitive, and lemmas for the verb
// forms and plural nouns the library leaves inflected. The word lists are in data/nlp/es/tagger.json.
import { createRequire } from 'node:module';
import { readData } from '../util/data.js';
import { normalize } from './index.js';
// es-compromise builds its lexicon when loaded (about 1.5 s): loaded on the first Spanish text only, so that English
// runs never pay for it.
let nlpLib = null;
function nlp() {
    return (nlpLib ??= createRequire(import.meta.url)('es-compromise'));
}
let tagger = null;
function load() {
    if (tagger)
        return tagger;
    const f = readData('nlp/es/tagger.json');
    const closed = new Map();
    for (const [pos, words] of Object.entries(f.closed))
        for (const [w, lemma] of Object.entries(words))
            if (!closed.has(normalize(w)))
                closed.set(normalize(w), { pos, lemma: normalize(lemma) });
    // the infinitives es-compromise knows (its lexicon tags them), and ours
    const infinitives = new Set(f.extraInfinitives.map(normalize));
    const lex = nlp().model().one.lexicon;
    for (const [w, t] of Object.entries(lex))
        if (t === 'Infinitive' || Array.isArray(t) && t.includes('Infinitive'))
            infinitives.add(normalize(w));
    const norm = (m) => new Map(Object.entries(m).map(([k, v]) => [normalize(k), normalize(v)]));
    tagger = {
        closed, pronounBeforeVerb: new Set(f.pronounBeforeVerb), abbreviations: new Set(f.abbreviations.map(normalize)),
        participles: norm(f.participles), verbs: norm(f.verbs), infinitives,
        endings: f.endings.map(([a, b]) => [normalize(a), b]).sort((x, y) => y[0].length - x[0].length),
        participleEndings: f.participleEndings.map(normalize), pluralEndings: f.pluralEndings.map(([a, b]) => [normalize(a), normalize(b)]),
        singularInS: new Set(f.singularInS.map(normalize)), adjectiveSuffix: new RegExp(`(${f.adjectiveSuffixes.map(normalize).join('|')})$`),
        copulas: new Set(f.copulas), passiveAuxiliaries: new Set(f.passiveAuxiliaries), reducedRelativeNext: new Set(f.reducedRelativeNext.map(normalize)),
        prenominal: new Set(f.prenominal.map(normalize)), homographs: new Set(f.nounVerbHomographs.map(normalize)),
    };
    return tagger;
}
/** The infinitive of an inflected verb form by its ending, when the stem + ending names a known infinitive. */
export function verbLemma(form) {
    const T = load();
    const n = normalize(form);
    const known = T.verbs.get(n) ?? T.participles.get(n.replace(/(a|os|as)$/, 'o'));
    if (known)
        return known;
    if (T.infinitives.has(n))
        return n;
    // (a clitic after an infinitive or a gerund: "exigirle", "negándose")
    const bare = n.replace(/(se|le|les|lo|la|los|las|nos|me)$/, '');
    if (bare !== n && (T.infinitives.has(bare)))
        return bare;
    return byEnding(n) ?? (bare !== n ? byEnding(bare) : null);
}
/** The known infinitive that the first fitting verb ending of a form makes ("manifestaron" → manifestar). */
function byEnding(form) {
    const T = load();
    for (const [end, inf] of T.endings) {
        if (!form.endsWith(end) || form.length - end.length < 2)
            continue;
        const cand = form.slice(0, form.length - end.length) + inf;
        if (T.infinitives.has(cand))
            return cand;
    }
    return null;
}
/** A past participle (regular "-ado/-ido" of a known verb, or an irregular one): its infinitive. */
export function participleLemma(form) {
    const T = load();
    const n = normalize(form);
    const irregular = T.participles.get(n) ?? T.participles.get(n.replace(/(a|os|as)$/, 'o'));
    if (irregular)
        return irregular;
    if (!T.participleEndings.some((e) => n.endsWith(e)) || n.length < 5)
        return null;
    const stem = n.replace(/(ado|ada|ados|adas|ido|ida|idos|idas)$/, '');
    const cands = /ad(o|a|os|as)$/.test(n) ? [stem + 'ar'] : [stem + 'er', stem + 'ir'];
    return cands.find((c) => T.infinitives.has(c)) ?? null;
}
/** The singular of a plural noun (accent-free norm; the surface form tells a stressed final syllable, "país",
 *  "interés", which is singular): "sanciones" → sancion, "manifestantes" → manifestante. */
export function nounLemma(n, text = n) {
    if (!n.endsWith('s') || n.length < 4 || load().singularInS.has(n) || /[áéíóú]s$/i.test(text))
        return n;
    for (const [pl, sg] of load().pluralEndings)
        if (n.endsWith(pl) && n.length - pl.length >= 2)
            return n.slice(0, n.length - pl.length) + sg;
    return n;
}
/** The masculine singular of an adjective: "venezolanas" → venezolano, "estadounidenses" → estadounidense. */
function adjectiveLemma(n) {
    const sg = /[ao]s$/.test(n) ? n.slice(0, -1) : nounLemma(n);
    return /[^i]a$/.test(sg) && sg.length > 3 && !/ista$/.test(sg) ? sg.slice(0, -1) + 'o' : sg;
}
const SENTENCE_END = /[.!?…]+["»”')\]]*\s+(?=["«“¿¡(\-—]*[\p{Lu}\d])/gu;
/** Sentence spans of a paragraph: a full stop, question or exclamation mark before a capital starts a new sentence,
 *  unless it ends an abbreviation ("EE.UU.", "Sr.") or an initial ("J. Pérez"). */
export function sentenceSpans(para) {
    const T = load();
    const out = [];
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    let m;
    while ((m = SENTENCE_END.exec(para))) {
        const before = para.slice(start, m.index);
        const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
        if (m[0].startsWith('.') && !m[0].startsWith('..') && (T.abbreviations.has(normalize(word.replace(/\.$/, ''))) || /^\p{Lu}$/u.test(word)))
            continue;
        const end = m.index + m[0].trimEnd().length;
        out.push([start, end]);
        start = m.index + m[0].length;
    }
    if (para.slice(start).trim())
        out.push([start, para.trimEnd().length]);
    return out.filter(([a, b]) => b > a);
}
function upos(tags, text) {
    const has = (t) => tags.includes(t);
    if (/^[\p{P}\p{S}]+$/u.test(text))
        return 'PUNCT';
    if (has('Value') || /^\d[\d.,]*$/.test(text))
        return 'NUM';
    if (has('Auxiliary') || has('Copula'))
        return 'AUX';
    if (has('Verb'))
        return 'VERB';
    if (has('ProperNoun') || has('Acronym'))
        return 'PROPN';
    if (has('Pronoun'))
        return 'PRON';
    if (has('Noun'))
        return 'NOUN';
    if (has('Adjective'))
        return 'ADJ';
    if (has('Adverb') || has('Negative'))
        return 'ADV';
    if (has('Determiner'))
        return 'DET';
    if (has('Preposition'))
        return 'ADP';
    if (has('Conjunction'))
        return 'CCONJ';
    if (has('QuestionWord'))
        return 'PRON';
    if (/^\p{P}+$/u.test(text))
        return 'PUNCT';
    return 'X';
}
const PUNCT_RUN = /\S/gu;
/** Punctuation tokens of a term's pre/post text at `at` (offset of that text in the sentence). */
function punctTokens(s, at, out) {
    PUNCT_RUN.lastIndex = 0;
    let m;
    while ((m = PUNCT_RUN.exec(s))) {
        // ("...": one token)
        let k = m.index + 1;
        while (k < s.length && s[k] === s[m.index] && s[k] === '.')
            k++;
        out.push({ text: s.slice(m.index, k), norm: normalize(s.slice(m.index, k)), lemma: normalize(s.slice(m.index, k)), pos: 'PUNCT', start: at + m.index, end: at + k, cap: false });
        PUNCT_RUN.lastIndex = k;
    }
}
/** Tokens of one sentence (offsets into it). */
export function tokenizeSentence(text) {
    const T = load();
    // a headline in capitals ("EL SENADO CHILENO PROTESTO POR EL FALLO") is tagged in lower case (same offsets), its
    // words keeping their capitals for the names the lexicon matches
    const letters = text.replace(/[^\p{L}]/gu, '');
    const headline = letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
    const doc = nlp()(headline ? text.toLowerCase() : text);
    doc.compute('root');
    const terms = doc.json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
    const out = [];
    /** The library's tags of each word token (punctuation: none). */
    const tagsOf = new Map();
    for (const t of terms) {
        // (a contraction's implicit article, "al" = a + el, is an empty term)
        if (!t.text)
            continue;
        const start = t.offset.start;
        punctTokens(t.pre, start - t.pre.length, out);
        // (a term the library keeps whole with its inner punctuation, "EE.UU", keeps it; a trailing abbreviation dot is
        //  its own: "EE.UU." → "EE.UU" + "."?) — an abbreviation keeps its dot
        // (an abbreviation keeps its dot, "Sr.", "EE.UU.", unless the dot ends the sentence)
        let word = headline ? text.slice(start, start + t.text.length) : t.text;
        let post = t.post;
        // ("EE.UU." at the end of a sentence keeps its dot too: one dot serves both, and names are keyed with it)
        if (post.startsWith('.') && !post.startsWith('..') && T.abbreviations.has(normalize(word)) && (start + word.length + 1 < text.trimEnd().length || word.includes('.'))) {
            word += '.';
            post = post.slice(1);
        }
        const norm = normalize(word);
        const closed = T.closed.get(norm);
        const tok = { text: word, norm, lemma: closed?.lemma ?? normalize(t.root || word), pos: closed?.pos ?? upos(t.tags, word), start, end: start + word.length, cap: /^\p{Lu}/u.test(word) };
        out.push(tok);
        tagsOf.set(tok, t.tags);
        punctTokens(post, start + word.length, out);
    }
    repair(out, tagsOf, headline);
    return out;
}
const ARTICLE = /^(el|la|los|las|un|una|unos|unas|al|del|su|sus|este|esta|estos|estas|ese|esa|esos|esas)$/;
/** Context rules the library's tagger misses, on the token list left to right (each token sees its left neighbour
 *  already repaired). */
function repair(toks, tagsOf, headlineMode = false) {
    const T = load();
    const headline = headlineMode;
    // news has no second-person verbs, and first-person singular ones only in quotes: such a "verb" in -s or -o is a
    // noun ("relaciones", "posiciones", "el primer ministro"); so is a noun–verb homograph where a verb cannot stand
    // (after a determiner, a preposition, an adjective, a number, a comma or a verb: "en protesta por", "ofreció ayuda")
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.pos !== 'VERB' || T.closed.has(t.norm))
            continue;
        const tags = tagsOf.get(t) ?? [];
        // (a headline in capitals drops its accents: "PROTESTO" is "protestó")
        const person = t.norm.endsWith('s') && tags.some((x) => /^SecondPerson/.test(x)) || t.norm.endsWith('o') && tags.includes('FirstPerson') && !headline;
        const prev = toks[i - 1];
        // (an adjective before it must be one that precedes its noun, "la nueva protesta"; after a noun it ends the subject:
        //  "la población dominicana demanda")
        const prenominalAdj = prev?.pos === 'ADJ' && !/^(NOUN|PROPN)$/.test(toks[i - 2]?.pos ?? '');
        const homograph = T.homographs.has(t.norm) && (!prev || /^(DET|ADP|NUM|VERB)$/.test(prev.pos) || prenominalAdj || prev.norm === ',');
        // (no finite verb follows a preposition or a number: "por parte de", "500.000 mineros"; an infinitive, a gerund
        //  or a participle may)
        const nonfinite = /(ar|er|ir|ando|iendo|ado|ido|ada|ida|ados|idos|adas|idas)(se|le|les|lo|la|los|las)?$/.test(t.norm);
        const afterPrep = !!prev && (prev.pos === 'ADP' || prev.pos === 'NUM') && !nonfinite;
        // ("la fuerza pública", "la marcha"): a present-tense verb after an article is a noun (a past one makes the
        //  article a pronoun: "la condenó")
        const presentAfterArticle = !!prev && ARTICLE.test(prev.norm) && tags.includes('PresentTense') && !tags.some((x) => /Past/.test(x));
        if (person || homograph || afterPrep || presentAfterArticle) {
            t.pos = 'NOUN';
            t.lemma = nounLemma(t.norm, t.text);
        }
    }
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        const prev = toks[i - 1];
        const next = toks[i + 1];
        if (t.pos === 'PUNCT')
            continue;
        const tags = tagsOf.get(t) ?? [];
        // a "verb" after an article that is no third-person form is a noun ("las sanciones", "los gobiernos"); a third-
        // person one makes the article an object pronoun ("la condenó")
        if (prev && ARTICLE.test(prev.norm) && t.pos === 'VERB' && !T.closed.has(t.norm)) {
            if (tags.some((x) => /^ThirdPerson/.test(x)) && T.pronounBeforeVerb.has(prev.norm)) {
                prev.pos = 'PRON';
                prev.lemma = 'el';
            }
            else if (!/(ar|er|ir)$/.test(t.norm) || !tags.includes('Infinitive')) {
                t.pos = 'NOUN';
                t.lemma = nounLemma(t.norm);
                continue;
            }
        }
        if (T.closed.has(t.norm) && t.pos !== 'X') {
            // "que" after a noun (or a noun and its adjective) is a relative pronoun
            // (", que" after a noun too: a non-restrictive relative)
            const before = prev?.norm === ',' ? toks[i - 2] : prev;
            if (t.norm === 'que' && before && (/^(NOUN|PROPN|PRON)$/.test(before.pos) || before.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(toks[toks.indexOf(before) - 1]?.pos ?? '')))
                t.pos = 'PRON';
            continue;
        }
        // a capitalised word the library calls a common noun or an adjective, inside the sentence or as the subject that
        // starts it, is a name
        if (!headlineMode && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || i === 0 && t.pos === 'VERB' && next?.pos === 'PROPN') && t.cap && (i > 0 && !/^["«“(¿¡]$/.test(prev.text) && !(prev.pos === 'PUNCT' && /^[.:;]$/.test(prev.text)) || i === 0 && (t.pos === 'ADJ' && /^(VERB|AUX)$/.test(next?.pos ?? '') || next?.pos === 'PROPN' && next.cap))) {
            t.pos = 'PROPN';
            t.lemma = t.norm;
            continue;
        }
        const part = participleLemma(t.text);
        if (part && (!t.cap || i === 0 || headlineMode)) {
            // a participle: verbal after ser/haber (adverbs between) or heading a reduced relative, else an adjective
            // ("las sanciones impuestas por EE.UU.", "fue detenido", "ha reconocido", "estaría dispuesta", "resultaron heridos")
            let k = i - 1;
            while (k >= 0 && toks[k].pos === 'ADV')
                k--;
            const gov = k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'VERB') && T.passiveAuxiliaries.has(toks[k].lemma);
            // (", investigado por …" after a noun too)
            const head = prev?.norm === ',' ? toks[i - 2] : prev;
            const afterNoun = head && /^(NOUN|PROPN)$/.test(head.pos) && next && T.reducedRelativeNext.has(next.norm);
            // (after a determiner, a number or a preposition it is a noun: "los detenidos", "por lavado de dinero")
            const afterDet = prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADP');
            if (afterDet && !gov && !(next && next.pos === 'NOUN')) {
                t.pos = 'NOUN';
                t.lemma = nounLemma(t.norm, t.text);
                continue;
            }
            t.pos = gov || afterNoun ? 'VERB' : 'ADJ';
            t.lemma = t.pos === 'VERB' ? part : adjectiveLemma(t.norm);
            continue;
        }
        if (t.pos === 'VERB' || t.pos === 'AUX') {
            const fixed = T.verbs.get(t.norm);
            if (fixed)
                t.lemma = fixed;
            else if (!T.infinitives.has(t.lemma))
                t.lemma = verbLemma(t.norm) ?? t.lemma;
            continue;
        }
        // an "adjective" that qualifies no noun (none before it, none after it, no copula before it) is a noun: "los
        // manifestantes quemaron", "envió médicos", "según fuentes diplomáticas"
        // (before another adjective that no noun follows, it is that adjective's noun: "fuentes diplomáticas")
        if (t.pos === 'ADJ' && T.prenominal.has(t.lemma) && next && (next.pos === 'ADJ' || next.pos === 'NOUN')) {
            t.lemma = adjectiveLemma(t.norm);
            if (next.pos === 'ADJ') {
                next.pos = 'NOUN';
            }
            continue;
        }
        if (t.pos === 'ADJ' && !(prev && /^(NOUN|PROPN)$/.test(prev.pos)) && !(next && (next.pos === 'NOUN' || next.pos === 'ADJ' && toks[i + 2]?.pos === 'NOUN')) && !(prev && /^(AUX|VERB)$/.test(prev.pos) && T.copulas.has(prev.lemma)) && !(prev?.pos === 'ADV')) {
            t.pos = 'NOUN';
        }
        // a noun right after a noun with an adjective's ending is an adjective ("gases lacrimógenos", "razones sanitarias")
        else if (t.pos === 'NOUN' && prev && prev.pos === 'NOUN' && T.adjectiveSuffix.test(t.norm) && (t.norm.endsWith('s') === prev.norm.endsWith('s')))
            t.pos = 'ADJ';
        if (t.pos === 'NOUN')
            t.lemma = nounLemma(t.norm, t.text);
        else if (t.pos === 'ADJ')
            t.lemma = adjectiveLemma(t.norm);
    }
}
/** The Spanish tokenizer registered in src/nlp/index.ts: one paragraph into sentences appended to `out`. */
export function tokenizeSpanish(para, base, out) {
    for (const [a, b] of sentenceSpans(para)) {
        const text = para.slice(a, b);
        out.push({ text, start: base + a, tokens: tokenizeSentence(text) });
    }
}

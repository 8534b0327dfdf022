// Compiles a language's curated verb and noun pattern files (data/events/<lang>/*.json) into matchers indexed by trigger
// word, and reads its modality words. Loaders only: language.ts keeps one bundle per language.
import { readData } from '../util/data.js';
import { dataWord } from './lexicon.js';
function parseElement(w) {
    if (w === '*')
        return { kind: 'gap' };
    if (w === '+')
        return { kind: 'target' };
    const optional = w.endsWith('?');
    const body = optional ? w.slice(0, -1) : w;
    return { kind: 'words', alts: body.split('|').map((a) => a.split('_').map((x) => dataWord(x))), optional };
}
export function compilePattern(code, src, nominal) {
    const words = src.trim().split(/\s+/);
    const first = parseElement(words[0]);
    if (first.kind !== 'words')
        throw new Error(`pattern must start with a word: ${src}`);
    const rest = words.slice(1).map(parseElement);
    let weight = 0;
    for (const e of rest)
        if (e.kind === 'words')
            weight += e.optional ? 0.5 : 1 + (e.alts[0].length - 1) * 0.5;
    weight += Math.max(...first.alts.map((a) => a.length)) - 1;
    return { code, source: src, trigger: first.alts, rest, weight, hasTarget: rest.some((e) => e.kind === 'target'), nominal };
}
function index(files, nominal, into) {
    for (const [code, list] of Object.entries(files.patterns)) {
        for (const src of list) {
            const p = compilePattern(code, src, nominal);
            const triggerBonus = Math.max(...p.trigger.map((a) => a.length)) - 1;
            for (const alt of p.trigger) {
                // one entry per trigger alternative, weighted by its own length ("kick out" vs "expel")
                const one = { ...p, trigger: [alt], weight: p.weight - triggerBonus + (alt.length - 1) * 0.5 };
                const key = (nominal ? 'n:' : 'v:') + alt[0];
                const l = into.get(key) ?? [];
                l.push(one);
                into.set(key, l);
            }
        }
    }
}
/** A trigger synonym behaves like its canonical lemma: every pattern triggered by the canonical lemma is cloned
 *  under the synonym (slightly lighter, so that the synonym's own patterns win a tie). */
function addSynonyms(classes, prefix, into) {
    for (const [canon, syns] of Object.entries(classes)) {
        const base = (into.get(prefix + canon) ?? []).filter((p) => p.trigger[0][0] === canon);
        for (const syn of syns) {
            const words = dataWord(syn).split('_');
            const key = prefix + words[0];
            const l = into.get(key) ?? [];
            for (const p of base) {
                if (l.some((q) => q.code === p.code && q.source === p.source))
                    continue;
                l.push({ ...p, trigger: [[...words, ...p.trigger[0].slice(1)]], weight: p.weight - 0.05 + (words.length - 1) * 0.5 });
            }
            if (l.length)
                into.set(key, l);
        }
    }
}
/** Word → the canonical pattern words it may stand for ("howitzers" → weapons, "detain" → arrest). */
export function loadWordClasses(lang) {
    const syn = readData(`events/${lang}/synonyms.json`);
    const m = new Map();
    for (const classes of [syn.words, syn.verbs, syn.nouns]) {
        for (const [canon, words] of Object.entries(classes)) {
            if (canon.includes('_'))
                continue;
            for (const w of words) {
                if (w.includes('_'))
                    continue;
                const k = dataWord(w);
                const set = m.get(k) ?? new Set();
                set.add(dataWord(canon));
                m.set(k, set);
            }
        }
    }
    return m;
}
/** Irregular past form → lemma ("shot" → shoot), for verbs the tagger mistook for nouns. */
export function loadPastForms(lang) {
    return new Map(Object.entries(readData(`events/${lang}/synonyms.json`).pastForms ?? {}).map(([k, v]) => [dataWord(k), dataWord(v)]));
}
export function loadPatterns(lang) {
    const verbs = readData(`events/${lang}/verbs.json`);
    const nouns = readData(`events/${lang}/nouns.json`);
    const syn = readData(`events/${lang}/synonyms.json`);
    const byTrigger = new Map();
    index(verbs, false, byTrigger);
    index(nouns, true, byTrigger);
    addSynonyms(syn.verbs, 'v:', byTrigger);
    addSynonyms(syn.nouns, 'n:', byTrigger);
    for (const l of byTrigger.values())
        l.sort((a, b) => b.weight - a.weight || Number(b.hasTarget) - Number(a.hasTarget));
    return {
        byTrigger, sym: new Set(verbs.sym), actorObject: new Set((verbs.actorObject ?? []).map(dataWord)), fromPlace: new Map(Object.entries(verbs.fromPlace ?? {})), patientHeads: new Set((nouns.patientHeads ?? []).map(dataWord)),
        needsClitic: new Map(Object.entries(verbs.needsClitic ?? {}).map(([k, v]) => [dataWord(k), { clitics: new Set(v.clitics.map(dataWord)), roots: v.roots }])),
        ownGovernmentRoots: verbs.ownGovernmentRoots,
        cargo: new Map(Object.entries(verbs.cargo ?? {}).flatMap(([code, words]) => words.map((w) => [dataWord(w), code]))),
        cargoSectors: new Map(Object.entries(verbs.cargoSectors ?? {})),
        joint: new Map(Object.entries(verbs.joint ?? {})),
    };
}
export function loadModality(lang) {
    const m = readData(`events/${lang}/modality.json`);
    const seqs = (k) => (m[k] ?? []).map((s) => dataWord(s).split(/\s+/));
    const set = (k) => new Set((m[k] ?? []).map(dataWord));
    return {
        negation: seqs('negation'), intent: seqs('intent'), threat: seqs('threat'), refusal: seqs('refusal'),
        speculative: seqs('speculative'), conditional: seqs('conditional'), reversal: seqs('reversal'),
        implicative: seqs('implicative'), ordinalInfinitive: set('ordinalInfinitive'), habitual: seqs('habitual'), predictive: set('predictive'), elaboration: set('elaboration'),
        clauseBreaks: set('clauseBreaks'), reporting: set('reporting'),
        demanded: seqs('demanded'), auxiliary: seqs('auxiliary'), hypothetical: set('hypothetical'),
        hypotheticalBare: set('hypotheticalBare'), soughtNominal: seqs('soughtNominal'),
        topic: set('topic'),
        allegation: set('allegation'),
        mandative: set('mandative'), mandativeNouns: set('mandativeNouns'),
    };
}

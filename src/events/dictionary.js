// The converted PETRARCH2 verb dictionary (data/events/dictionary/verbs.json): verb synonym blocks whose patterns
// apply to every verb of the block. Compiled once into an index by verb form, so that a sentence asks only the blocks
// of its own verbs. Pattern syntax (data/events/README.md, "Dictionary patterns"): `*` the verb; before it, words of
// the subject; after it, in order: `w` a noun phrase headed by w, `a_b` one ending in the words "a b", `&set` a
// synonym set, `(prep X)` a prepositional phrase (X: a noun element, `+`, `$`, `^` or nothing; `a|b` alternative
// prepositions), `+` the target, `$` the source, `^` any noun phrase.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readData, projectRoot } from '../util/data.js';
function noun(tok, synsets) {
    // "financial_aid", "&weapon", "peace_&proposal", "&weapon_attack": each "&set" word stands for every phrase of
    // its synonym set
    let alts = [[]];
    for (const w of tok.split('_')) {
        let options = [[w]];
        if (w.startsWith('&')) {
            const set = synsets.get(w.slice(1));
            if (!set)
                throw new Error(`dictionary: undefined synonym set ${w}`);
            options = set;
        }
        alts = alts.flatMap((a) => options.map((o) => [...a, ...o]));
    }
    return { kind: 'noun', alts };
}
function element(tok, synsets) {
    if (tok === '+')
        return { kind: 'target' };
    if (tok === '$')
        return { kind: 'source' };
    if (tok === '^')
        return { kind: 'skip' };
    if (tok.startsWith('(')) {
        const inner = tok.slice(1, -1).trim().split(/\s+/);
        const preps = inner[0].split('|');
        const rest = inner.slice(1);
        if (!rest.length)
            return { kind: 'pp', preps, obj: null };
        if (rest.length > 1) {
            // "(to + )" written with a space, or a phrase of two nouns: read as one noun phrase
            if (rest.every((r) => r !== '+' && r !== '$' && r !== '^'))
                return { kind: 'pp', preps, obj: noun(rest.join('_'), synsets) };
        }
        const o = element(rest[0], synsets);
        if (o.kind === 'pp')
            throw new Error(`dictionary: nested phrase in ${tok}`);
        return { kind: 'pp', preps, obj: o };
    }
    return noun(tok, synsets);
}
/** Splits a pattern body into its elements (parenthesised phrases stay whole). */
export function compileDictPattern(src, code, rev, family, synsets) {
    const toks = src.match(/\([^)]*\)|\S+/g) ?? [];
    const star = toks.indexOf('*');
    if (star < 0)
        throw new Error(`dictionary: pattern without a verb position: ${src}`);
    const pre = toks.slice(0, star).map((t) => element(t, synsets));
    const post = toks.slice(star + 1).map((t) => element(t, synsets));
    let weight = 0;
    for (const e of [...pre, ...post]) {
        if (e.kind === 'noun')
            weight += 1 + (Math.min(...e.alts.map((a) => a.length)) - 1) * 0.5;
        else if (e.kind === 'pp')
            weight += 0.5 + (e.obj?.kind === 'noun' ? 1 : e.obj ? 0.25 : 0);
        else
            weight += 0.25;
    }
    return { pre, post, code, ...(rev ? { rev } : {}), weight, src, family };
}
/** A language's compiled dictionary (data/events/<lang>/dictionary/verbs.json under its dictionary-policy.json); an
 *  empty one when the language has none. */
export function loadDictionary(lang) {
    if (!existsSync(join(projectRoot(), 'data', 'events', lang, 'dictionary', 'verbs.json')))
        return { byForm: new Map(), families: [], synsets: new Map() };
    return compileDictionary(readData(`events/${lang}/dictionary/verbs.json`), readData(`events/${lang}/dictionary-policy.json`));
}
/** Compiles converted verb blocks (the shape scripts/build-dictionaries.ts writes) under a policy. */
export function compileDictionary(file, policy) {
    const noBareRoots = new Set(policy.noBareRoots), noBareFamilies = new Set(policy.noBareFamilies), noBareVerbs = new Set(policy.noBareVerbs);
    const synsets = new Map(Object.entries(file.synsets).map(([k, v]) => [k, v.map((p) => p.split(' '))]));
    const byForm = new Map();
    const families = [];
    for (const f of file.families) {
        const fam = { name: f.name, code: f.code, ...(f.rev ? { rev: f.rev } : {}), patterns: [], noBare: noBareFamilies.has(f.name) };
        fam.patterns = f.patterns.map((p) => compileDictPattern(p.p, p.code, p.rev, f.name, synsets));
        // most specific first; a tie keeps the file's order
        fam.patterns.sort((a, b) => b.weight - a.weight);
        families.push(fam);
        for (const v of f.verbs) {
            // the verb's own code, else its block's (unless policy turns the block's default off)
            const own = v.code ?? (fam.noBare ? null : fam.code);
            const bare = own && !noBareRoots.has(own.slice(0, 2)) && !noBareVerbs.has(v.words.join(' ')) ? own : null;
            const dv = { words: v.words, head: v.head, code: v.code, family: fam, bare };
            for (const form of new Set([v.words[v.head], ...v.forms])) {
                const l = byForm.get(form) ?? [];
                l.push(dv);
                byForm.set(form, l);
            }
        }
    }
    return { byForm, families, synsets };
}

// A language's function words for the coder (data/events/<lang>/syntax.json) and the CAMEO code classes of its rules
// (data/events/codes.json, the same for every language).
import { readData } from '../util/data.js';
import { normalize } from '../nlp/index.js';
/** A data word as the tokenizer's norms read it: words lower case without accents (English unchanged), punctuation as
 *  written (a dash in a list is not a hyphen). */
export const dataWord = (s) => (/\p{L}/u.test(s) ? normalize(s) : s.toLowerCase());
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code matches a prefix list by its first digits. */
export function prefixRe(list) {
    return new RegExp(`^(${list.map(escape).join('|')})`);
}
/** Words of a data list as the tokenizer's norms read them (lower case, no accents; English is unchanged). */
const norms = (l) => l.map(dataWord);
const endingRe = (l) => new RegExp(`(${l.map(escape).join('|')})$`);
export function loadEventWords(lang) {
    const w = readData(`events/${lang}/syntax.json`);
    const set = (l) => new Set(norms(l));
    return {
        locativeStart: set(w.locativeStart), punctStop: set(w.punctStop), quote: new Set(w.quote), locative: set(w.locative),
        targetPreps: new Set([null, ...norms(w.targetPreps)]), targetIntro: set(w.targetIntro), be: set(w.be),
        notTargetPossessed: set(w.notTargetPossessed), possessive: new RegExp(`^(${norms(w.possessive).map(escape).join('|')})$`),
        prepOrConj: set(w.prepOrConj), reflexive: set(w.reflexive), ownPronouns: set(w.ownPronouns),
        owned: new RegExp(`\\b(${norms(w.owned).map(escape).join('|')}) (${norms(w.agentPreps).map(escape).join('|')})\\b`),
        weaponNouns: set(w.weaponNouns),
        agentPreps: set(w.agentPreps), nominalAgentPreps: set(w.nominalAgentPreps), clitics: set(w.clitics), relativeSubjects: set(w.relativeSubjects), complementizers: set(w.complementizers), targetMarkers: set(w.targetMarkers), comitative: set(w.comitative), conditionalOpeners: set(w.conditionalOpeners),
        participle: endingRe(norms(w.passive.participleEndings)), lemmaLikeParticiple: w.passive.lemmaLike.length ? endingRe(norms(w.passive.lemmaLike)) : null, reducedNext: set(w.passive.reducedNext), intransitive: set(w.passive.intransitive ?? []),
        tense: { ...w.tense, auxiliaries: Object.fromEntries(Object.entries(w.tense.auxiliaries).map(([k, v]) => [dataWord(k), v])) },
        infinitiveMarker: w.infinitive.marker, infinitiveEnding: w.infinitive.endings.length ? endingRe(norms(w.infinitive.endings)) : null,
        postverbalSubject: !!w.postverbalSubject,
        visitorWords: set(w.visitorWords ?? []),
        timeWords: set(w.timeWords ?? []),
        approximators: set(w.approximators ?? []),
        spanStarts: set(w.spanStarts ?? []),
        mediatorParticiples: set(w.mediatorParticiples ?? []),
        combatNouns: set(w.combatNouns ?? []),
    };
}
let codes = null;
export function codeClasses() {
    if (codes)
        return codes;
    const c = readData('events/codes.json');
    codes = {
        physical: prefixRe(c.physical), personObject: prefixRe(c.personObject), violent: prefixRe(c.violent), coercion: prefixRe(c.coercion), byTarget: prefixRe(c.byTarget),
        impliedTarget: new Set(c.impliedTarget), inTarget: new Set(c.inTarget), sanctionsTopic: new Set(c.sanctionsTopic), civilSectors: new Set(c.civilSectors),
        ownCountryTarget: Object.entries(c.ownCountryTarget).sort((a, b) => b[0].length - a[0].length), stateSectors: new Set(c.stateSectors), cityTarget: prefixRe(c.cityTarget),
        intent: new Map(Object.entries(c.intent)), intentByRoot: new Map(Object.entries(c.intentByRoot)), refusal: new Map(Object.entries(c.refusal)),
        refusalByRoot: new Map(Object.entries(c.refusalByRoot)), threatFromRoot: c.threatFromRoot,
        repression: { codes: new Set(c.repression.codes), sources: new Set(c.repression.sources), targets: new Set(c.repression.targets), code: c.repression.code }, homePostures: new Set(c.homePostures),
    };
    return codes;
}

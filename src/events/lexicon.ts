// A language's function words for the coder (data/events/<lang>/syntax.json) and the CAMEO code classes of its rules
// (data/events/codes.json, the same for every language).
import { readData } from '../util/data.js';

interface SyntaxFile {
  locativeStart: string[]; punctStop: string[]; quote: string[]; locative: string[]; targetPreps: string[]; targetIntro: string[];
  be: string[]; notTargetPossessed: string[]; possessive: string[]; prepOrConj: string[]; reflexive: string[]; ownPronouns: string[]; owned: string[]; weaponNouns: string[]; visitorWords?: string[]; timeWords?: string[]; combatNouns?: string[];
}

export interface EventWords {
  locativeStart: Set<string>;
  punctStop: Set<string>;
  quote: Set<string>;
  locative: Set<string>;
  /** Prepositions before an actor that may be the verb's target; null = no preposition. */
  targetPreps: Set<string | null>;
  targetIntro: Set<string>;
  be: Set<string>;
  notTargetPossessed: Set<string>;
  possessive: RegExp;
  prepOrConj: Set<string>;
  reflexive: Set<string>;
  ownPronouns: Set<string>;
  /** "owned by", "operated by" … (in a string of words). */
  owned: RegExp;
  /** Weapons and attacks as subjects: their "from X" is the attacker. */
  weaponNouns: Set<string>;
  /** "visiting" before an actor: that actor visits the host the sentence names. */
  visitorWords: Set<string>;
  /** Words of a time phrase between a verb and its complement ("threatened Tuesday to …"). */
  timeWords: Set<string>;
  /** Nouns of a combat whose "with"/"by" actor, or adjective, is the agent of a passive act of force. */
  combatNouns: Set<string>;
}

interface CodesFile {
  physical: string[]; personObject: string[]; violent: string[]; coercion: string[]; byTarget: string[]; impliedTarget: string[]; inTarget: string[];
  sanctionsTopic: string[]; civilSectors: string[]; ownCountryTarget: Record<string, string>; stateSectors: string[]; cityTarget: string[];
  intent: Record<string, string>; intentByRoot: Record<string, string>; refusal: Record<string, string>; refusalByRoot: Record<string, string>; threatFromRoot: number;
}

export interface CodeClasses {
  physical: RegExp; personObject: RegExp; violent: RegExp; coercion: RegExp; byTarget: RegExp;
  impliedTarget: Set<string>; inTarget: Set<string>; sanctionsTopic: Set<string>; civilSectors: Set<string>;
  /** Code prefix → sector of the source's own country that is the target when none is named (longest prefix wins). */
  ownCountryTarget: [string, string][];
  stateSectors: Set<string>;
  cityTarget: RegExp;
  intent: Map<string, string>; intentByRoot: Map<string, string>; refusal: Map<string, string>; refusalByRoot: Map<string, string>; threatFromRoot: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code matches a prefix list by its first digits. */
export function prefixRe(list: string[]): RegExp {
  return new RegExp(`^(${list.map(escape).join('|')})`);
}

export function loadEventWords(lang: string): EventWords {
  const w = readData<SyntaxFile>(`events/${lang}/syntax.json`);
  return {
    locativeStart: new Set(w.locativeStart), punctStop: new Set(w.punctStop), quote: new Set(w.quote), locative: new Set(w.locative),
    targetPreps: new Set<string | null>([null, ...w.targetPreps]), targetIntro: new Set(w.targetIntro), be: new Set(w.be),
    notTargetPossessed: new Set(w.notTargetPossessed), possessive: new RegExp(`^(${w.possessive.map(escape).join('|')})$`),
    prepOrConj: new Set(w.prepOrConj), reflexive: new Set(w.reflexive), ownPronouns: new Set(w.ownPronouns),
    owned: new RegExp(`\\b(${w.owned.map(escape).join('|')}) by\\b`),
    weaponNouns: new Set(w.weaponNouns),
    visitorWords: new Set(w.visitorWords ?? []),
    timeWords: new Set(w.timeWords ?? []),
    combatNouns: new Set(w.combatNouns ?? []),
  };
}

let codes: CodeClasses | null = null;
export function codeClasses(): CodeClasses {
  if (codes) return codes;
  const c = readData<CodesFile>('events/codes.json');
  codes = {
    physical: prefixRe(c.physical), personObject: prefixRe(c.personObject), violent: prefixRe(c.violent), coercion: prefixRe(c.coercion), byTarget: prefixRe(c.byTarget),
    impliedTarget: new Set(c.impliedTarget), inTarget: new Set(c.inTarget), sanctionsTopic: new Set(c.sanctionsTopic), civilSectors: new Set(c.civilSectors),
    ownCountryTarget: Object.entries(c.ownCountryTarget).sort((a, b) => b[0].length - a[0].length), stateSectors: new Set(c.stateSectors), cityTarget: prefixRe(c.cityTarget),
    intent: new Map(Object.entries(c.intent)), intentByRoot: new Map(Object.entries(c.intentByRoot)), refusal: new Map(Object.entries(c.refusal)),
    refusalByRoot: new Map(Object.entries(c.refusalByRoot)), threatFromRoot: c.threatFromRoot,
  };
  return codes;
}

// Actor lexicon: countries (world-countries package + curated extras), seats of power, capitals, IGOs, sector
// role words, person titles and curated people, compiled into a token trie keyed by normalized tokens.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { normalize, tokenizeText } from '../nlp/index.js';
import { openKeyCache, type KeyCache } from '../nlp/index.js';

export type EntryKind = 'country' | 'adj' | 'people' | 'seat' | 'capital' | 'city' | 'igo' | 'person' | 'sector' | 'title';

export interface PersonRole { country: string; sector: string; title: string; from: string | null; to: string | null; /** International official: the organisation's code (IGOUNO). */ org?: string }
export interface Person { id: number; name: string; gender: 'm' | 'f' | null; roles: PersonRole[]; surname: string }

export interface Entry {
  kind: EntryKind;
  /** CAMEO code of the entry itself (country code, IGO code, sector code). */
  code: string;
  country: string | null;
  sector: string;
  name: string;
  /** Only matches text with exactly this spelling (acronyms). */
  exact?: string;
  /** Needs a capital letter in the text (proper names). */
  needsCap?: boolean;
  person?: Person;
  /** An organisation's dated roles (igos.json eras), read against the document's date. */
  eras?: IgoEra[];
  /** Ranks competing package entries for the same words ("French": France over French Southern Lands). */
  score?: number;
  curated?: boolean;
  /** A country name that is also a common word or another place ("Georgia", "Jordan"). */
  ambiguous?: boolean;
  /** From the field's dictionaries (data/actors/dictionary): the curated layer wins over it. */
  dictionary?: boolean;
}

export interface TrieNode { next: Map<string, TrieNode>; entries: Entry[] }

export interface Lexicon {
  trie: TrieNode;
  /** The converted dictionaries' names under their tokenized keys ("abdul qadir"): a flat map (cheaper to build than
   *  trie nodes for tens of thousands of names), read after the curated trie, which wins a tie. */
  names: Map<string, Entry[]>;
  /** Most words in a key of `names`. */
  nameWords: number;
  /** `names` and every proper word prefix of its keys ("abdul" of "abdul qadir", null when not itself a name): one
   *  lookup tells matchAt both whether a key is a name and whether a longer name may continue it, so that it stops
   *  at the first word no name continues instead of building keys of up to `nameWords` words at every token. */
  nameSteps: Map<string, Entry[] | null>;
  /** Transliteration key of one-word person names ("Qadhafi", "Kadhafi", "Gaddafi" → "kadafi") → their entries; null
   *  when two people share the key. */
  translit: Map<string, Entry[] | null>;
  people: Person[];
  /** Surname (normalized) → curated people with it. */
  bySurname: Map<string, Person[]>;
  countryName: Map<string, string>;
  fillers: Set<string>;
}

export { projectRoot, readData } from '../util/data.js';
import { readData, projectRoot } from '../util/data.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

interface SeatSpec { text: string; sector?: string }
interface CountriesExtra {
  countries: Record<string, { name?: string; names: string[]; adjectives: string[]; people?: string[]; seats: (string | SeatSpec)[] }>;
  ambiguousNames: string[];
  skipCapitals: string[];
  stopAltSpellings: string[];
  /** A language whose demonyms inflect: masculine-singular ending → [feminine singular, masculine plural, feminine
   *  plural] endings (the plurals also name the people). Without it, English: one plural in -s names the people. */
  inflection?: [string, [string, string, string]][];
  /** A language other than English: the names of capitals in it (world-countries gives English ones). */
  capitals?: Record<string, string[]>;
  /** Names written in lower case in the data (Spanish demonyms "venezolano", "el chavismo") need no capital in the
   *  text; those written with capitals need them. Without it (English) every name needs a capital. */
  lowercaseNames?: boolean;
}
interface SectorsFile { sectors: Record<string, string[]>; personTitles: Record<string, string[]>; notRoles?: string[] }
/** A role an organisation held for a time (a group that took power: the Taliban since 15 August 2021). */
export interface IgoEra { from: string; to?: string; cameo: string }
interface IgoSpec { code: string; name: string; names: string[]; acronyms: string[]; country?: string; cameo?: string; eras?: IgoEra[] }
interface PeopleFile { people: { name: string; gender: string; aliases: string[]; roles: PersonRole[] }[] }
interface FillersFile { fillers: string[] }

const articleCache = new Map<string, Set<string>>();
/** The articles a name may carry in a language (data/actors/<lang>/references.json). */
function articles(lang: string): Set<string> {
  let a = articleCache.get(lang);
  if (!a) { a = new Set(readData<{ articles: string[] }>(`actors/${lang}/references.json`).articles); articleCache.set(lang, a); }
  return a;
}

/** Token keys of a phrase (same tokenizer as the text), without a leading article; from the key cache when known. */
function keysOf(phrase: string, lang = 'en', cache?: KeyCache): string[] {
  // (the cache holds the tokenizer's output; the article is stripped after, so the data may change its articles)
  let toks = cache?.get(phrase);
  if (!toks) {
    toks = tokenizeText(phrase, lang).flatMap((s) => s.tokens.map((t) => t.norm));
    cache?.set(phrase, toks);
  }
  return toks.length > 1 && articles(lang).has(toks[0]!) ? toks.slice(1) : toks;
}

/** The forms of a demonym under a language's inflection table: [masculine and feminine singular], [plurals]. */
export function demonymForms(base: string, table: [string, [string, string, string]][]): { singular: string[]; plural: string[] } {
  for (const [end, [fs, mp, fp]] of table) {
    if (!base.endsWith(end)) continue;
    const stem = base.slice(0, base.length - end.length);
    return { singular: [...new Set([base, stem + fs])], plural: [...new Set([stem + mp, stem + fp])] };
  }
  return { singular: [base], plural: [] };
}

function insert(trie: TrieNode, keys: string[], e: Entry): void {
  if (!keys.length) return;
  let node = trie;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) { n = { next: new Map(), entries: [] }; node.next.set(k, n); }
    node = n;
  }
  if (node.entries.some((x) => x.kind === e.kind && x.code === e.code && x.sector === e.sector && x.person === e.person)) return;
  // Two countries with the same name or demonym: keep the curated one, else the sovereign, larger one.
  if (e.country && (e.kind === 'country' || e.kind === 'adj' || e.kind === 'people' || e.kind === 'capital')) {
    const rival = node.entries.findIndex((x) => x.kind === e.kind && x.country && x.country !== e.country);
    if (rival >= 0) {
      const r = node.entries[rival]!;
      if (r.curated && !e.curated) return;
      if (e.curated && !r.curated || (e.score ?? 0) > (r.score ?? 0)) node.entries.splice(rival, 1);
      else if (!e.curated) return;
    }
  }
  node.entries.push(e);
}

const cache = new Map<string, Lexicon>();

let isoCountries: { registerLocale: (l: unknown) => void; getName: (c: string, l: string, o: { select: 'all' }) => string[] | undefined } | null = null;
const isoLocales = new Set<string>();
/** i18n-iso-countries' names of a country (ISO alpha-2) in a language, when the package has that language. */
function isoNames(lang: string, cca2: string): string[] {
  const req = createRequire(import.meta.url);
  isoCountries ??= req('i18n-iso-countries') as typeof isoCountries;
  if (!isoLocales.has(lang)) {
    try { isoCountries!.registerLocale(req(`i18n-iso-countries/langs/${lang}.json`)); } catch { return []; } // (no names in that language)
    isoLocales.add(lang);
  }
  return isoCountries!.getName(cca2, lang, { select: 'all' }) ?? [];
}
// The package's ESM typings don't match its CJS entry under NodeNext; load the data through require.
const countries = createRequire(import.meta.url)('world-countries') as Country[];

/** The language whose actor words are used for `lang`: its own folder under data/actors/, else English. */
export function actorLanguage(lang: string | null | undefined): string {
  return lang && lang !== 'en' && existsSync(join(projectRoot(), 'data', 'actors', lang, 'sectors.json')) ? lang : 'en';
}

/** ISO 639-1 → the ISO 639-3 key of world-countries' translations. */
const TRANSLATION_KEY: Record<string, string> = { es: 'spa', fr: 'fra', de: 'deu', it: 'ita', pt: 'por', ru: 'rus', ar: 'ara', zh: 'zho', ja: 'jpn', nl: 'nld' };

/** The actor lexicon of a language (default English): countries and their names in that language, the language's
 *  sector words, fillers and curated extras, and the names shared by every language (people, organisations,
 *  cities, the converted dictionaries). Built once per language. */
export function lexicon(language: string = 'en'): Lexicon {
  const lang = actorLanguage(language);
  const hit = cache.get(lang);
  if (hit) return hit;
  const trie: TrieNode = { next: new Map(), entries: [] };
  const keyCache = openKeyCache(lang);
  const extra = readData<CountriesExtra>(`actors/${lang}/countries-extra.json`);
  const stopAlt = new Set(extra.stopAltSpellings);
  const skipCap = new Set(extra.skipCapitals);
  const countryName = new Map<string, string>();
  const ambiguous = new Set(extra.ambiguousNames);
  const arts = articles(lang);
  const add = (phrase: string, e: Omit<Entry, 'exact' | 'needsCap'>) => {
    const p = phrase.trim();
    if (!p) return;
    if (ambiguous.has(p) && (e.kind === 'country' || e.kind === 'capital')) e = { ...e, ambiguous: true };
    const bare = arts.has(p.split(' ')[0]!) && p.includes(' ') ? p.slice(p.indexOf(' ') + 1) : p;
    const isAcr = /^[A-Z.-]{2,6}$/.test(bare) && (lang !== 'en' || bare.length <= 5);
    const entry: Entry = { ...e };
    if (isAcr) entry.exact = bare;
    else if (e.kind !== 'sector' && e.kind !== 'title' && !(extra.lowercaseNames && !/^\p{Lu}/u.test(bare))) entry.needsCap = true;
    insert(trie, keysOf(p, lang, keyCache), entry);
  };
  for (const c of countries) {
    const code = c.cca3;
    const name = c.name.common;
    countryName.set(code, name);
    if (lang !== 'en') {
      // another language: the package's translated names; demonyms, capitals and seats come from its extras
      const tr = c.translations?.[TRANSLATION_KEY[lang] ?? lang];
      const base = { code, country: code, sector: '', name, score: (c.independent ? 1e9 : 0) + (c.area ?? 0) };
      if (tr) { add(tr.common, { ...base, kind: 'country' }); add(tr.official, { ...base, kind: 'country' }); }
      // (i18n-iso-countries' names in the language too; "Congo (República Democrática del)" left to the extras)
      for (const n of isoNames(lang, c.cca2)) if (!n.includes('(')) add(n, { ...base, kind: 'country' });
      for (const cap of extra.capitals?.[code] ?? []) add(cap, { ...base, kind: 'capital', sector: 'GOV' });
      continue;
    }
    const base = { code, country: code, sector: '', name, score: (c.independent ? 1e9 : 0) + (c.area ?? 0) };
    add(name, { ...base, kind: 'country' });
    add(c.name.official, { ...base, kind: 'country' });
    const dem = c.demonyms?.eng;
    for (const alt of c.altSpellings ?? []) {
      // (the package lists some demonyms among the spellings, "Togolese": an adjective, no name of the country)
      if (alt.length <= 2 || stopAlt.has(alt) || alt.includes(',') || alt === dem?.m || alt === dem?.f) continue;
      add(alt, { ...base, kind: 'country' });
    }
    if (dem) {
      add(dem.m, { ...base, kind: 'adj' });
      if (dem.f !== dem.m) add(dem.f, { ...base, kind: 'adj' });
      const pl = pluralDemonym(dem.m);
      if (pl) add(pl, { ...base, kind: 'people', sector: 'CVL' });
    }
    for (const cap of c.capital ?? []) if (!skipCap.has(cap)) add(cap, { ...base, kind: 'capital', sector: 'GOV' });
  }
  for (const [code, x] of Object.entries(extra.countries)) {
    const name = countryName.get(code) ?? x.name ?? code;
    if (!countryName.has(code)) countryName.set(code, name);
    const base = { code, country: code, sector: '', name, curated: true };
    for (const n of x.people ?? []) add(n, { ...base, kind: 'people', sector: 'CVL' });
    for (const n of x.names) add(n, { ...base, kind: 'country' });
    for (const a of x.adjectives) {
      if (extra.inflection) {
        // ("venezolano, venezolana, venezolanos, venezolanas": the plurals are adjectives and the country's people)
        const forms = demonymForms(a, extra.inflection);
        for (const f of forms.singular) add(f, { ...base, kind: 'adj' });
        for (const f of forms.plural) { add(f, { ...base, kind: 'adj' }); add(f, { ...base, kind: 'people', sector: 'CVL' }); }
        continue;
      }
      add(a, { ...base, kind: 'adj' });
      const pl = /^[A-Z]{2,}/.test(a) ? null : pluralDemonym(a);
      if (pl) add(pl, { ...base, kind: 'people', sector: 'CVL' });
    }
    for (const s of x.seats) {
      const spec = typeof s === 'string' ? { text: s } : s;
      add(spec.text, { ...base, kind: 'seat', sector: spec.sector ?? 'GOV', name: spec.text.replace(/^the /, '') });
    }
  }
  const igos = readData<{ igos: IgoSpec[] }>('actors/igos.json').igos;
  for (const g of igos) {
    const e = { kind: 'igo' as const, code: g.cameo ?? g.code, country: g.country ?? null, sector: '', name: g.name, ...(g.eras ? { eras: g.eras } : {}) };
    for (const n of g.names) add(n, e);
    for (const a of g.acronyms) insert(trie, keysOf(a, lang, keyCache), { ...e, exact: a });
  }
  const sectors = readData<SectorsFile>(`actors/${lang}/sectors.json`);
  for (const [sec, words] of Object.entries(sectors.sectors)) for (const w of words) add(w, { kind: 'sector', code: sec, country: null, sector: sec, name: w });
  for (const [sec, words] of Object.entries(sectors.personTitles)) for (const w of words) add(w, { kind: 'title', code: sec, country: null, sector: sec, name: w });
  const people: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const pf = readData<PeopleFile>('actors/people.json');
  pf.people.forEach((p, id) => {
    const nameKeys = keysOf(p.name, lang, keyCache);
    const person: Person = { id, name: p.name, gender: p.gender === 'f' ? 'f' : p.gender === 'm' ? 'm' : null, roles: p.roles, surname: nameKeys[nameKeys.length - 1] ?? '' };
    people.push(person);
    const e: Omit<Entry, 'exact' | 'needsCap'> = { kind: 'person', code: '', country: null, sector: '', name: p.name, person };
    add(p.name, e);
    for (const a of p.aliases) add(a, e);
    const sn = person.surname;
    if (sn) { const l = bySurname.get(sn) ?? []; l.push(person); bySurname.set(sn, l); }
  });
  const names = new Map<string, Entry[]>();
  addDictionary(names, people, lang);
  addSwappedLetters(trie, names, lang);
  let nameWords = 1;
  const nameSteps = new Map<string, Entry[] | null>(names);
  for (const k of names.keys()) {
    let w = 1;
    for (let c = 0; c < k.length; c++) if (k.charCodeAt(c) === 32) { w++; const pre = k.slice(0, c); if (!nameSteps.has(pre)) nameSteps.set(pre, null); }
    if (w > nameWords) nameWords = w;
  }
  const fillers = new Set(readData<FillersFile>(`actors/${lang}/fillers.json`).fillers.map(normalize));
  keyCache.save();
  const translit = transliterations(trie, names);
  const lex = { trie, names, nameWords, nameSteps, translit, people, bySurname, countryName, fillers };
  cache.set(lang, lex);
  return lex;
}

interface DictionaryActors {
  people: [string, string[], [string, string, string | null, string | null][]][];
  orgs: [string, string | null, string, string, string[], string[]][];
  places: [string, string[]][];
  countryNames: [string, string[]][];
}

/** "Isreali", "Ukriane": a typing slip of wire copy — two neighbouring letters swapped — in a country name or
 *  adjective (data/actors/en/swapped-letters.json, built by scripts/build-swapped-letters.ts: one-word names of at least
 *  six letters, no English word, no name the lexicon already holds) still names the country, capitalised only. */
function addSwappedLetters(trie: TrieNode, names: Map<string, Entry[]>, lang: string): void {
  const file = join(projectRoot(), 'data', 'actors', lang, 'swapped-letters.json');
  if (!existsSync(file)) return;
  const { variants } = readData<{ variants: Record<string, string> }>(`actors/${lang}/swapped-letters.json`);
  for (const [variant, key] of Object.entries(variants)) {
    if (names.has(variant)) continue;
    for (const e of trie.next.get(key)?.entries ?? []) if (e.kind === 'country' || e.kind === 'adj') addName(names, variant, { ...e, needsCap: true, dictionary: true });
  }
}

/** Every one-word country name or adjective of at least six letters with two neighbouring letters swapped (for
 *  scripts/build-swapped-letters.ts). */
export function swappedLetterVariants(lang = 'en'): Map<string, string> {
  const { trie, names } = lexicon(lang);
  const out = new Map<string, string>();
  for (const [key, node] of trie.next) {
    if (!node.entries.some((e) => (e.kind === 'country' || e.kind === 'adj') && !e.ambiguous) || key.length < 6 || !/^[a-z]+$/.test(key)) continue;
    for (let i = 1; i < key.length - 1; i++) {
      if (key[i] === key[i + 1]) continue;
      const v = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
      if (!trie.next.has(v) && !names.has(v)) out.set(v, key);
    }
  }
  return out;
}

/** Adds a dictionary entry under its pre-tokenized key (once per kind, code and person). */
function addName(names: Map<string, Entry[]>, key: string, e: Entry): void {
  const l = names.get(key);
  if (!l) { names.set(key, [e]); return; }
  if (!l.some((x) => x.kind === e.kind && x.code === e.code && x.person === e.person)) l.push(e);
}

/** The converted PETRARCH2/Phoenix actors and agents (scripts/build-dictionaries.ts), under the curated entries:
 *  people with date-bounded roles, organisations and armed groups, national bodies and companies, places of a country,
 *  further spellings of country names, and sector words. Keys are stored tokenized, so loading costs no tagging. */
function addDictionary(names: Map<string, Entry[]>, people: Person[], lang: string): void {
  addDictionaryActors(names, people, readData<DictionaryActors>('actors/dictionary/actors.json'));
  const cities = readData<{ cities: Record<string, string[]> }>('actors/cities.json').cities;
  for (const [country, keys] of Object.entries(cities)) for (const k of keys) addName(names, k, { kind: 'city', code: country, country, sector: '', name: k, needsCap: true, dictionary: true });
  const agents = existsSync(join(projectRoot(), 'data', 'actors', lang, 'agents.json')) ? readData<{ agents: [string, string][] }>(`actors/${lang}/agents.json`).agents : [];
  // (words of the converted agents that name no one in that language's news: sectors.json notRoles)
  const notRoles = new Set((readData<SectorsFile>(`actors/${lang}/sectors.json`).notRoles ?? []).map(normalize));
  for (const [k, sector] of agents) if (!notRoles.has(k)) addName(names, k, { kind: 'sector', code: sector, country: null, sector, name: k, dictionary: true });
  // the language's own converted dictionary (names in that language: data/actors/<lang>/dictionary/actors.json)
  if (existsSync(join(projectRoot(), 'data', 'actors', lang, 'dictionary', 'actors.json'))) addDictionaryActors(names, people, readData<DictionaryActors>(`actors/${lang}/dictionary/actors.json`));
}

/** People, organisations, places and spellings of country names of one converted dictionary. */
function addDictionaryActors(names: Map<string, Entry[]>, people: Person[], d: DictionaryActors): void {
  // a person the curated list knows keeps its curated roles under every spelling the dictionary adds ("Russian
  // President Vladimir Putin", filed there as an elite RUSELI with roles that stop about 2015)
  const curated = new Map(people.map((p) => [normalize(p.name), p]));
  const curatedEntry = (name: string): Entry | null => {
    const p = curated.get(normalize(name));
    return p ? { kind: 'person', code: '', country: null, sector: '', name: p.name, person: p, needsCap: true, dictionary: true } : null;
  };
  for (const [name, keys, roles] of d.people) {
    const known = curatedEntry(name);
    if (known) { for (const k of keys) addName(names, k, known); continue; }
    const surname = keys[0]!.split(' ').pop() ?? '';
    const person: Person = { id: people.length, name, gender: null, surname, roles: roles.map(([country, sector, from, to]) => ({ country, sector, title: '', from, to })) };
    people.push(person);
    for (const k of keys) addName(names, k, { kind: 'person', code: '', country: null, sector: '', name, person, needsCap: true, dictionary: true });
  }
  // (the dictionary files famous people as elites under their titled names, "president bush" USAELI: a titled
  //  name whose last word is a curated person's surname is left to the curated people and their dated roles)
  const curatedSurnames = new Set(people.map((p) => p.surname).filter(Boolean));
  for (const [code, country, sector, name, allKeys, acronyms] of d.orgs) {
    const known = curatedEntry(name);
    if (known) { for (const k of allKeys) addName(names, k, known); continue; }
    const keys = sector === 'ELI' ? allKeys.filter((k) => !curatedSurnames.has(k.split(' ').pop() ?? '')) : allKeys;
    const e: Entry = { kind: 'igo', code, country, sector, name, needsCap: true, dictionary: true };
    for (const k of keys) addName(names, k, e);
    for (const a of acronyms) addName(names, a.toLowerCase(), { ...e, needsCap: false, exact: a });
  }
  for (const [country, keys] of d.places) for (const k of keys) addName(names, k, { kind: 'city', code: country, country, sector: '', name: k, needsCap: true, dictionary: true });
  for (const [country, keys] of d.countryNames) for (const k of keys) addName(names, k, { kind: 'country', code: country, country, sector: '', name: k, needsCap: true, dictionary: true });
}

/** A spelling-insensitive key of a name as wire copy transliterates it: q, g and k alike at the start, "dh", "kh",
 *  "th" as the plain letter, "ph" as f, o and ou as u, a final y as i, double letters single. Written by hand: the
 *  phonetic packages (Soundex, Metaphone) are built for English names and merge far more than transliterations. */
export function translitKey(word: string): string {
  let s = normalize(word).replace(/^(al|el)-/, '');
  s = s.replace(/ph/g, 'f').replace(/([kgdtz])h/g, '$1').replace(/q/g, 'k').replace(/c(?=[aou])/g, 'k').replace(/ck/g, 'k');
  s = s.replace(/^g/, 'k').replace(/ou|oo/g, 'u').replace(/o/g, 'u').replace(/ee/g, 'i').replace(/(ie|y)$/, 'i');
  return s.replace(/(.)\1+/g, '$1');
}

/** The transliteration keys of one-word person names of at least five letters, curated and converted. */
function transliterations(trie: TrieNode, names: Map<string, Entry[]>): Map<string, Entry[] | null> {
  const out = new Map<string, Entry[] | null>();
  const add = (key: string, entries: Entry[]) => {
    const people = entries.filter((e) => e.kind === 'person' && e.person);
    if (!people.length || key.length < 5 || !/^[a-z'-]+$/.test(key)) return;
    const k = translitKey(key);
    const had = out.get(k);
    if (had === undefined) out.set(k, people);
    else if (had && had.some((e) => !people.some((p) => p.person === e.person))) out.set(k, null);
  };
  for (const [key, node] of trie.next) if (node.entries.length) add(key, node.entries);
  for (const [key, entries] of names) if (!key.includes(' ')) add(key, entries);
  return out;
}

/** "Venezuelan" → "Venezuelans" (people of the country); demonyms in -sh, -ch, -ese, -ss have no plural form. */
export function pluralDemonym(d: string): string | null {
  if (/(sh|ch|ese|ss|s|x|z)$/i.test(d) || d.includes(' ') && /(sh|ch|ese)$/i.test(d)) return null;
  return d + 's';
}

/** An organisation's entry as of `date`: its code in the era that date falls in (igos.json eras), else as listed. */
export function igoOn(e: Entry, date: string | null): Entry {
  if (!e.eras || !date) return e;
  const d = date.slice(0, 10);
  const era = e.eras.find((r) => r.from <= d && (!r.to || d < r.to));
  return era ? { ...e, code: era.cameo } : e;
}

/** The role a person held on `date` (YYYY-MM-DD); with no date, the latest role. */
export function roleOn(p: Person, date: string | null): PersonRole | null {
  if (!p.roles.length) return null;
  if (!date) return p.roles[p.roles.length - 1]!;
  const d = date.slice(0, 10);
  for (const r of p.roles) if ((!r.from || r.from <= d) && (!r.to || d < r.to)) return r;
  // Outside every bounded role: before the first, the first; after the last has ended, a former holder of it speaks
  // for the country, not its government ("Former President Barack Obama endorsed Kamala Harris" in 2024)
  if (p.roles[0]!.from && d < p.roles[0]!.from) return p.roles[0]!;
  const last = p.roles[p.roles.length - 1]!;
  if (last.to && d >= last.to && last.country && last.sector) return { ...last, sector: '', title: `former ${last.title ?? ''}`.trim(), from: last.to, to: null };
  return last;
}

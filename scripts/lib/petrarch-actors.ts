// Converts parsed Phoenix actor and agent records (scripts/lib/petrarch.ts) into Storyline's actor data: people with
// date-bounded roles, organisations and armed groups, places (cities, regions) and further spellings of country names.
// Phrase keys are tokenized here with the coder's own tokenizer, so that loading them at run time costs no tagging.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizeText } from '../../src/nlp/index.js';
import { projectRoot } from '../../src/util/data.js';
import { bump, actorPhrase, plural, type Tally, type ActorRecord, type AgentRecord } from './petrarch.js';

const countries = createRequire(import.meta.url)('world-countries') as { cca3: string; name: { common: string; official: string }; altSpellings?: string[]; demonyms?: { eng?: { m: string; f: string } } }[];

/** CAMEO country codes that differ from ISO 3166-1 alpha-3 (the CAMEO manual's own codes, and retired ISO ones). */
const CAMEO_TO_ISO: Record<string, string> = {
  ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', SER: 'SRB', YUG: 'SRB', SCG: 'SRB', KSV: 'UNK', KOS: 'UNK', SUN: 'RUS', USR: 'RUS', CSK: 'CZE',
  DDR: 'DEU', GDR: 'DEU', BRD: 'DEU', ANT: 'CUW', BUR: 'MMR', DAH: 'BEN', HVO: 'BFA', RHO: 'ZWE', GZA: 'PSE', WBK: 'PSE',
};
/** Storyline's sectors (data/actors/en/sectors.json) and the CAMEO sectors that fold into them. */
const SECTORS = new Set(['GOV', 'MIL', 'OPP', 'REB', 'JUD', 'LEG', 'BUS', 'MED', 'CVL', 'COP', 'LAB', 'EDU', 'HLH', 'REF', 'CRM', 'REL', 'NGO', 'ELI', 'SPY']);
const SECTOR_ALIAS: Record<string, string> = { INS: 'REB', SEP: 'REB', UAF: 'REB', PTY: 'ELI', IMY: 'MIL', PRI: 'BUS', MUS: 'REL', CHR: 'REL', JEW: 'REL', BUD: 'REL', HIN: 'REL', HRI: 'NGO', PPL: 'CVL' };

const iso = new Set(countries.map((c) => c.cca3));
/** ISO alpha-3 of a CAMEO country code, or null for regions (MEA, SAS, WEU …) and unknown codes. */
export function countryOf(code3: string): string | null {
  const c = CAMEO_TO_ISO[code3] ?? code3;
  return iso.has(c) ? c : null;
}

/** The country and sector of a CAMEO actor code ("VENGOVHRI" → VEN, GOV; "IGOUNOKID" → IGOUNO, org). */
export function splitCode(code: string): { country: string | null; sector: string; org: string | null } {
  const c3 = code.slice(0, 3);
  if (c3 === 'IGO' || c3 === 'NGO' || c3 === 'IMG') return { country: null, sector: '', org: code.slice(0, 6).length >= 6 ? code.slice(0, 6) : code };
  if (c3 === 'MNC') { const c = countryOf(code.slice(3, 6)); return { country: c, sector: 'BUS', org: c ? null : 'MNC' }; }
  const country = countryOf(c3);
  if (!country) return { country: null, sector: '', org: null };
  const s3 = code.slice(3, 6);
  const sector = SECTORS.has(s3) ? s3 : SECTOR_ALIAS[s3] ?? '';
  return { country, sector, org: null };
}

// ---------------------------------------------------------------- words
// An English word list (an-array-of-english-words, MIT: ~275 000 words of the language, not names): wink's own
// vocabulary cannot tell, as it holds many names in lower case ("kharkiv").
const ENGLISH = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);

/** A lower-case word of English ("jersey", "rice", "hope"): as a one-word name it would take common words for actors. */
export function commonWord(w: string): boolean {
  return ENGLISH.has(w.toLowerCase());
}

/** Token key of a phrase: the coder's normalized tokens joined by spaces (a leading "the" dropped). */
export function keyOf(phrase: string): string {
  const toks = tokenizeText(phrase).flatMap((s) => s.tokens.map((t) => t.norm));
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  return toks.join(' ');
}

/** "ABDUL_QADIR_" → "Abdul Qadir"; keeps acronyms with dots ("U.S.") and "al-" particles readable. */
export function display(words: string[]): string {
  return words.map((w) => /^[a-z]\.([a-z]\.)*$/.test(w) ? w.toUpperCase() : w.replace(/(^|[-'])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())).join(' ');
}

/** Institution words: a name with one of them is an organisation, not a person. */
const INSTITUTION = /\b(ministry|ministries|minister|department|party|army|council|court|congress|senate|parliament|assembly|commission|committee|agency|bank|police|force|forces|front|movement|union|university|office|government|administration|bureau|service|services|guard|corps|navy|league|association|organi[sz]ation|federation|institute|company|corporation|inc|ltd|embassy|brigade|brigades|battalion|group|network|cell|cells|nuclei|faction|authority|board|foundation|fund|programme|program|centre|center|society|club|tribunal|cabinet|presidency|secretariat|directorate|command|militia|militias|army's|airways|airlines|news|times|radio|television|tv|agency's|chamber|academy|school|college|hospital|church|mosque|council's|junta|legislature|diet|duma|knesset|majlis)\b/;

export interface ActorsOut {
  /** [display name, key phrases, roles [country, sector, from, to]] — a role with from and to null is the default. */
  people: [string, string[], [string, string, string | null, string | null][]][];
  /** [code, country, sector, display name, key phrases, acronyms] — IGOs, NGOs, armed groups, national bodies, companies. */
  orgs: [string, string | null, string, string, string[], string[]][];
  /** [country, key phrases]: cities, regions and other places of a country (as actors: the country, no sector). */
  places: [string, string[]][];
  /** [country, key phrases]: further spellings of a country's name (misspellings, transliterations, other languages). */
  countryNames: [string, string[]][];
  summary: string;
}

type Rec = ActorRecord & { file: 'countries' | 'international' | 'milnonstate' };

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.max(a.length, b.length);
  if (n < 5) return false;
  // Levenshtein distance, small strings only
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]! <= Math.max(1, Math.floor(n / 5));
}

/** Keys already known to the curated layer (people, IGOs, country names and seats): the dictionary never overrides
 *  them ("a person's later role must not be lost to an old one"). */
function curatedKeys(): Set<string> {
  const root = projectRoot();
  const read = <T>(f: string) => JSON.parse(readFileSync(join(root, 'data', 'actors', f), 'utf8')) as T;
  const keys = new Set<string>();
  for (const p of read<{ people: { name: string; aliases: string[] }[] }>('people.json').people) for (const n of [p.name, ...p.aliases]) keys.add(keyOf(n));
  for (const g of read<{ igos: { names: string[]; acronyms: string[] }[] }>('igos.json').igos) for (const n of [...g.names, ...g.acronyms]) keys.add(keyOf(n));
  const extra = read<{ countries: Record<string, { names: string[]; adjectives: string[]; seats: (string | { text: string })[]; people?: string[] }>; ambiguousNames: string[] }>('en/countries-extra.json');
  for (const x of Object.values(extra.countries)) for (const n of [...x.names, ...x.adjectives, ...(x.people ?? []), ...x.seats.map((s) => typeof s === 'string' ? s : s.text)]) keys.add(keyOf(n));
  for (const n of extra.ambiguousNames) keys.add(keyOf(n));
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) keys.add(keyOf(n));
    if (c.demonyms?.eng) { keys.add(keyOf(c.demonyms.eng.m)); keys.add(keyOf(c.demonyms.eng.m + 's')); }
  }
  return keys;
}

export function convertActors(records: Rec[], tally: Tally): ActorsOut {
  const curated = curatedKeys();
  const out: ActorsOut = { people: [], orgs: [], places: [], countryNames: [], summary: '' };
  const seen = new Set<string>();
  const placesBy = new Map<string, Set<string>>(), namesBy = new Map<string, Set<string>>();
  const countryKeys = new Map<string, string[]>();
  for (const c of countries) countryKeys.set(c.cca3, [c.name.common, c.name.official].map((n) => n.toLowerCase().replace(/[^a-z]/g, '')));
  /** Keys of a record's phrases that are usable: not curated, not seen, not a common word alone. */
  const keysFor = (names: string[], acronyms: string[], kind: string): string[] => {
    const ks: string[] = [];
    for (const n of names) {
      const ph = actorPhrase(n.replace(/\([^)]*\)/g, ' '));
      if (!ph.words.length || ph.words.some((w) => !/^[a-z0-9]/.test(w))) { bump(tally, `${kind} phrase dropped: not words`); continue; }
      const k = keyOf(display(ph.words));
      if (!k) continue;
      if (curated.has(k)) { bump(tally, `${kind} phrase left to the curated layer`); continue; }
      if (seen.has(k)) { bump(tally, `${kind} phrase dropped: duplicate of an earlier record`); continue; }
      if (!k.includes(' ') && commonWord(k)) { bump(tally, `${kind} phrase dropped: one common English word`); continue; }
      if (/^\d+$/.test(k) || k.length < 3) { bump(tally, `${kind} phrase dropped: too short`); continue; }
      seen.add(k);
      ks.push(k);
    }
    for (const a of acronyms) if (!seen.has(a) && !curated.has(a.toLowerCase())) { seen.add(a); }
    return ks;
  };
  for (const r of records) {
    const acronyms = r.names.flatMap((n) => [...n.matchAll(/\(([A-Z][A-Z.-]{1,6})\)/g)].map((m) => m[1]!.replace(/\./g, '')));
    const codes = [r.code, ...r.dated.map((d) => d.code)].filter((c): c is string => !!c);
    if (!codes.length) { bump(tally, 'record dropped: no code'); continue; }
    const first = splitCode(r.code ?? r.dated[0]!.code);
    const bareCountry = r.file === 'countries' && r.code && /^[A-Z]{3}$/.test(r.code) && !r.dated.length;
    if (bareCountry) {
      const country = countryOf(r.code!);
      if (!country) { bump(tally, `country record dropped: unknown code ${r.code}`); continue; }
      const known = countryKeys.get(country) ?? [];
      for (const n of r.names) {
        const ph = actorPhrase(n.replace(/\([^)]*\)/g, ' '));
        const flat = ph.words.join('').replace(/[^a-z]/g, '');
        const isName = known.some((k) => similar(flat, k));
        const ks = keysFor([n], [], isName ? 'country name' : 'place');
        if (!ks.length) continue;
        const into = isName ? namesBy : placesBy;
        const set = into.get(country) ?? new Set<string>();
        for (const k of ks) set.add(k);
        into.set(country, set);
        bump(tally, isName ? 'country: further spelling of its name' : 'country: place (city, region)');
      }
      continue;
    }
    const primary = actorPhrase(r.names[0]!.replace(/\([^)]*\)/g, ' '));
    const name = display(primary.words);
    const isOrg = r.file !== 'countries' || r.names.some((n) => INSTITUTION.test(n.toLowerCase().replace(/_/g, ' '))) || !!first.org;
    if (isOrg) {
      const code = r.code ?? r.dated[r.dated.length - 1]!.code;
      const sc = splitCode(code);
      let orgCode = sc.org;
      // an armed group of a region (MEAREB, SASREB, INTREB): no state; coded as a non-state armed group
      if (!sc.country && !orgCode) {
        if (r.file === 'milnonstate') { orgCode = 'IMG' + code.slice(0, 3); bump(tally, 'armed group of a region: coded IMG + region'); }
        else { bump(tally, `organisation dropped: no country or organisation code (${code.slice(0, 3)})`); continue; }
      }
      if (orgCode === 'MNC') { bump(tally, 'company dropped: no country'); continue; }
      const ks = keysFor(r.names, acronyms, 'organisation');
      if (!ks.length && !acronyms.length) continue;
      out.orgs.push([orgCode ?? sc.country! + sc.sector, sc.country, sc.sector, name, ks, acronyms.filter((a) => !curated.has(a.toLowerCase()))]);
      bump(tally, r.file === 'international' ? (code.startsWith('MNC') ? 'company' : 'international organisation or NGO') : r.file === 'milnonstate' ? 'armed group' : 'national body');
      continue;
    }
    // a person: date-bounded roles, the default (undated) code last
    const roles: [string, string, string | null, string | null][] = [];
    for (const d of [...r.dated].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))) {
      const sc = splitCode(d.code);
      if (!sc.country) { bump(tally, 'person role dropped: not a country code'); continue; }
      roles.push([sc.country, sc.sector, d.from, d.to]);
    }
    if (r.code) { const sc = splitCode(r.code); if (sc.country) roles.push([sc.country, sc.sector, null, null]); }
    if (!roles.length) { bump(tally, 'person dropped: no usable role'); continue; }
    // a person the curated layer knows under any of these names is the curated one (its roles run to today)
    if (r.names.some((n) => { const ph = actorPhrase(n.replace(/\([^)]*\)/g, ' ')); return curated.has(keyOf(display(ph.words))); })) { bump(tally, 'person left to the curated layer'); continue; }
    const ks = keysFor(r.names, [], 'person');
    if (!ks.length) continue;
    out.people.push([name, ks, roles]);
    bump(tally, 'person');
  }
  out.places = [...placesBy].map(([c, s]) => [c, [...s]]);
  out.countryNames = [...namesBy].map(([c, s]) => [c, [...s]]);
  out.summary = `${out.people.length} people (${out.people.reduce((n, p) => n + p[2].length, 0)} roles), ${out.orgs.length} organisations and armed groups, ` +
    `${out.places.reduce((n, p) => n + p[1].length, 0)} places of ${out.places.length} countries, ${out.countryNames.reduce((n, p) => n + p[1].length, 0)} further spellings of country names.`;
  return out;
}

/** Agent phrases that name things, places or relations, not people ("village", "jetliner", "allies"). */
const NOT_AGENTS = /^(?:(?:small |passenger |commercial |jumbo )?(?:village|town|settlement|neighbou?rhood|airliner|jet|jetliner)s?|ally|allies|partners?)$/;

/** Singulars whose plural is irregular: the dictionary lists their plurals itself. */
const IRREGULAR_SINGULAR = new Set(['child', 'woman', 'man', 'person', 'policeman', 'policewoman', 'chairman', 'spokesman', 'spokeswoman', 'businessman', 'businesswoman', 'gunman', 'tribesman', 'clergyman', 'congressman', 'congresswoman', 'fisherman', 'serviceman', 'militiaman', 'kinsman', 'countryman', 'statesman', 'craftsman', 'workman', 'foreman', 'layman', 'frontiersman', 'nobleman', 'sportsman', 'churchman', 'horseman', 'marksman', 'tradesman', 'salesman', 'newsman', 'cameraman', 'ombudsman', 'alderman', 'councilman', 'committeeman', 'assemblyman', 'doorman', 'fireman', 'garbageman', 'milkman', 'postman', 'watchman', 'yachtsman']);

/** Sector words of Storyline's sectors: [key phrase, sector, plural key or null]. The curated sectors.json wins. */
export function convertAgents(records: AgentRecord[], tally: Tally): [string, string][] {
  const curated = new Set<string>();
  const sectors = JSON.parse(readFileSync(join(projectRoot(), 'data', 'actors', 'en', 'sectors.json'), 'utf8')) as { sectors: Record<string, string[]>; personTitles: Record<string, string[]> };
  for (const list of [...Object.values(sectors.sectors), ...Object.values(sectors.personTitles)]) for (const w of list) curated.add(keyOf(w));
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const a of records) {
    if (!a.after) { bump(tally, 'agent dropped: organisation prefix (NGO~, IGO~)'); continue; }
    const s3 = a.code.slice(0, 3);
    const sector = SECTORS.has(s3) ? s3 : SECTOR_ALIAS[s3];
    if (!sector) { bump(tally, `agent dropped: sector not coded by Storyline (${s3})`); continue; }
    const forms = [a.words.join(' ')];
    const last = a.words[a.words.length - 1]!;
    // a regular plural, unless the word is already plural or irregular ("taxpayers", "children", "women")
    // ("department of defense", "naturalized", "military-led": phrases and participles have no plural of the last word)
    if (a.plural === null && /man$/.test(last) && !a.words.includes('of')) forms.push([...a.words.slice(0, -1), last.slice(0, -3) + 'men'].join(' '));
    else if (a.plural === null && !/(s|men|children|people|ren|ed)$/.test(last) && !IRREGULAR_SINGULAR.has(last) && !a.words.includes('of')) forms.push([...a.words.slice(0, -1), plural(last)].join(' '));
    else if (a.plural) forms.push(...a.plural);
    for (const f of forms) {
      // things and places are no actors, nor are relations ("its allies" are others, not the subject's own sector)
      if (NOT_AGENTS.test(f)) { bump(tally, 'agent dropped: a thing, a place or a relation'); continue; }
      const k = keyOf(f);
      if (!k || curated.has(k)) { if (k) bump(tally, 'agent left to the curated layer'); continue; }
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([k, sector]);
      bump(tally, 'agent phrase kept');
    }
  }
  return out;
}

// Converts UniversalPetrarch's Spanish dictionaries (Open Event Data Alliance, MIT) into Storyline's data files, with
// the readers of the English converter (scripts/lib/petrarch.ts, petrarch-actors.ts) in their Spanish dialect:
//   data/events/es/dictionary/verbs.json        verb blocks (infinitives), patterns and codes (ICEWS numbering)
//   data/actors/es/dictionary/actors.json       people, organisations, places and country names in Spanish, less the
//                                               names already in the shared (English) dictionary and duplicates
//   data/actors/es/agents.json                  sector words
// and reports what it could not convert, per feature (data/events/es/dictionary/README.md,
// data/actors/es/dictionary/README.md). Usage: npx tsx scripts/build-dictionaries-es.ts [../shared/data/universal-petrarch-es]
// The converted files ship in the repository; nothing is read from ../shared at run time.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseVerbDictionary, parseActorDictionary, parseAgents, bump, plainWord, tallyTable, actorReportTables, type Tally, type DictFamily, type Dialect, type ActorRecord } from './lib/petrarch.js';
import { convertActors, convertAgents, keyOf, type ActorLanguage } from './lib/petrarch-actors.js';
import { mapCode as mapKnown } from './lib/cameo-codes.js';

/** Codes of the Spanish file, whose leading zeros are sometimes dropped ("36" for 036). */
const mapCode = (code: string | null | undefined, tally: Tally): string | null => mapKnown(code, tally, true);

const root = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
})();
const src = process.argv[2] ?? join(root, '..', 'shared', 'data', 'universal-petrarch-es');
if (!existsSync(join(src, 'verbpatterns_es_190128.txt'))) {
  console.error(`UniversalPetrarch Spanish dictionaries not found in ${src} (expected verbpatterns_es_190128.txt there)`);
  process.exit(1);
}
const read = (f: string) => readFileSync(join(src, f), 'utf8');
const license = read('LICENSE').trim();
const json = <T>(f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as T;

// ---------------------------------------------------------------- verbs
const syntax = json<{ targetPreps: string[]; prepOrConj: string[] }>('data/events/es/syntax.json');
const refs = json<{ articles: string[]; prepositions: string[] }>('data/actors/es/references.json');
const dialect: Dialect = {
  lang: 'es',
  prepositions: new Set([...refs.prepositions, ...syntax.targetPreps].map(plainWord)),
  dropped: new Set([...refs.articles.map(plainWord), 'un', 'una', 'unos', 'unas', 'lo', '&articulo', '&auxiliar', '&serestar']),
  prepositionSets: new Set(['&preposicion', '&preoposicion', '&preosicion']),
};
const verbs = parseVerbDictionary(read('verbpatterns_es_190128.txt'), dialect);
const vt = verbs.tally;
const families: DictFamily[] = [];
let patternsNull = 0;
const seenVerbs = new Map<string, string>();
for (const f of verbs.families) {
  const code = mapCode(f.code, vt);
  const rev = f.rev ? mapCode(f.rev, vt) ?? undefined : undefined;
  const patterns = [];
  const seenP = new Set<string>();
  for (const p of f.patterns) {
    const c = p.code ? mapCode(p.code, vt) : null;
    const r = p.rev ? mapCode(p.rev, vt) : undefined;
    if (c === undefined || r === undefined && p.rev) { bump(vt, 'pattern dropped: unknown code'); continue; }
    const key = `${p.p} ${c} ${r ?? ''}`;
    if (seenP.has(key)) { bump(vt, 'pattern dropped: duplicate in its block'); continue; }
    seenP.add(key);
    patterns.push({ p: p.p, code: c, ...(r ? { rev: r } : {}) });
    if (!c && !r) patternsNull++;
  }
  // a verb listed in two blocks keeps its first (the file repeats many infinitives)
  const vs = f.verbs.filter((v) => {
    const k = v.words.join(' ');
    if (seenVerbs.has(k)) { bump(vt, 'verb dropped: already in an earlier block'); return false; }
    seenVerbs.set(k, f.name);
    return true;
  }).map((v) => ({ ...v, code: v.code ? mapCode(v.code, vt) : null }));
  if (!vs.length) { bump(vt, 'block dropped: no verbs (its patterns with it)'); continue; }
  families.push({ name: f.name, code, ...(rev ? { rev } : {}), verbs: vs, patterns });
}
const verbCount = families.reduce((n, f) => n + f.verbs.length, 0);
const patternCount = families.reduce((n, f) => n + f.patterns.length, 0);
mkdirSync(join(root, 'data', 'events', 'es', 'dictionary'), { recursive: true });
writeFileSync(join(root, 'data', 'events', 'es', 'dictionary', 'verbs.json'), JSON.stringify({
  about: 'Verb blocks of UniversalPetrarch\'s Spanish CAMEO verb dictionary (verbpatterns_es_190128.txt, Open Event Data Alliance, MIT licence; see `license`), converted by scripts/build-dictionaries-es.ts. Verbs are infinitives (the tokenizer gives lemmas); words are accent-free; prepositions and articles of the original patterns are rewritten as "(prep X)" phrases or dropped. Codes in ICEWS 1.1b3 numbering. Pattern syntax: data/events/README.md ("Dictionary patterns").',
  source: 'UniversalPetrarch verbpatterns_es_190128.txt, https://github.com/openeventdata/UniversalPetrarch',
  license, synsets: verbs.synsets, families,
}, null, 0).replace(/\},\{"name"/g, '},\n{"name"') + '\n');

// ---------------------------------------------------------------- actors
const at: Tally = {};
const text = read('actors_unified_181220.txt');
// the unified file is the concatenation of four former dictionaries, each under a "# FROM FORMER DICTIONARY: X" line
const sections = text.split(/^# FROM FORMER DICTIONARY: /m).slice(1);
const records: (ActorRecord & { file: 'countries' | 'international' | 'milnonstate' })[] = [];
for (const sec of sections) {
  const name = sec.slice(0, sec.indexOf('\n')).trim();
  const file = /International/i.test(name) ? 'international' : /MilNonState/i.test(name) ? 'milnonstate' : 'countries';
  const recs = parseActorDictionary(sec, at);
  bump(at, `records read from ${name}`, recs.length);
  for (const r of recs) records.push({ ...r, file });
}
// duplicates: the same names with the same codes, listed again (often in another section)
const dedup: typeof records = [];
const seenRec = new Set<string>();
for (const r of records) {
  const k = `${r.file === 'countries' ? 'c' : 'o'}|${r.names.map(plainWord).sort().join('|')}|${r.code ?? ''}|${r.dated.map((d) => `${d.code} ${d.from} ${d.to}`).join(',')}`;
  if (seenRec.has(k)) { bump(at, 'record dropped: exact duplicate of an earlier record'); continue; }
  seenRec.add(k);
  dedup.push(r);
}
const spanishWords = new Set((createRequire(import.meta.url)('an-array-of-spanish-words') as string[]).map(plainWord));
const shared = json<{ people: [string, string[]][]; orgs: [string, string | null, string, string, string[]][]; places: [string, string[]][]; countryNames: [string, string[]][] }>('data/actors/dictionary/actors.json');
const sharedKeys = new Set<string>([...shared.people.flatMap((p) => p[1]), ...shared.orgs.flatMap((o) => o[4]), ...shared.places.flatMap((p) => p[1]), ...shared.countryNames.flatMap((c) => c[1])]);
const articles = new Set(refs.articles);
const esKey = (p: string) => keyOf(p, 'es', articles);
const SPANISH: ActorLanguage = {
  lang: 'es', keyOf: esKey, commonWord: (w) => spanishWords.has(plainWord(w)),
  institution: /\b(ministerio|ministerios|ministro|departamento|partido|ej[eé]rcito|consejo|corte|tribunal|congreso|senado|parlamento|asamblea|comisi[oó]n|comit[eé]|agencia|banco|polic[ií]a|fuerza|fuerzas|frente|movimiento|uni[oó]n|universidad|oficina|gobierno|administraci[oó]n|servicio|servicios|guardia|cuerpo|armada|liga|asociaci[oó]n|organizaci[oó]n|federaci[oó]n|instituto|compa[ñn][ií]a|empresa|corporaci[oó]n|embajada|brigada|brigadas|batall[oó]n|grupo|red|c[eé]lula|c[eé]lulas|facci[oó]n|autoridad|junta|fundaci[oó]n|fondo|programa|centro|sociedad|club|gabinete|presidencia|secretar[ií]a|direcci[oó]n|comando|milicia|milicias|aerol[ií]nea|aerol[ií]neas|noticias|radio|televisi[oó]n|c[aá]mara|academia|escuela|colegio|hospital|iglesia|mezquita|sindicato|confederaci[oó]n|coordinadora|alianza|coalici[oó]n|cartel|c[aá]rtel|diario|peri[oó]dico|agrupaci[oó]n|bloque)\b/,
  wordStart: /^[\p{L}0-9]/u,
  curatedKeys: () => {
    const keys = new Set<string>();
    for (const p of json<{ people: { name: string; aliases: string[] }[] }>('data/actors/people.json').people) for (const n of [p.name, ...p.aliases]) keys.add(esKey(n));
    for (const g of json<{ igos: { names: string[]; acronyms: string[] }[] }>('data/actors/igos.json').igos) for (const n of [...g.names, ...g.acronyms]) keys.add(esKey(n));
    const extra = json<{ countries: Record<string, { names: string[]; adjectives: string[]; seats: (string | { text: string })[] }>; capitals: Record<string, string[]> }>('data/actors/es/countries-extra.json');
    for (const x of Object.values(extra.countries)) for (const n of [...x.names, ...x.adjectives, ...x.seats.map((s) => typeof s === 'string' ? s : s.text)]) keys.add(esKey(n));
    for (const l of Object.values(extra.capitals)) for (const n of l) keys.add(esKey(n));
    return keys;
  },
  countryNames: (c) => [c.name.common, c.name.official, ...(c.translations?.spa ? [c.translations.spa.common, c.translations.spa.official] : [])],
  shared: sharedKeys,
};
const actors = convertActors(dedup, at, SPANISH);
mkdirSync(join(root, 'data', 'actors', 'es', 'dictionary'), { recursive: true });
writeFileSync(join(root, 'data', 'actors', 'es', 'dictionary', 'actors.json'), JSON.stringify({
  about: 'Actors of UniversalPetrarch\'s Spanish actor dictionary (actors_unified_181220.txt, Open Event Data Alliance, MIT licence, see `license`), converted by scripts/build-dictionaries-es.ts: the names the shared dictionary (data/actors/dictionary, English) does not already hold. Storyline\'s curated files (data/actors/people.json, igos.json, es/countries-extra.json) win over it.',
  license, ...actors,
}, null, 0).replace(/\],\[/g, '],\n[').replace(/\},\{/g, '},\n{') + '\n');

const agentsTally: Tally = {};
// The Spanish agents file (built largely from WordNet and BabelNet) holds many words that name no one ("protesta",
// "tanque", "política", "movimiento"): a phrase is kept when its head — the first word in Spanish — names a person by
// its ending ("agricultores", "periodista", "diputado", "médicos") or a body the curated sector words name, and it is
// no event noun of data/events/es/nouns.json.
const eventNouns = new Set(Object.values(json<{ patterns: Record<string, string[]> }>('data/events/es/nouns.json').patterns).flat().flatMap((p) => p.split(/\s+/)[0]!.split('|').map((w) => plainWord(w).split('_')[0]!)));
const sectorHeads = new Set(Object.values(json<{ sectors: Record<string, string[]> }>('data/actors/es/sectors.json').sectors).flat().map((w) => plainWord(w).split(' ')[0]!));
const PERSON_ENDING = /(or|ora|ores|oras|ista|istas|ero|era|eros|eras|ante|antes|ente|entes|iente|ientes|ano|ana|anos|anas|ico|ica|icos|icas|ado|ada|ados|adas|ido|ida|idos|idas|ario|aria|arios|arias|ino|ina|inos|inas|logo|loga|logos|logas|ita|itas|ota|otas|ense|enses|ies|anes|eses|ote|otes)$/;
const ABSTRACT_ENDING = /(cion|sion|dad|tad|tud|miento|aje|ura|ismo|encia|ancia|ia|ez|eza)$/;
const keepAgent = (words: string[]) => { const head = words[0]!; return !eventNouns.has(head) && !ABSTRACT_ENDING.test(head) && (sectorHeads.has(head) || PERSON_ENDING.test(head)); };
const agents = convertAgents(parseAgents(read('agents_181220.txt'), agentsTally, dialect), agentsTally, 'es', keepAgent);
writeFileSync(join(root, 'data', 'actors', 'es', 'agents.json'), JSON.stringify({ about: 'Sector words of UniversalPetrarch\'s Spanish agents_181220.txt (MIT licence, see `license`), restricted to the sectors Storyline codes; converted by scripts/build-dictionaries-es.ts. data/actors/es/sectors.json is the curated layer on top.', license, agents }, null, 1) + '\n');

// ---------------------------------------------------------------- report
const table = tallyTable;
const verbReport = `# Converted UniversalPetrarch Spanish verb dictionary

Generated by \`npx tsx scripts/build-dictionaries-es.ts\` from \`verbpatterns_es_190128.txt\` (UniversalPetrarch, Open
Event Data Alliance, MIT licence — the notice is kept in \`verbs.json\`). Do not edit \`verbs.json\` by hand: change
Storyline's own \`../verbs.json\` (the curated layer, tried first), \`../dictionary-policy.json\` or the converter.

- ${families.length} verb blocks, ${verbCount} verbs, ${patternCount} patterns kept (${patternsNull} of them null
  patterns \`[---]\` that stop coding), ${Object.keys(verbs.synsets).length} synonym sets.

How it differs from the English PETRARCH2 file, and what the converter does about it: verbs are listed as
infinitives without forms (matched against the tokenizer's lemmas); words carry accents (made accent-free, as token
norms are); prepositions stand as plain words or as the set \`&PREPOSICION\` (rewritten as \`(prep X)\` phrases);
articles and auxiliaries stand as words or as the sets \`&ARTICULO\`, \`&AUXILIAR\`, \`&SERESTAR\` (dropped: the matcher
reads noun phrases whole); a few lines hold a pattern without its leading "-" (dropped); many infinitives appear in
several blocks (the first is kept); block headers may carry a suffix ("--- X [010] ---[a]").

| feature | count |
|---|---|
${table(vt)}
`;
writeFileSync(join(root, 'data', 'events', 'es', 'dictionary', 'README.md'), verbReport);
const actorReport = `# Converted UniversalPetrarch Spanish actor and agent dictionaries

Generated by \`npx tsx scripts/build-dictionaries-es.ts\` from \`actors_unified_181220.txt\` and \`agents_181220.txt\`
(UniversalPetrarch, Open Event Data Alliance, MIT licence — the notice is kept in each JSON file). Do not edit by
hand: change the curated files (\`../../people.json\`, \`../../igos.json\`, \`../countries-extra.json\`, \`../sectors.json\`),
which always win, or the converter.

The unified file concatenates four former dictionaries (international organisations, non-state armed groups, a
validation list, countries with their people) and repeats many records: ${records.length} records read,
${records.length - dedup.length} exact duplicates dropped; of the rest, every name the shared (English) dictionary
already holds — the same people under the same names — is left to it (the people file is shared by every language).

${actorReportTables(actors.summary, at, agents.length, agentsTally)}`;
writeFileSync(join(root, 'data', 'actors', 'es', 'dictionary', 'README.md'), actorReport);
console.log(verbReport);
console.log(actorReport);

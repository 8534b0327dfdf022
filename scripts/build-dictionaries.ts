// Converts the PETRARCH2 dictionaries (Open Event Data Alliance, MIT) into Storyline's own data files:
//   data/events/en/dictionary/verbs.json   verb synonym blocks with their patterns and codes (ICEWS numbering)
//   data/actors/dictionary/actors.json  people with date-bounded roles, organisations, armed groups, places, spellings
//   data/actors/en/agents.json          sector words ("police" → COP)
// and reports what it could not convert, per feature (data/events/en/dictionary/README.md, data/actors/dictionary/README.md).
// Usage: npx tsx scripts/build-dictionaries.ts [../shared/data/petrarch2]
// The converted files ship in the repository; nothing is read from ../shared at run time.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVerbDictionary, parseActorDictionary, parseAgents, bump, tallyTable, actorReportTables, type Tally, type DictFamily } from './lib/petrarch.js';
import { convertActors, convertAgents, type ActorsOut } from './lib/petrarch-actors.js';
import { mapCode } from './lib/cameo-codes.js';

const root = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
})();
const src = process.argv[2] ?? join(root, '..', 'shared', 'data', 'petrarch2');
if (!existsSync(join(src, 'CAMEO.2.0.txt'))) {
  console.error(`PETRARCH2 dictionaries not found in ${src} (expected CAMEO.2.0.txt there)`);
  process.exit(1);
}
const read = (f: string) => readFileSync(join(src, f), 'latin1');
const license = read('LICENSE').trim();

// ---------------------------------------------------------------- verbs
const verbs = parseVerbDictionary(read('CAMEO.2.0.txt'));
const vt = verbs.tally;
const families: DictFamily[] = [];
let patternsOut = 0, patternsNull = 0;
/** How the matcher uses each kept pattern (README table "Use of the patterns"). */
const use: Tally = {};
function useOf(p: string, code: string | null, rev: string | undefined, original: string | null): string {
  const [pre] = p.split('*');
  if (/[+$]/.test(pre!)) return 'adapted: an actor slot before the verb is read as the subject (the source), as every subject is';
  if (p.split('*')[1]!.includes('$')) return 'adapted: a source slot after the verb is read as an actor of the phrase; the source stays the subject';
  if (code && rev && code !== rev) return 'adapted: a pair [a:b] codes its first event (source → target); the reverse one (target → source) is not emitted';
  if (!code && rev) return 'adapted: a reverse-only code [:b] is emitted target → source';
  if (code && original && code !== original) return 'adapted: a code outside ICEWS 1.1b3 mapped to its parent';
  return 'unchanged';
}
// (a pattern of prepositions only, "* (for)", "* (into)", is its verb's argument frame, not its block's meaning: "head
//  for" is a journey, "rule for" is not; where its code is not the block's own kind of act, policy keeps it for the
//  verb its comment names: dictionary-policy.json frameWords)
const policy = JSON.parse(readFileSync(join(root, 'data', 'events', 'en', 'dictionary-policy.json'), 'utf8')) as { frameWords?: string[] };
const frameWords = new Set(policy.frameWords ?? []);
const frameOnly = (p: string) => { const w = p.replace(/[*()]/g, ' ').split(/\s+/).filter(Boolean); return w.length > 0 && w.every((x) => frameWords.has(x)); };
for (const f of verbs.families) {
  const code = mapCode(f.code, vt);
  const rev = f.rev ? mapCode(f.rev, vt) ?? undefined : undefined;
  const patterns = [];
  for (const p of f.patterns) {
    const c = p.code ? mapCode(p.code, vt) : null;
    const r = p.rev ? mapCode(p.rev, vt) : undefined;
    if (c === undefined || r === undefined && p.rev) { bump(vt, 'pattern dropped: unknown code'); continue; }
    // (where the frame's code is the block's own kind of act, "depart|leave|set off for" → 042, it holds for the block)
    const foreign = !code || !c || code.slice(0, 2) !== c.slice(0, 2);
    const owned = p.owner && foreign && frameOnly(p.p) && f.verbs.some((v) => v.words.join(' ') === p.owner);
    patterns.push({ p: p.p, code: c, ...(r ? { rev: r } : {}), ...(owned ? { owner: p.owner } : {}) });
    if (!c && !r) patternsNull++;
    patternsOut++;
    bump(use, owned ? 'adapted: a pattern of prepositions only is kept for the verb it was written for' : useOf(p.p, c, r ?? undefined, p.code));
  }
  const vs = f.verbs.map((v) => ({ ...v, code: v.code ? mapCode(v.code, vt) : null }));
  if (!vs.length) { bump(vt, 'block dropped: no verbs'); continue; }
  families.push({ name: f.name, code, ...(rev ? { rev } : {}), verbs: vs, patterns });
}
const verbCount = families.reduce((n, f) => n + f.verbs.length, 0);

const verbsOut = {
  about: 'Verb synonym blocks of the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence; see `license`), converted by scripts/build-dictionaries.ts. Every verb of a block shares the block\'s patterns. Codes are in ICEWS 1.1b3 numbering (data/ontology/cameo.json). Pattern syntax: data/events/README.md ("Dictionary patterns").',
  source: 'PETRARCH2 CAMEO.2.0.txt (LAST UPDATE: 30 April 2015), https://github.com/openeventdata/petrarch2',
  license,
  synsets: verbs.synsets,
  families,
};
mkdirSync(join(root, 'data', 'events', 'en', 'dictionary'), { recursive: true });
writeFileSync(join(root, 'data', 'events', 'en', 'dictionary', 'verbs.json'), JSON.stringify(verbsOut, null, 0).replace(/\},\{"name"/g, '},\n{"name"') + '\n');

// ---------------------------------------------------------------- actors and agents
const at: Tally = {};
const records = [
  ...parseActorDictionary(read('Phoenix.Countries.actors.txt'), at).map((r) => ({ ...r, file: 'countries' as const })),
  ...parseActorDictionary(read('Phoenix.International.actors.txt'), at).map((r) => ({ ...r, file: 'international' as const })),
  ...parseActorDictionary(read('Phoenix.MilNonState.actors.txt'), at).map((r) => ({ ...r, file: 'milnonstate' as const })),
];
const actors: ActorsOut = convertActors(records, at);
const agentsTally: Tally = {};
const agents = convertAgents(parseAgents(read('Phoenix.agents.txt'), agentsTally), agentsTally);
mkdirSync(join(root, 'data', 'actors', 'dictionary'), { recursive: true });
const actorAbout = 'Actors of the PETRARCH2 / Phoenix dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; Open Event Data Alliance, MIT licence, see `license`), converted by scripts/build-dictionaries.ts. Storyline\'s own data/actors/*.json is the newer, curated layer on top: a curated name always wins.';
writeFileSync(join(root, 'data', 'actors', 'dictionary', 'actors.json'), JSON.stringify({ about: actorAbout, license, ...actors }, null, 0).replace(/\],\[/g, '],\n[').replace(/\},\{/g, '},\n{') + '\n');
writeFileSync(join(root, 'data', 'actors', 'en', 'agents.json'), JSON.stringify({ about: 'Sector words of Phoenix.agents.txt (PETRARCH2, MIT licence, see `license`), restricted to the sectors Storyline codes; converted by scripts/build-dictionaries.ts. data/actors/en/sectors.json is the curated layer on top.', license, agents }, null, 1) + '\n');

// ---------------------------------------------------------------- report
const table = tallyTable;
const verbReport = `# Converted PETRARCH2 verb dictionary

Generated by \`npx tsx scripts/build-dictionaries.ts\` from \`CAMEO.2.0.txt\` (PETRARCH2, Open Event Data Alliance, MIT
licence — the notice is kept in \`verbs.json\`). Do not edit \`verbs.json\` by hand: change Storyline's own
\`../verbs.json\` (the curated layer, tried first) or the converter.

- ${families.length} verb blocks, ${verbCount} verbs, ${patternsOut} patterns kept (${patternsNull} of them null
  patterns \`[---]\` that stop coding), ${Object.keys(verbs.synsets).length} synonym sets.

Use of the patterns by the matcher (src/events/dictmatch.ts; see data/events/README.md, "Dictionary patterns"):

| use | patterns |
|---|---|
${table(use)}

What the converter did, per feature (counts):

| feature | count |
|---|---|
${table(vt)}
`;
writeFileSync(join(root, 'data', 'events', 'en', 'dictionary', 'README.md'), verbReport);
const actorReport = `# Converted Phoenix actor and agent dictionaries

Generated by \`npx tsx scripts/build-dictionaries.ts\` from the Phoenix dictionaries of PETRARCH2 (Open Event Data
Alliance, MIT licence — the notice is kept in each JSON file). Do not edit by hand: change Storyline's curated files in
\`..\` (people.json, igos.json, en/countries-extra.json, en/sectors.json), which always win, or the converter.

${actorReportTables(actors.summary, at, agents.length, agentsTally)}`;
writeFileSync(join(root, 'data', 'actors', 'dictionary', 'README.md'), actorReport);
console.log(verbReport);
console.log(actorReport);

// A check of the dictionary semantics, not of accuracy: PETRARCH's own unit-test records
// (../shared/data/petrarch2/PETR.UnitTest.records.xml: sentences about fictional countries, each with the events
// PETRARCH must code, and the small validation dictionaries PETR.Validate.*.txt) are read with Storyline's converter
// and matcher: the validation verb dictionary is converted and compiled exactly as the shipped one, the validation
// actors are found by their phrases, and every verb of the sentence is tried with the dictionary matcher
// (src/events/dictmatch.ts). A record agrees when each expected event code is produced at some verb with the expected
// target (PETRARCH codes WEIS-era codes here, taken as they are). Reported per record category; the disagreements are
// listed with --verbose. Usage: npm run eval:petrarch [-- --verbose]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVerbDictionary, parseActorDictionary, actorPhrase, type Tally } from './lib/petrarch.js';
import { compileDictionary } from '../src/events/dictionary.js';
import { english } from '../src/events/language.js';
import { tryDictionary } from '../src/events/dictmatch.js';
import { clauses } from '../src/events/syntax.js';
import { tokenizeText, type Token, type ResolvedActor } from '../src/actors/index.js';

const root = (() => { let d = dirname(fileURLToPath(import.meta.url)); while (!existsSync(join(d, 'package.json'))) d = dirname(d); return d; })();
const dir = join(root, '..', 'shared', 'data', 'petrarch2');
if (!existsSync(join(dir, 'PETR.UnitTest.records.xml'))) {
  console.log(`PETRARCH unit-test records not found in ${dir}: nothing to check (development data, not shipped)`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const read = (f: string) => readFileSync(join(dir, f), 'latin1');

// the validation verb dictionary, converted and compiled like the shipped one (its XML comments are comments too)
const verbs = parseVerbDictionary(read('PETR.Validate.verbs.txt').replace(/<!--[^\n]*-->/g, ''));
const file = {
  synsets: verbs.synsets,
  families: verbs.families.map((f) => ({ name: f.name, code: f.code, ...(f.rev ? { rev: f.rev } : {}), verbs: f.verbs, patterns: f.patterns })),
};
const dictionary = compileDictionary(file, { noBareRoots: [], noBareFamilies: [], noBareVerbs: [] });
const L = { ...english(), dictionary };

// validation actors and agents: phrase → code (dates ignored: the records are dated within their ranges)
const tally: Tally = {};
const phrases = new Map<string, string>();
for (const f of ['PETR.Validate.actors.txt']) {
  for (const r of parseActorDictionary(read(f).replace(/<!--[^\n]*-->/g, ''), tally)) {
    const code = r.code ?? r.dated[r.dated.length - 1]?.code;
    if (!code) continue;
    for (const n of r.names) phrases.set(actorPhrase(n).words.join(' '), code.toUpperCase());
  }
}
const maxWords = Math.max(...[...phrases.keys()].map((k) => k.split(' ').length));

function actorsOf(tokens: Token[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (let i = 0; i < tokens.length;) {
    let hit: { j: number; code: string } | null = null;
    for (let j = Math.min(tokens.length, i + maxWords); j > i; j--) {
      const key = tokens.slice(i, j).map((t) => t.norm).join(' ');
      // (stems: "ARGENTIN" names "Argentina" too)
      const code = phrases.get(key) ?? (j === i + 1 ? [...phrases].find(([k]) => !k.includes(' ') && k.length >= 5 && key.startsWith(k))?.[1] : undefined);
      if (code) { hit = { j, code }; break; }
    }
    if (!hit) { i++; continue; }
    const country = hit.code.slice(0, 3);
    out.push({ code: hit.code, country, name: tokens.slice(i, hit.j).map((t) => t.text).join(' '), start: tokens[i]!.start, end: tokens[hit.j - 1]!.end, kind: 'country', tokStart: i, tokEnd: hit.j, prep: null, possessive: false, sector: hit.code.slice(3) });
    i = hit.j;
  }
  return out;
}

interface Rec { id: string; category: string; text: string; events: { source: string; target: string; code: string }[] }
const xml = read('PETR.UnitTest.records.xml');
const records: Rec[] = [];
for (const m of xml.matchAll(/<Sentence [^>]*id="([^"]+)"[^>]*category="([^"]+)"[^>]*>([\s\S]*?)<\/Sentence>/g)) {
  const body = m[3]!;
  const text = (body.match(/<Text>([\s\S]*?)<\/Text>/)?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const events = [...body.matchAll(/<EventCoding sourcecode="([^"]*)" targetcode="([^"]*)" eventcode="([^"]*)"/g)].map((e) => ({ source: e[1]!, target: e[2]!, code: e[3]! }));
  if (text && events.length) records.push({ id: m[1]!, category: m[2]!, text, events });
}

const byCat = new Map<string, { n: number; ok: number }>();
const misses: string[] = [];
for (const r of records) {
  const tokens = tokenizeText(r.text).flatMap((s) => s.tokens.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
  const actors = actorsOf(tokens);
  const actorAt: (ResolvedActor | undefined)[] = new Array(tokens.length);
  for (const a of actors) actorAt[a.tokStart] = a;
  const clause = clauses(L, tokens);
  const got: { code: string; target: string | null; verb: string }[] = [];
  for (let ti = 0; ti < tokens.length; ti++) {
    if (tokens[ti]!.pos !== 'VERB') continue;
    const m = tryDictionary(L, tokens, ti, actorAt, clause, actors);
    if (!m) continue;
    const target = m.target?.code ?? m.inner[0]?.code ?? actors.find((a) => a.tokStart >= m.triggerEnd)?.code ?? null;
    got.push({ code: m.pattern.code, target, verb: tokens[ti]!.text });
  }
  const ok = r.events.every((e) => got.some((g) => g.code === e.code && (!e.target || e.target === '---' || (g.target ?? '').startsWith(e.target.slice(0, 3)))));
  const c = byCat.get(r.category) ?? { n: 0, ok: 0 };
  c.n++; if (ok) c.ok++;
  byCat.set(r.category, c);
  if (!ok) misses.push(`${r.id}: expected ${r.events.map((e) => `${e.source}-${e.code}->${e.target}`).join(', ')}; matched ${got.map((g) => `${g.code}«${g.verb}»->${g.target}`).join(', ') || 'nothing'}\n    ${r.text}`);
}
const total = [...byCat.values()].reduce((a, c) => ({ n: a.n + c.n, ok: a.ok + c.ok }), { n: 0, ok: 0 });
if (verbose) console.log(misses.join('\n') + '\n');
console.log(`PETRARCH unit-test records read with Storyline's dictionary matcher: ${total.ok}/${total.n} agree (${(100 * total.ok / total.n).toFixed(1)} %)`);
for (const [c, v] of [...byCat].sort()) console.log(`  ${c.padEnd(10)} ${v.ok}/${v.n}`);
console.log(`validation dictionary: ${verbs.families.length} blocks, ${dictionary.byForm.size} verb forms; ${phrases.size} actor phrases`);

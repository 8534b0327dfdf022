// Splits the Spanish AFP protest sentences of UniversalPetrarch (../shared/data/universal-petrarch-es/
// spanish_protest_plover_dev.xml: 744 sentences of 401 documents, gold PLOVER categories and actor spans, no actor
// codes) into a blind set and a development set, by document (the sentences of one article stay together), with a
// fixed seed: documents are shuffled and taken in turn until the blind set holds at least 200 sentences. Writes two
// annotation sheets (texts included: they stay outside the repository) that scripts/import-eval-set.ts turns into
// reference-only evaluation sets once their `events` are written by hand.
// Usage: npx tsx scripts/split-es-set.ts OUT_DIR   → OUT_DIR/es-blind.sheet.jsonl, OUT_DIR/es-dev.sheet.jsonl
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedData, upesSentences } from './lib/corpora.js';
import { mulberry32 } from '../src/util/random.js';

export const SEED = 20261207;
export const BLIND_MIN = 200;

/** The generator the split uses (mulberry32), so that the split is the same on every machine. */
export const prng = mulberry32;

/** Document ids shuffled with the seed (Fisher–Yates over the sorted ids), cut where the blind share reaches `min`
 *  sentences. */
export function splitDocuments(sizes: Map<string, number>, seed = SEED, min = BLIND_MIN): { blind: string[]; dev: string[] } {
  const ids = [...sizes.keys()].sort();
  const rnd = prng(seed);
  for (let i = ids.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [ids[i], ids[j]] = [ids[j]!, ids[i]!]; }
  const blind: string[] = [];
  let n = 0;
  while (n < min && blind.length < ids.length) { const d = ids[blind.length]!; blind.push(d); n += sizes.get(d)!; }
  return { blind: blind.sort(), dev: ids.slice(blind.length).sort() };
}

function main(): void {
  const out = process.argv[2];
  if (!out) { console.error('usage: split-es-set.ts OUT_DIR'); process.exit(2); }
  let root = dirname(fileURLToPath(import.meta.url));
  while (!root.endsWith('scripts')) root = dirname(root);
  const data = sharedData(dirname(root));
  const docs = upesSentences(data);
  if (!docs.size) { console.error(`no sentences under ${data}/universal-petrarch-es`); process.exit(1); }
  const xml = readFileSync(join(data, 'universal-petrarch-es', 'spanish_protest_plover_dev.xml'), 'utf8');
  const gold = new Map<string, unknown[]>();
  for (const m of xml.matchAll(/<Sentence [^>]*?id="([^"]+)"[^>]*>([\s\S]*?)<\/Sentence>/g)) {
    const texts = [...m[2]!.matchAll(/<EventText eid="([^"]*)" eventtext="([^"]*)" sourcetext="([^"]*)" targettext="([^"]*)"/g)];
    const codes = [...m[2]!.matchAll(/<EventCoding eid="([^"]*)" eventcode="([^"]*)" plover="([^"]*)"/g)];
    gold.set(m[1]!, codes.map((c) => { const t = texts.find((x) => x[1] === c[1]); return { cameo: c[2], plover: c[3], event: t?.[2], source: t?.[3], target: t?.[4] }; }));
  }
  const { blind, dev } = splitDocuments(new Map([...docs].map(([d, l]) => [d, l.length])));
  mkdirSync(out, { recursive: true });
  for (const [name, ids] of [['es-blind', blind], ['es-dev', dev]] as const) {
    const lines = ids.flatMap((d) => docs.get(d)!.map((s) => JSON.stringify({ id: s.id, origin: `upes:${s.id}`, published: s.date, lang: 'es', text: s.text, gold: gold.get(s.id) ?? [], events: [] })));
    writeFileSync(join(out, `${name}.sheet.jsonl`), lines.join('\n') + '\n');
    console.log(`${name}: ${ids.length} documents, ${lines.length} sentences`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

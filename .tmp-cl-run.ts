import { readFileSync, readdirSync } from 'node:fs';
import { cleanDocument } from '/work/main/src/clean/index.ts';
const dir = '/work/main/examples/';
const only = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  if (only && !f.startsWith(only)) continue;
  const a = cleanDocument({ origin: f, text: readFileSync(dir + f, 'utf8') });
  const { text, removed, dateCandidates, ...meta } = a;
  console.log('=====', f, JSON.stringify(meta, null, 1));
  console.log('--- text:\n' + text);
  console.log('--- removed:'); for (const r of removed) console.log(`  [${r.reason}] ${r.text.slice(0, 90)}`);
  console.log('--- cands:', JSON.stringify(dateCandidates));
}

import { readFileSync } from 'node:fs';
import { cleanDocument } from './src/clean/index.ts';
const f = process.argv[2]!;
const a = cleanDocument({ origin: f, text: readFileSync(f, 'utf8') });
const { text, removed, dateCandidates, ...meta } = a;
console.log(JSON.stringify(meta));
console.log('--- text:\n' + text);
for (const r of removed) console.log(`  [${r.reason}] ${r.text.slice(0, 90)}`);
console.log(JSON.stringify(dateCandidates));

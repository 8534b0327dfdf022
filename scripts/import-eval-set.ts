// Turns an annotated set of real news sentences (JSON Lines with the sentence text, its context and its origin, as
// annotators write them) into an evaluation set that ships only references: eval/events/<name>.jsonl items
// {id, ref: {doc, start, end, contextStart, sha}, published, events}. The texts stay in ../shared/data and are read
// back by scripts/lib/corpora.ts at evaluation time. Usage: npx tsx scripts/import-eval-set.ts IN.jsonl OUT.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentText, locate, sha, sharedData, type SentenceRef } from './lib/corpora.js';

interface Annotated { id: string; origin: string; published: string | null; context?: string[]; text: string; events: unknown[] }

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [inFile, outFile] = process.argv.slice(2);
if (!inFile || !outFile) { console.error('usage: import-eval-set.ts IN.jsonl OUT.jsonl'); process.exit(2); }
const data = sharedData(root.endsWith('dist') ? dirname(root) : root);

/** The reference of an annotated sentence in its document, or an error. */
function refOf(it: Annotated): SentenceRef | string {
  const parts = it.origin.split(':');
  if (parts[0] === 't17') {
    // t17:topic:row:line — one sentence per line of the article
    const [, topic, row, line] = parts;
    const doc = `t17:${topic}:${row}`;
    const text = documentText(data, doc);
    if (!text) return `${it.id}: ${doc} not found`;
    const lines = text.split('\n');
    const li = Number(line);
    if (!(li < lines.length)) return `${it.id}: line ${li} past the end of ${doc}`;
    const offset = (k: number) => lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
    const start = offset(li);
    let cs = li;
    while (cs > 0 && li - cs < (it.context?.length ?? 0) && lines[cs - 1]!.trim()) cs--;
    return { doc, start, end: start + lines[li]!.length, contextStart: offset(cs), sha: sha(lines[li]!) };
  }
  const doc = parts[0] === 'tbaq' ? `tbaq:${parts[1]}` : `wcxb:${parts[1]}`;
  const text = documentText(data, doc);
  if (!text) return `${it.id}: ${doc} not found`;
  const at = locate(text, it.text);
  if (!at) return `${it.id}: sentence not found in ${doc}`;
  let contextStart = at[0];
  const first = it.context?.[0];
  if (first) {
    // the nearest earlier place of the first context sentence
    let from = 0, found: [number, number] | null = null, hit: [number, number] | null;
    while ((hit = locate(text, first, from)) && hit[0] < at[0]) { found = hit; from = hit[0] + 1; }
    if (found) contextStart = found[0];
  }
  return { doc, start: at[0], end: at[1], contextStart, sha: sha(text.slice(at[0], at[1])) };
}

const out: string[] = [];
let failed = 0;
for (const line of readFileSync(inFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const it = JSON.parse(line) as Annotated;
  const ref = refOf(it);
  if (typeof ref === 'string') { console.error(ref); failed++; continue; }
  out.push(JSON.stringify({ id: it.id, ref, published: it.published, events: it.events }));
}
writeFileSync(outFile, out.join('\n') + '\n');
console.log(`${out.length} items written to ${outFile}${failed ? `, ${failed} not located (see above)` : ''}`);

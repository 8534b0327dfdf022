import { readFileSync, readdirSync } from 'node:fs';
import { codeArticle } from '../src/events/index.js';
const dir = '../shared/data/wcxb-dev-articles/ground-truth/';
const files = readdirSync(dir).sort().slice(Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 40));
let n = 0, sents = 0;
const t0 = performance.now();
for (const f of files) {
  const g = JSON.parse(readFileSync(dir + f, 'utf8'));
  const text = (g.ground_truth.main_content as string) ?? '';
  const ms = codeArticle({ text, published: g.ground_truth.publish_date?.slice(0, 10) ?? null });
  sents += text.split(/[.!?]\s/).length;
  for (const m of ms) { n++; console.log(`${f} ${m.source}-${m.code}->${m.target} ${m.date?.start ?? '-'} «${m.trigger}» :: ${m.sentence.slice(0, 140).replace(/\n/g, ' ')}`); }
}
console.error(`${n} mentions, ~${sents} sentences, ${(performance.now() - t0).toFixed(0)} ms`);

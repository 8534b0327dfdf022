import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cleanDocument } from './src/clean/index.ts';
const D = '/work/shared/data/wcxb-dev-articles/';
for (const id of process.argv.slice(2)) {
  const html = gunzipSync(readFileSync(`${D}html/${id}.html.gz`)).toString('utf8');
  const gt = JSON.parse(readFileSync(`${D}ground-truth/${id}.json`, 'utf8'));
  const a = cleanDocument({ origin: id, html, url: gt.url });
  console.log('=====', id, a.title, '|', a.published, a.publishedFrom, '| gt', gt.ground_truth.publish_date);
  const counts: Record<string, number> = {};
  for (const r of a.removed) { counts[r.reason] = (counts[r.reason] ?? 0) + 1; }
  console.log(counts);
  for (const r of a.removed) if (!['pruned'].includes(r.reason)) console.log(`  [${r.reason}] ${r.text.slice(0, 110).replace(/\n/g,' ')}`);
}

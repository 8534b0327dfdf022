import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cleanDocument } from './src/clean/index.ts';
import { extractHtml } from './src/clean/html/index.ts';
const D = '/work/shared/data/wcxb-dev-articles/';
for (const id of process.argv.slice(2)) {
  const html = gunzipSync(readFileSync(`${D}html/${id}.html.gz`)).toString('utf8');
  const gt = JSON.parse(readFileSync(`${D}ground-truth/${id}.json`, 'utf8'));
  const ex = extractHtml(html, gt.url);
  const a = cleanDocument({ origin: id, html, url: gt.url });
  console.log(id, 'ex', ex.published, ex.publishedFrom, 'clean', a.published, a.publishedFrom);
  console.log(JSON.stringify(a.dateCandidates));
}

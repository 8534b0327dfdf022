import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { cleanDocument } from './src/clean/index.ts';
const D = '/work/shared/data/wcxb-dev-articles/';
const BLOCK = new Set(['P','DIV','H1','H2','H3','H4','H5','H6','LI','TR','BR','SECTION','ARTICLE','HEADER','FOOTER','NAV','ASIDE','UL','OL','TABLE','BLOCKQUOTE','FIGURE','FIGCAPTION','MAIN','TD','TH','DT','DD','PRE','FORM']);
function render(html: string): string {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('script,style,noscript,template,svg,iframe')]) el.remove();
  const out: string[] = [];
  const walk = (n: any) => {
    if (n.nodeType === 3) { out.push(n.textContent.replace(/\s+/g, ' ')); return; }
    if (n.nodeType !== 1) return;
    const b = BLOCK.has(n.tagName);
    if (b) out.push('\n');
    for (const c of n.childNodes) walk(c);
    if (b) out.push('\n');
  };
  walk(document.body ?? document.documentElement);
  return out.join('').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n');
}
const tok = (s: string) => (s ?? "").toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
function prf(pred: string, gold: string) {
  const p = tok(pred), g = tok(gold);
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let o = 0;
  for (const t of p) { const c = counts.get(t); if (c) { o++; counts.set(t, c - 1); } }
  const P = p.length ? o / p.length : 0, R = g.length ? o / g.length : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}
const ids = readdirSync(D + 'ground-truth').map((f) => f.replace('.json', '')).sort().slice(0, Number(process.argv[2] ?? 711));
let b = { P: 0, R: 0, F: 0 }, c = { P: 0, R: 0, F: 0 }, n = 0; let tOk = 0, dTot = 0, dOk = 0, dMiss = 0, dNone = 0, dSpur = 0; const nt = (s: any) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim(); const bad: string[] = []; const byFrom: Record<string, [number, number]> = {};
const worst: [number, string][] = [];
for (const id of ids) {
  const html = gunzipSync(readFileSync(`${D}html/${id}.html.gz`)).toString('utf8');
  const gt = JSON.parse(readFileSync(`${D}ground-truth/${id}.json`, 'utf8')).ground_truth;
  const text = render(html);
  const a = cleanDocument({ origin: id, text });
  const x = prf(text, gt.main_content), y = prf(a.text, gt.main_content);
  b.P += x.P; b.R += x.R; b.F += x.F; c.P += y.P; c.R += y.R; c.F += y.F; n++;
  worst.push([y.R - x.R, id]);
  if (nt(a.title) === nt(gt.title)) tOk++;
  const day = a.published?.slice(0, 10) ?? null;
  if (day) { const k = a.publishedFrom ?? '?'; byFrom[k] ??= [0, 0]; if (gt.publish_date && day === gt.publish_date.slice(0, 10)) byFrom[k][0]++; else byFrom[k][1]++; }
  if (gt.publish_date) { dTot++; if (day === gt.publish_date.slice(0, 10)) dOk++; else if (!day) dMiss++; else bad.push(`${id}:${day}/${gt.publish_date.slice(0,10)}:${a.publishedFrom}`); } else { dNone++; if (day) { dSpur++; bad.push(`${id}:${day}/none:${a.publishedFrom}`); } }
}
const f = (o: any) => `P ${(o.P / n).toFixed(3)} R ${(o.R / n).toFixed(3)} F ${(o.F / n).toFixed(3)}`;
console.log('title', tOk, 'date ok', dOk, '/', dTot, 'missing', dMiss, 'spurious', dSpur, '/', dNone); console.log(JSON.stringify(byFrom)); console.log('pages', n, '\nuncleaned', f(b), '\ncleaned  ', f(c));
worst.sort((a, b) => a[0] - b[0]);
console.log('largest recall losses', worst.slice(0, 15).map(([d, i]) => `${i}:${d.toFixed(2)}`).join(' '));

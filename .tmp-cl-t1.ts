import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { cleanDocument } from './src/clean/index.ts';
const D = '/work/shared/data/wcxb-dev-articles/';
const src = readFileSync('.tmp-cl-textev.ts', 'utf8');
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
const id = process.argv[2]!;
const html = gunzipSync(readFileSync(`${D}html/${id}.html.gz`)).toString('utf8');
const gt = JSON.parse(readFileSync(`${D}ground-truth/${id}.json`, 'utf8')).ground_truth;
const a = cleanDocument({ origin: id, text: render(html) });
console.log('TITLE', a.title, '| gt', gt.title, '| pub', a.published, a.publishedFrom, '| gt', gt.publish_date);
console.log('GOLD START:', gt.main_content.slice(0, 300));
const filt = process.argv[3]; if (filt === "C") { console.log(JSON.stringify(a.dateCandidates.map((c) => [c.value, c.from, c.evidence.slice(0, 70)]))); process.exit(0); }
for (const r of a.removed) if (!filt || r.reason.includes(filt)) console.log(`  [${r.reason}] ${r.text.slice(0, 120)}`);

import { readFileSync } from 'node:fs';
const src = readFileSync('test/clean/document-html.test.ts', 'utf8');
const m = /const html = (`[\s\S]*?`);/.exec(src)!;
const para = (s: string) => `<p>${s}</p>`;
const html = eval(m[1]!);
const { cleanDocument } = await import('./src/clean/index.ts');
const a = cleanDocument({ origin: 'p.html', html, url: 'https://news.lakeside.example/2021/10/05/dam' });
console.log(JSON.stringify({ ...a, dateCandidates: undefined }, null, 1));

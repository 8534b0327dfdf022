import { readFileSync } from 'node:fs';
import { codeArticle } from '../src/events/index.js';
const [file, pub] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const t0 = Date.now();
const ms = codeArticle({ text, published: pub === 'null' ? null : pub ?? null });
for (const m of ms) console.log(`${m.source}(${m.sourceCountry}) -${m.code}/${m.root}-> ${m.target}(${m.targetCountry}) date=${m.date ? m.date.start + '..' + m.date.end + ' ' + m.date.precision : null} [${m.dateFrom}] c=${m.confidence}${m.symmetric ? ' SYM' : ''} «${m.trigger}» :: ${m.sentence.slice(0, 150)}`);
console.error('ms', Date.now() - t0);

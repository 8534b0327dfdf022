// Timeline17 development data (../shared/data/timeline17-dev): `<topic>.articles.csv.gz`, CSV `date,text` with the
// text tokenized Penn-Treebank style, one sentence per line. readTimeline17 gives each article with its text
// de-tokenized back to ordinary prose, ready to ingest as a JSONL record. The sentences stay one per line: the data
// has lost the articles' paragraphs, and a scrape's lines (each read as a paragraph, as news paragraphs of one or two
// sentences are) are closer to them than one paragraph of fifty sentences would be.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the development data: $TIMELINE17_DIR, else ../shared/data/timeline17-dev beside the repository. */
export function timeline17Dir(): string {
  if (process.env.TIMELINE17_DIR) return process.env.TIMELINE17_DIR;
  // scripts/lib (source, via tsx) or dist/scripts/lib (built): walk up to the folder that holds package.json.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, '..', 'shared', 'data', 'timeline17-dev');
}

/** PTB bracket and quote tokens, and the escaped characters, as written in prose. */
const TOKENS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"' };

/** Undoes Penn-Treebank tokenization of one sentence: brackets, quotes, split clitics and spaced punctuation. */
export function detokenize(s: string): string {
  const words = s.trim().split(/\s+/).filter(Boolean).map((w) => TOKENS[w] ?? w.replace(/\\([/*])/g, '$1'));
  let out = '';
  let quoteOpen = false;
  let glueNext = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    let glue = glueNext || i === 0;
    glueNext = false;
    if (w === '"') {
      // Opening quotes attach to the next word, closing ones to the previous.
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    } else if (/^[,.;:?!%)\]}]+$/.test(w) || /^'(s|re|ve|ll|d|m)$/i.test(w) || /^n't$/i.test(w) || (w === "'" && prev !== undefined && /s$/i.test(prev))) {
      glue = true;
      // "D.C. ." — the sentence's own period after an abbreviation's.
      if (w === '.' && prev !== undefined && prev.endsWith('.')) continue;
    } else if ((w === 'na' && prev !== undefined && /^(gon|wan)$/i.test(prev))) {
      glue = true;
    }
    if (/^[([{$#]$/.test(w)) glueNext = true;
    out += glue ? w : ' ' + w;
  }
  return out;
}

/** RFC 4180 records of a CSV text (quoted fields may hold commas, doubled quotes and newlines). */
export function parseCsv(text: string, origin: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const start = i;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`${origin}: unterminated quoted field starting at offset ${start}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') { field += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else if (c === ',') { row.push(field); field = ''; i++; }
    else if (c === '\n' || c === '\r') {
      row.push(field); field = '';
      rows.push(row); row = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else { field += c; i++; }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The articles of one topic ("egypt", "iraq"), text de-tokenized, in file order. Throws naming the file when it is
 *  missing or not the expected `date,text` CSV. */
export function readTimeline17(topic: string, dir: string = timeline17Dir()): { date: string; text: string }[] {
  const file = join(dir, `${topic}.articles.csv.gz`);
  if (!existsSync(file)) throw new Error(`${file}: not found (the Timeline17 development data is not shipped; set TIMELINE17_DIR)`);
  const rows = parseCsv(gunzipSync(readFileSync(file)).toString('utf8'), file);
  const [head, ...body] = rows;
  if (!head || head[0] !== 'date' || head[1] !== 'text') throw new Error(`${file}: expected a "date,text" header, got "${(head ?? []).join(',').slice(0, 60)}"`);
  return body
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((r, k) => {
      if (r.length !== 2 || !/^\d{4}-\d{2}-\d{2}$/.test(r[0]!)) throw new Error(`${file}: record ${k + 1} is not "YYYY-MM-DD,text"`);
      return { date: r[0]!, text: r[1]!.split(/\r?\n/).map(detokenize).filter(Boolean).join('\n') };
    });
}

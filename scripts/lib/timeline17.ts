// Timeline17 development topics (../shared/data/timeline17-dev): `<topic>.articles.csv.gz` is CSV `date,text` with
// Penn-Treebank-tokenized text, one sentence per line. Reading and de-tokenizing are written here by hand: the CSV is
// simple (RFC 4180 quoting) and no maintained package undoes PTB tokenization.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface T17Article { date: string; text: string }

/** Parses RFC 4180 CSV text (quoted fields may hold commas, newlines and doubled quotes) into rows of fields. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"') { if (csv[i + 1] === '"') { field += '"'; i++; } else quoted = false; }
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The articles of a Timeline17 CSV (header `date,text`), text kept tokenized with its lines. */
export function readTimeline17(csv: string): T17Article[] {
  const rows = parseCsv(csv);
  const head = rows[0] ?? [];
  const di = head.indexOf('date'), ti = head.indexOf('text');
  return rows.slice(1).map((r) => ({ date: r[di] ?? '', text: r[ti] ?? '' }));
}

/** Reads `<topic>.articles.csv.gz` from a Timeline17 folder; null when it is not there. */
export function readTopic(dir: string, topic: string): T17Article[] | null {
  const f = join(dir, `${topic}.articles.csv.gz`);
  return existsSync(f) ? readTimeline17(gunzipSync(readFileSync(f)).toString('utf8')) : null;
}

const BRACKETS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

/** Undoes Penn-Treebank tokenization of one line: brackets, quotes, split clitics and spaces before punctuation. */
export function detokenize(line: string): string {
  let s = ' ' + line.trim() + ' ';
  s = s.replace(/ -[LR][RSC]B- /g, (m) => ' ' + BRACKETS[m.trim()]! + ' ');
  s = s.replace(/ `` /g, ' "\u0001').replace(/ '' /g, '\u0002" ');
  s = s.replace(/ (n't|'s|'re|'ve|'ll|'d|'m|') /gi, '$1 ');
  s = s.replace(/ ([,.;:!?%)\]}]) /g, '$1 ').replace(/ ([,.;:!?%)\]}]) /g, '$1 ');
  s = s.replace(/ ([([{$]) /g, ' $1').replace(/\u0001 ?/g, '').replace(/ ?\u0002/g, '');
  s = s.replace(/ (gon|wan) (na) /gi, ' $1$2 ');
  return s.replace(/\s+/g, ' ').trim();
}

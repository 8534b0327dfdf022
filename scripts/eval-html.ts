// Evaluates the HTML reader on the WCXB dev article pages (../shared/data/wcxb-dev-articles, not shipped).
// Usage: node dist/scripts/eval-html.js [--raw] [--limit N] [--out details.jsonl] [--date-misses FILE] [--dump-without FILE] [--data DIR]
//   --dump-without: one JSON line per `without` snippet left in the output, with the output paragraph it sits in
//   and the DOM path (tag.class#id chain) of the smallest source element that holds it, to classify leftovers.
//   default: full clean stage (cleanDocument from src/clean/index.js); --raw: extractHtml alone.
//   --date-misses: one line per page whose publication day differs from the truth (or that has a date the truth
//   has not), with every date candidate (source, weight, evidence) that the reader collected.
// Prints word F1 (macro, lower-cased \w+ bag of words with counts) against main_content, share of `without`
// snippets left, share of `with` snippets kept, title/author accuracy, publication-date day accuracy, dates
// output on pages without one, and pages/s.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractHtml, stripInert } from '../src/clean/html/index.js';
import type { DateCandidate } from '../src/types.js';

interface Truth {
  title?: string | null;
  author?: string | null;
  publish_date?: string | null;
  main_content: string;
  with?: string[];
  without?: string[];
}
interface Out {
  text: string;
  title: string | null;
  author: string | null;
  published: string | null;
  publishedFrom: string | null;
  /** The stated revision date (full clean stage only). */
  modified?: string | null;
  dateCandidates?: DateCandidate[];
}

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** Python-like \w+ over lower-cased text (Unicode letters, digits, underscore). */
export function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

export function wordF1(pred: string, gold: string): number {
  const p = tokens(pred), g = tokens(gold);
  if (!p.length && !g.length) return 1;
  if (!p.length || !g.length) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of p) {
    const c = counts.get(t);
    if (c) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (!overlap) return 0;
  const prec = overlap / p.length, rec = overlap / g.length;
  return (2 * prec * rec) / (prec + rec);
}

/** Snippet containment on token sequences (word boundaries, punctuation/case-insensitive). */
function tokSeq(s: string): string {
  return ` ${tokens(s).join(' ')} `;
}
function contains(hay: string, snippet: string): boolean {
  const n = tokSeq(snippet);
  return n.trim().length > 0 && hay.includes(n);
}

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
  const role = el.getAttribute('role');
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls.map((c) => `.${c}`).join('')}${role ? `[role=${role}]` : ''}`;
}

/** DOM path of the smallest element of the page whose text holds the snippet (null when the markup splits it). */
function domContext(html: string, snippet: string): { path: string; text: string } | null {
  const { document } = parseHTML(stripInert(html));
  const needle = tokSeq(snippet);
  let best = null as Element | null;
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (tokSeq(c.textContent ?? '').includes(needle)) {
        best = c;
        visit(c);
        return;
      }
    }
  };
  const root = (document as unknown as Document).documentElement;
  if (!root) return null;
  visit(root);
  const found = best;
  if (!found) return null;
  const path: string[] = [];
  for (let e: Element | null = found; e && e.tagName !== 'HTML'; e = e.parentElement) path.unshift(describe(e));
  return { path: path.join(' > '), text: tokens(found.textContent ?? '').join(' ').slice(0, 300) };
}

function normTitle(s: string | null | undefined): string {
  return tokens(s ?? '').join(' ');
}

async function main(): Promise<void> {
  const root = findRoot();
  const dataDir = resolve(arg('--data') ?? join(root, '..', 'shared', 'data', 'wcxb-dev-articles'));
  if (!existsSync(join(dataDir, 'html'))) {
    console.error(`eval-html: data not found at ${dataDir} (expects ../shared/data/wcxb-dev-articles with html/ and ground-truth/).`);
    process.exit(2);
  }
  const raw = process.argv.includes('--raw');
  const limit = Number(arg('--limit') ?? 0) || Infinity;
  const outPath = arg('--out');
  const missPath = arg('--date-misses');
  const dumpPath = arg('--dump-without');
  const dump: string[] = [];

  let run: (html: string, url: string | null, id: string) => Out;
  if (raw) {
    run = (html, url) => {
      const r = extractHtml(html, url);
      return { text: r.paragraphs.join('\n\n'), title: r.title, author: r.author, published: r.published, publishedFrom: r.publishedFrom, dateCandidates: r.dateCandidates };
    };
  } else {
    const modPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'clean', 'index.js');
    type CleanMod = { cleanDocument?: (raw: { origin: string; html: string; url: string | null }) => Out & { dateCandidates: DateCandidate[] } };
    let mod: CleanMod | null = null;
    try {
      mod = (await import(modPath)) as CleanMod;
    } catch (e) {
      console.error(`eval-html: cannot load cleanDocument (${(e as Error).message}); use --raw to score extractHtml alone.`);
      process.exit(2);
    }
    const cd = mod?.cleanDocument;
    if (typeof cd !== 'function') {
      console.error('eval-html: src/clean/index.js exports no cleanDocument; use --raw.');
      process.exit(2);
    }
    run = (html, url, id) => {
      const r = cd({ origin: `${id}.html`, html, url });
      return { text: r.text, title: r.title, author: r.author, published: r.published, publishedFrom: r.publishedFrom, modified: r.modified ?? null, dateCandidates: r.dateCandidates };
    };
  }

  const ids = readdirSync(join(dataDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.replace(/\.html\.gz$/, ''))
    .sort()
    .slice(0, limit);

  let f1Sum = 0, withTot = 0, withKept = 0, woTot = 0, woLeft = 0;
  let titleOk = 0, titleTot = 0, authorOk = 0, authorTot = 0, authorWrongExtra = 0;
  let dateOk = 0, dateTot = 0, dateMissing = 0, dateSpurious = 0, noDatePages = 0, dateIsModified = 0;
  let elapsed = 0;
  let cpu = 0;
  const details: string[] = [];
  const misses: string[] = [];
  for (const id of ids) {
    const gtFile = JSON.parse(readFileSync(join(dataDir, 'ground-truth', `${id}.json`), 'utf8')) as { url?: string; ground_truth: Truth };
    const gt = gtFile.ground_truth;
    gt.main_content = gt.main_content ?? '';
    const html = gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8');
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    let out: Out;
    try {
      out = run(html, gtFile.url ?? null, id);
    } catch (e) {
      out = { text: '', title: null, author: null, published: null, publishedFrom: null };
      console.error(`${id}: threw ${(e as Error).message}`);
    }
    elapsed += Number(process.hrtime.bigint() - t0) / 1e9;
    const c1 = process.cpuUsage(c0);
    cpu += (c1.user + c1.system) / 1e6;
    const f1 = wordF1(out.text, gt.main_content);
    f1Sum += f1;
    const hay = tokSeq(out.text);
    const gold = tokSeq(gt.main_content);
    const wKept: string[] = [], woLeftList: string[] = [];
    for (const s of gt.with ?? []) {
      withTot++;
      if (contains(hay, s)) { withKept++; wKept.push(s); }
    }
    for (const s of gt.without ?? []) {
      if (contains(gold, s)) continue; // snippet also part of the main content: not scorable
      woTot++;
      if (contains(hay, s)) { woLeft++; woLeftList.push(s); }
    }
    if (gt.title) {
      titleTot++;
      if (normTitle(out.title) === normTitle(gt.title)) titleOk++;
    }
    if (gt.author) {
      authorTot++;
      if (normTitle(out.author) === normTitle(gt.author)) authorOk++;
    } else if (out.author) authorWrongExtra++;
    const day = out.published ? out.published.slice(0, 10) : null;
    if (gt.publish_date) {
      dateTot++;
      if (day === gt.publish_date.slice(0, 10)) dateOk++;
      else if (!day) dateMissing++;
      if (day !== gt.publish_date.slice(0, 10) && out.modified?.slice(0, 10) === gt.publish_date.slice(0, 10)) dateIsModified++;
    } else {
      noDatePages++;
      if (day) dateSpurious++;
    }
    const gtDay = gt.publish_date ? gt.publish_date.slice(0, 10) : null;
    if (missPath && day !== gtDay) {
      misses.push(JSON.stringify({
        id, url: gtFile.url ?? null, gtDate: gt.publish_date ?? null, published: out.published, from: out.publishedFrom,
        candidates: (out.dateCandidates ?? []).map((c) => ({ weight: c.weight, value: c.value, from: c.from, evidence: c.evidence.slice(0, 120) })),
      }));
    }
    if (dumpPath) {
      const paras = out.text.split(/\n\n+/);
      for (const s of woLeftList) {
        const para = paras.find((p) => contains(tokSeq(p), s)) ?? null;
        dump.push(JSON.stringify({ id, snippet: s, paragraph: para?.slice(0, 300) ?? null, dom: domContext(html, s) }));
      }
    }
    if (outPath) {
      details.push(JSON.stringify({
        id, f1: +f1.toFixed(4), len: out.text.length, goldLen: gt.main_content.length,
        title: out.title, gtTitle: gt.title ?? null, author: out.author, gtAuthor: gt.author ?? null,
        published: out.published, from: out.publishedFrom, gtDate: gt.publish_date ?? null, withoutLeft: woLeftList,
        withMissed: (gt.with ?? []).filter((s) => !wKept.includes(s)),
      }));
    }
  }
  const n = ids.length;
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  console.log(`eval-html (${raw ? 'extractHtml alone' : 'full clean stage'}) on ${n} pages of ${dataDir}`);
  console.log(`word F1 (macro):            ${(f1Sum / Math.max(1, n)).toFixed(4)}`);
  console.log(`without snippets left:      ${pct(woLeft, woTot)} (${woLeft}/${woTot})`);
  console.log(`with snippets kept:         ${pct(withKept, withTot)} (${withKept}/${withTot})`);
  console.log(`title accuracy:             ${pct(titleOk, titleTot)} (${titleOk}/${titleTot})`);
  console.log(`author accuracy:            ${pct(authorOk, authorTot)} (${authorOk}/${authorTot}); author output where none: ${authorWrongExtra}`);
  console.log(`publication date (day):     ${pct(dateOk, dateTot)} (${dateOk}/${dateTot}); missing: ${dateMissing}`);
  if (!raw) console.log(`  truth = the stated revision date (kept as \`modified\`, never as published): ${dateIsModified} pages`);
  console.log(`date output, none in truth: ${dateSpurious} of ${noDatePages} pages`);
  console.log(`speed:                      ${(n / Math.max(elapsed, 1e-9)).toFixed(1)} pages/s wall (${elapsed.toFixed(1)} s), ${(n / Math.max(cpu, 1e-9)).toFixed(1)} pages/s of CPU time (GC threads included)`);
  if (outPath) writeFileSync(outPath, details.join('\n') + '\n');
  if (missPath) writeFileSync(missPath, misses.join('\n') + '\n');
  if (dumpPath) writeFileSync(dumpPath, dump.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

// TempEval-3-style evaluation of the time stage on TBAQ-cleaned (TimeML news with creation dates).
// Reads ../shared/data/tempeval3-tbaq/ relative to the project root (never shipped), or any folder of .tml files given
// with --dir (test/fixtures/time/ is the one in the repo, scored by test/eval/gate.test.ts). Prints relaxed span F1 (any
// overlap), strict span F1 (exact extent), value accuracy and value F1 (value match on relaxed-matched pairs), and
// throughput. Usage: node dist/scripts/eval-time.js [--dir PATH] [--errors] [--limit N]; --errors lists every miss
// (FN, FP, SPAN, VAL) with the rule that produced the system expression and its context, for error analysis.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimeExpressions } from '../src/time/index.js';

export interface Gold { start: number; end: number; text: string; type: string; value: string }
export interface Doc { name: string; text: string; dct: string; gold: Gold[] }

function projectRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENT[e]!);

export function parseTimeML(xml: string, name: string): Doc | null {
  const dctM = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
  const tm = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dctM || !tm) return null;
  const body = tm[1]!;
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const re = /<[^>]+>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      if (/^<TIMEX3\b/.test(tok)) {
        open = { start: text.length, type: /type="([^"]*)"/.exec(tok)?.[1] ?? '', value: /value="([^"]*)"/.exec(tok)?.[1] ?? '' };
      } else if (/^<\/TIMEX3>/.test(tok) && open) {
        gold.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
        open = null;
      }
    } else text += decode(tok);
  }
  // trim gold extents of surrounding whitespace
  for (const g of gold) {
    while (g.start < g.end && /\s/.test(text[g.start]!)) g.start++;
    while (g.end > g.start && /\s/.test(text[g.end - 1]!)) g.end--;
    g.text = text.slice(g.start, g.end);
  }
  return { name, text, dct: dctM[1]!.slice(0, 10), gold };
}

/**
 * Compares TIMEX3 values modulo notational variants only: 199X ≡ 199, W7 ≡ W07, T17 ≡ T17:00 (an hour written with or
 * without zero minutes), PnQ ≡ P3nM (a quarter is three months), PnE/PnDE ≡ P10nY. For a SET (TimeML 1.2.1 writes
 * "daily" as P1D, the TIDES convention as XXXX-XX-XX) the period forms are equated too — only when the gold TIMEX3 is a
 * SET, so that a DURATION P1Y never matches a system's SET XXXX. Everything else is exact, as in TempEval-3.
 */
export function normValue(v: string | null | undefined, set = false): string {
  if (!v) return '';
  let s = v.toUpperCase().trim();
  s = s.replace(/-W0(\d)\b/, '-W$1');
  s = s.replace(/(T\d\d):00$/, '$1');
  s = s.replace(/^P(\d+)Q$/, (_, n: string) => `P${Number(n) * 3}M`);
  s = s.replace(/^P(\d+)D?E$/, (_, n: string) => `P${Number(n) * 10}Y`);
  s = s.replace(/^(\d{3})X$/, '$1').replace(/^(\d{2})XX$/, '$1');
  if (!set) return s;
  const sets: Record<string, string> = { 'XXXX-XX-XX': 'P1D', 'XXXX-WXX': 'P1W', 'XXXX-XX': 'P1M', 'XXXX': 'P1Y', 'XXXX-QX': 'P3M' };
  return sets[s] ?? s;
}

/** A system value is correct when it equals the gold value after normalisation (see normValue). */
export function sameValue(sys: string | null | undefined, gold: Gold): boolean {
  const set = gold.type === 'SET';
  return normValue(sys, set) === normValue(gold.value, set);
}

export interface SysTimex { start: number; end: number; text: string; type: string; value: string | null; reason?: string; rule?: string }

export interface Score { docs: number; gold: number; sys: number; relaxed: number; strict: number; valueOk: number; typeOk: number; errors: string[] }

const clip = (text: string, s: number, e: number, before: number, after: number) => text.slice(Math.max(0, s - before), e + after).replace(/\s+/g, ' ');

/**
 * TempEval-3 scoring of one document's system TIMEX3s against gold. Each gold expression is paired with at most one
 * system expression and vice versa (the exact extent first, else the largest overlap): a relaxed match is any overlap,
 * a strict match the same extent; value and type are scored on relaxed matches. `errors` lists FN/FP/SPAN/VAL lines.
 */
export function scoreDoc(doc: Doc, sys: SysTimex[], into: Score, withErrors = false): Score {
  into.docs++;
  into.gold += doc.gold.length;
  into.sys += sys.length;
  const used = new Set<number>();
  const err = (line: string) => { if (withErrors) into.errors.push(line); };
  for (const g of doc.gold) {
    let best = -1, bestOv = 0;
    sys.forEach((s, i) => {
      if (used.has(i)) return;
      const ov = Math.min(s.end, g.end) - Math.max(s.start, g.start);
      if (ov <= 0) return;
      const score = ov + (s.start === g.start && s.end === g.end ? 1000 : 0);
      if (score > bestOv) { bestOv = score; best = i; }
    });
    if (best < 0) { err(`FN\t${doc.name}\t${g.text}\t${g.type}\t${g.value}`); continue; }
    used.add(best);
    const s = sys[best]!;
    into.relaxed++;
    if (s.start === g.start && s.end === g.end) into.strict++;
    else err(`SPAN\t${doc.name}\tgold="${g.text}"\tsys="${s.text}"`);
    if (s.type === g.type) into.typeOk++;
    if (sameValue(s.value, g)) into.valueOk++;
    else err(`VAL\t${doc.name}\t${s.rule ?? ''}\t${g.text}\tgold=${g.value}\tsys=${s.value}\tdct=${doc.dct}\t${s.reason ?? ''}\t«${clip(doc.text, g.start, g.end, 80, 40)}»`);
  }
  sys.forEach((s, i) => { if (!used.has(i)) err(`FP\t${doc.name}\t${s.rule ?? ''}\t${s.text}\t${s.type}\t${s.value}\t«${clip(doc.text, s.start, s.end, 30, 30)}»`); });
  return into;
}

export const emptyScore = (): Score => ({ docs: 0, gold: 0, sys: 0, relaxed: 0, strict: 0, valueOk: 0, typeOk: 0, errors: [] });

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    // testpipeline/ holds a duplicate of one TimeBank file (a tool test input, not part of the 256-document corpus)
    if (statSync(p).isDirectory()) { if (n !== 'testpipeline') walk(p, out); }
    else if (n.endsWith('.tml')) out.push(p);
  }
  return out;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1);

/** Value F1: a system expression is right when it overlaps a gold one and has its value (TempEval-3's value F1). */
export const valueF1 = (s: Score): number => f1(s.valueOk / s.sys, s.valueOk / s.gold);

/** Scores the time stage on every .tml document under `dir` (sorted; at most `limit`); `ms` is the time stage's time. */
export function evaluateDir(dir: string, opts: { limit?: number; errors?: boolean } = {}): { total: Score; ms: number } {
  const docs = walk(dir).slice(0, opts.limit ?? Infinity).map((f) => parseTimeML(readFileSync(f, 'utf8'), f.slice(dir.length + 1))).filter((d): d is Doc => !!d);
  const total = emptyScore();
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const sys = findTimeExpressions(doc.text, doc.dct, { trace: opts.errors });
    ms += performance.now() - t0;
    scoreDoc(doc, sys, total, opts.errors);
  }
  return { total, ms };
}

function main(): void {
  const argv = process.argv.slice(2);
  const dirArg = argv.indexOf('--dir');
  const dir = dirArg >= 0 ? resolve(argv[dirArg + 1]!) : resolve(projectRoot(), '..', 'shared', 'data', 'tempeval3-tbaq');
  const showErrors = argv.includes('--errors');
  const limitArg = argv.indexOf('--limit');
  const limit = limitArg >= 0 ? Number(argv[limitArg + 1]) : Infinity;
  if (!existsSync(dir)) {
    console.log(`eval-time: corpus not found at ${dir} (TempEval-3 TBAQ-cleaned; pass --dir PATH). Nothing to do.`);
    process.exit(0);
  }
  const { total, ms } = evaluateDir(dir, { limit, errors: showErrors });
  if (showErrors) console.log(total.errors.join('\n'));
  const { gold: nGold, sys: nSys, relaxed, strict, valueOk, typeOk } = total;
  const rp = relaxed / nSys, rr = relaxed / nGold, sp = strict / nSys, sr = strict / nGold, vp = valueOk / nSys, vr = valueOk / nGold;
  console.log(`time tagging (${dir}): ${total.docs} documents, ${nGold} gold TIMEX3, ${nSys} found`);
  console.log(`  relaxed span  P ${pct(rp)}  R ${pct(rr)}  F1 ${pct(f1(rp, rr))}`);
  console.log(`  strict span   P ${pct(sp)}  R ${pct(sr)}  F1 ${pct(f1(sp, sr))}`);
  console.log(`  value         accuracy ${pct(valueOk / relaxed)} (on relaxed matches)  P ${pct(vp)}  R ${pct(vr)}  F1 ${pct(valueF1(total))}`);
  console.log(`  type          accuracy ${pct(typeOk / relaxed)}`);
  console.log(`  throughput    ${(total.docs / (ms / 1000)).toFixed(0)} documents/s, ${(nSys / (ms / 1000)).toFixed(0)} expressions/s (${ms.toFixed(0)} ms)`);
}

if (process.argv[1] && /eval-time\.(ts|js)$/.test(process.argv[1])) main();

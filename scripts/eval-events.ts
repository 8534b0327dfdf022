// Evaluates the event coder on the sets of eval/events/ (see eval/events/README.md), each reported separately:
// sentences coded, root right, full (root + source + target countries), precision of mentions, false positives on
// sentences without an event. Sets of real news ship references only; their sentences are read from ../shared/data
// (a set whose texts are missing is skipped, and said so).
// Usage: npm run eval:events [-- --verbose] [-- --file eval/events/x.jsonl] [-- --json] [-- --no-speed]
// Actors are compared by country (IGOs/NGOs/armed groups by code prefix, or by the home country the actor list gives
// them); a symmetric mention may match either way.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeArticle, codeSentences } from '../src/events/index.js';
import type { EventMention } from '../src/types.js';
import { resolveSentence, sharedData, type SentenceRef } from './lib/corpora.js';

interface Expected { source: string; target: string; code: string }
interface Item { id: string; text?: string; context?: string[]; date?: string | null; published?: string | null; ref?: SentenceRef; events: Expected[]; /** ISO 639-1 language of the text (default English). */ lang?: string }

export interface SetFigures {
  set: string; sentences: number; withEvents: number; without: number; skipped: number;
  coded: number; rootRight: number; full: number; mentions: number; mentionsRight: number; falsePositives: number;
  events: number; eventsRight: number; exactCode: number;
}

function root(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** Codes that name the same country in different conventions (Kosovo: XKX, world-countries' UNK). */
const SAME_COUNTRY: Record<string, string> = { XKX: 'UNK' };
const country = (c: string) => SAME_COUNTRY[c] ?? c;

function actorKey(code: string, ctry: string | null): string {
  if (/^(IGO|NGO|IMG)/.test(code)) return code;
  return country(ctry ?? code.slice(0, 3));
}
/** Organisations that the actor list codes by their home country (igos.json `cameo`: Hamas NGOHMS → PSEREB): a gold
 *  label may use either code. */
let orgCameo: Map<string, string> | null = null;
function cameoOf(org: string): string | undefined {
  if (!orgCameo) {
    const d = JSON.parse(readFileSync(join(root(), 'data/actors/igos.json'), 'utf8')) as { igos: { code: string; cameo?: string }[] };
    orgCameo = new Map(d.igos.filter((x) => x.cameo).map((x) => [x.code, x.cameo!]));
  }
  return orgCameo.get(org);
}
/** Codes annotators wrote for an organisation the actor list names otherwise (the Islamic State as "IMGISL" or
 *  "IMGISIL", the African Union as "IGOAFU", ECOWAS as "IGOWAS", …): the same organisation, another abbreviation. */
const GOLD_ALIASES: Record<string, string> = { IMGISL: 'NGOISL', IMGISIL: 'NGOISL', IGOAFU: 'IGOAU', IGOASN: 'IGOASEAN', NGOICRC: 'NGOIRC', IGOWAS: 'IGOWAFECW', IMGHEZ: 'NGOHZB', IMGJNIM: 'NGOJNIM' };
function sameActor(expected: string, code: string, ctry: string | null): boolean {
  expected = GOLD_ALIASES[expected] ?? expected;
  const k = actorKey(code, ctry);
  const cameo = cameoOf(expected);
  // (the coder may name an organisation by the CAMEO code the list gives it: "Islamic State militants" → IMGMOSREB)
  if (cameo && (k === country(cameo.slice(0, 3)) || code === cameo)) return true;
  if (/^(IGO|NGO|IMG)/.test(expected)) return k.startsWith(expected) || expected.startsWith(k);
  return k === country(expected.slice(0, 3));
}
export function actorsMatch(e: Expected, m: EventMention): boolean {
  const fwd = sameActor(e.source, m.source, m.sourceCountry) && sameActor(e.target, m.target, m.targetCountry);
  const rev = sameActor(e.source, m.target, m.targetCountry) && sameActor(e.target, m.source, m.sourceCountry);
  return fwd || (!!m.symmetric && rev);
}

/** The mentions of an item's sentence (its context coded first, as the article would be). */
function mentionsOf(it: Item, data: string): EventMention[] | string {
  if (it.ref) {
    const r = resolveSentence(data, it.ref);
    if ('error' in r) return r.error;
    it.text = r.text;
    const ms = codeArticle({ text: r.context + r.text, published: it.published ?? null, language: it.lang ?? null });
    return ms.filter((m) => (m.sentenceStart ?? 0) + m.sentence.length > r.context.length);
  }
  if (it.context?.length) {
    const context = it.context.join(' ') + ' ';
    const ms = codeArticle({ text: context + (it.text ?? ''), published: it.date ?? it.published ?? null, language: it.lang ?? null });
    return ms.filter((m) => (m.sentenceStart ?? 0) + m.sentence.length > context.length);
  }
  return codeSentences(it.text ?? '', it.date ?? it.published ?? null, { language: it.lang ?? null });
}

export function evaluateSet(file: string, data: string, misses: string[] = []): SetFigures {
  const items: Item[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  const f: SetFigures = { set: basename(file, '.jsonl'), sentences: 0, withEvents: 0, without: 0, skipped: 0, coded: 0, rootRight: 0, full: 0, mentions: 0, mentionsRight: 0, falsePositives: 0, events: 0, eventsRight: 0, exactCode: 0 };
  const show = (m: EventMention) => `${m.source}-${m.code}->${m.target}«${m.trigger}»`;
  for (const it of items) {
    const ms = mentionsOf(it, data);
    if (typeof ms === 'string') { f.skipped++; continue; }
    f.sentences++;
    const text = it.ref ? `[${it.ref.doc}] «${(it.text ?? '').trim()}»` : it.text;
    f.mentions += ms.length;
    const right = ms.filter((m) => it.events.some((e) => actorsMatch(e, m) && m.root === e.code.slice(0, 2)));
    f.mentionsRight += right.length;
    if (!it.events.length) {
      f.without++;
      if (ms.length) { f.falsePositives++; misses.push(`FP   ${it.id} ${text}\n       got ${ms.map(show).join(', ')}  «${ms[0]!.sentence}»`); }
      continue;
    }
    f.withEvents++;
    if (ms.length) f.coded++;
    if (ms.some((m) => it.events.some((e) => m.root === e.code.slice(0, 2)))) f.rootRight++;
    if (right.length) f.full++;
    for (const e of it.events) {
      f.events++;
      const ok = ms.some((m) => actorsMatch(e, m) && m.root === e.code.slice(0, 2));
      if (ok) f.eventsRight++;
      if (ms.some((m) => actorsMatch(e, m) && m.code === e.code)) f.exactCode++;
      if (!ok) misses.push(`MISS ${it.id} [${e.source} ${e.code} ${e.target}] ${text}\n       got ${ms.map(show).join(', ') || 'nothing'}${ms[0] ? `  «${ms[0].sentence}»` : ''}`);
    }
    for (const m of ms) if (!right.includes(m)) misses.push(`WRONG ${it.id} ${show(m)}  «${m.sentence}»`);
  }
  return f;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '–');

export function report(f: SetFigures): string {
  return [
    `== ${f.set}: ${f.sentences} sentences (${f.withEvents} with events, ${f.without} without)${f.skipped ? `, ${f.skipped} skipped (texts not found)` : ''}`,
    `sentences coded:                ${pct(f.coded, f.withEvents)}  (${f.coded}/${f.withEvents})`,
    `root right (sentences):         ${pct(f.rootRight, f.withEvents)}`,
    `root + source + target (sent.): ${pct(f.full, f.withEvents)}`,
    `events right (root + actors):   ${pct(f.eventsRight, f.events)}  (${f.eventsRight}/${f.events}; exact code ${pct(f.exactCode, f.events)})`,
    `precision of mentions:          ${pct(f.mentionsRight, f.mentions)}  (${f.mentionsRight}/${f.mentions})`,
    `false positives (no-event):     ${pct(f.falsePositives, f.without)}  (${f.falsePositives}/${f.without})`,
  ].join('\n');
}

/** The sets, in report order: real news first (the blind set is the honest figure), then the project's own. */
export function evalSets(dir: string): string[] {
  const order = ['news-blind', 'news-dev', 'news-dev2', 'wire-blind', 'wire-blind2', 'wire-blind3', 'wire-blind4', 'wire-blind5', 'wire-blind6', 'wire-blind7', 'wire-blind8', 'wire-dev', 'wire-dev2', 'wire-dev3', 'wire-dev4', 'wire-dev5', 'wire-dev6', 'wire-dev7', 'wire-dev8', 'wire-dev9', 'wire-dev10', 'es-blind', 'es-dev', 'eval-blind', 'eval-holdout', 'eval-sentences', 'eval-precision'];
  const files = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.jsonl')).map((x) => basename(x, '.jsonl')) : [];
  return files.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)).map((x) => join(dir, x + '.jsonl'));
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const fi = args.indexOf('--file');
  const data = sharedData(root());
  const files = fi >= 0 ? [args[fi + 1]!] : evalSets(join(root(), 'eval', 'events'));
  const all: SetFigures[] = [];
  for (const file of files) {
    const misses: string[] = [];
    const f = evaluateSet(file, data, misses);
    all.push(f);
    if (args.includes('--json')) continue;
    if (verbose) console.log(misses.join('\n') + '\n');
    console.log(report(f) + '\n');
  }
  if (args.includes('--json')) { console.log(JSON.stringify(all, null, 1)); return; }
  if (args.includes('--no-speed')) return;
  // speed: coding alone (no temporal resolution), then with the time stage; warm-up, then the best of 3 rounds
  const texts = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as Item).text).filter((t): t is string => !!t));
  for (const t of texts) codeSentences(t, '2024-06-15', { times: false });
  let speedCoding = 0, speedFull = 0;
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    for (const t of texts) codeSentences(t, '2024-06-15', { times: false });
    speedCoding = Math.max(speedCoding, texts.length / ((performance.now() - t0) / 1000));
    t0 = performance.now();
    for (const t of texts) codeSentences(t, '2024-06-15');
    speedFull = Math.max(speedFull, texts.length / ((performance.now() - t0) / 1000));
  }
  console.log(`speed: ${speedCoding.toFixed(0)} sentences/s coding alone (one core), ${speedFull.toFixed(0)} sentences/s with temporal expressions`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

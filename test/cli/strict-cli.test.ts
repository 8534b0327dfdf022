// Strict, honest command line (issue 14): unknown flags name the nearest valid one, read-only commands never create
// a database, a bad --db says what it is, unknown actors warn, timelines count their undated events and say where
// each date comes from, CSV export defuses formulas, `code` shows each sentence with its events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { remerge } from '../../src/pipeline/index.js';
import type { Article, EventMention } from '../../src/types.js';
import { run, tempDir } from '../helpers.js';

const dir = tempDir('sl-strict-cli-');
const db = join(dir, 'story.db');

function article(id: string, published: string | null, text: string): Article {
  return {
    id, origin: `corpus/${id}.txt`, url: `https://www.${id}.example.com/story`, source: `${id}.example.com`, siteName: null, title: `Article ${id}`, description: null,
    author: null, published, publishedFrom: null, pageDate: null, modified: null, language: 'en', text, removed: [], dateCandidates: [], duplicateOf: null,
  };
}
const coded = (over: Partial<EventMention> & Pick<EventMention, 'sentence' | 'code'>): EventMention => ({
  source: 'USAGOV', sourceCountry: 'USA', target: 'VENGOV', targetCountry: 'VEN', root: over.code.slice(0, 2), plover: 'CONSULT', goldstein: 1.9, quadClass: 1,
  date: null, confidence: 0.8, ...over,
});

before(async () => {
  const visit = 'US officials travelled to Caracas on Saturday.';
  const talks = 'US and Venezuelan officials are holding talks.';
  const undated = ['The two governments have also discussed oil.', 'Washington once imposed sanctions on Caracas.', '=cmd|" /C calc"!A0 said officials in Caracas.'];
  const store = await openStore(db);
  await store.saveBatch([
    { inputKey: 'k1', article: article('one', '2022-03-08', `${visit} ${undated[0]}`), mentions: [
      coded({ sentence: visit, code: '042', date: { start: '2022-03-05', end: '2022-03-05', precision: 'day' }, dateFrom: 'expression', dateText: 'on Saturday' }),
      coded({ sentence: undated[0]!, code: '051', plover: 'CONSULT', sentenceStart: 48 }),
    ], fingerprint: { articleId: 'one', textHash: 'one', signature: new Uint32Array(4), tokens: 1, published: '2022-03-08' } },
    { inputKey: 'k2', article: article('two', '2022-04-02', `${talks} ${undated[1]} ${undated[2]}`), mentions: [
      coded({ sentence: talks, code: '043', date: { start: '2022-04-02', end: '2022-04-02', precision: 'day' }, dateFrom: 'published' }),
      coded({ sentence: undated[1]!, code: '163', plover: 'SANCTION', goldstein: -8, quadClass: 4, sentenceStart: 47 }),
      coded({ sentence: undated[2]!, code: '112', plover: 'ACCUSE', goldstein: -2, quadClass: 3, sentenceStart: 94, source: 'VENGOV', sourceCountry: 'VEN', target: 'USAGOV', targetCountry: 'USA' }),
    ], fingerprint: { articleId: 'two', textHash: 'two', signature: new Uint32Array(4), tokens: 1, published: '2022-04-02' } },
  ]);
  await remerge(store);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], cwd = dir): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {}, cwd });
  return { code, out, err };
}

test('an unknown flag is a usage error naming it and the nearest valid flag; usage is printed once', async () => {
  const r = await cli(['timeline', '--dyad', 'USA,VEN', '--jsn', '--db', db]);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown flag --jsn; the nearest valid one is --json/);
  assert.equal(r.err.match(/usage: storyline timeline/g)?.length, 1);
  assert.equal(r.out, '');
  const code = await cli(['code', 'a.txt', 'b.txt']);
  assert.equal(code.code, 2);
  assert.equal(code.err.match(/usage:/g)?.length, 1, 'a command\'s own usage errors do not repeat the usage line');
  const missing = await cli(['events', '--db']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--db needs a value/);
  assert.match((await cli(['timelin'])).err, /unknown command "timelin"; the nearest is "timeline"/);
  const help = await cli(['serve', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /OpenAPI 3 at \/api \(also \/api\/openapi\.json\)/, 'serve --help names the API description');
  for (const [cmd, flag] of [['ingest', '--bacth'], ['articles', '--limt'], ['search', '--jsonn'], ['export', '--fromat'], ['serve', '--prot'], ['time', '--reff'], ['dyad', '--byy']]) {
    const x = await cli([cmd!, flag!, '1']);
    assert.equal(x.code, 2, `${cmd} ${flag}`);
    assert.match(x.err, new RegExp(`unknown flag ${flag}; the nearest valid one is --`), `${cmd} ${flag}`);
  }
});

test('read-only commands never create a database; a folder or an unknown scheme as --db is named', async () => {
  const empty = tempDir('sl-no-db-');
  try {
    for (const args of [['articles'], ['show', 'abc'], ['search', 'oil'], ['mentions'], ['events'], ['timeline'], ['dyad', 'USA', 'VEN'], ['export', '--format', 'csv'], ['serve', '--port', '0']]) {
      const r = await cli(args, empty);
      assert.equal(r.code, 1, `${args[0]}: ${r.err}`);
      assert.match(r.err, /no Storyline database at \.\/storyline\.db — run `storyline ingest` first/, args[0]);
    }
    const other = await cli(['events', '--db', 'sub/x.db'], empty);
    assert.match(other.err, /no Storyline database at \.\/sub\/x\.db/);
    assert.deepEqual(readdirSync(empty), [], 'nothing was created');
    writeFileSync(join(empty, 'empty.db'), '');
    assert.match((await cli(['events', '--db', 'empty.db'], empty)).err, /no Storyline database at \.\/empty\.db \(an empty file\)/);
    writeFileSync(join(empty, 'notes.db'), 'just some text, not a database at all, long enough to have a header...........');
    assert.match((await cli(['events', '--db', 'notes.db'], empty)).err, /\.\/notes\.db is not an SQLite database/);
    mkdirSync(join(empty, 'folder'));
    const d = await cli(['events', '--db', 'folder'], empty);
    assert.equal(d.code, 2);
    assert.match(d.err, /--db: \.\/folder is a directory, not a database file/);
    const s = await cli(['events', '--db', 'mysql://user@host/db'], empty);
    assert.equal(s.code, 2);
    assert.match(s.err, /unknown database scheme "mysql:\/\/"/);
    assert.equal((await cli(['ingest', '--db', 'folder', 'x.txt'], empty)).code, 2, 'ingest cannot write into a folder either');
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  // the spawned command too (default ./storyline.db in its working folder)
  const cwd = tempDir('sl-no-db-bin-');
  const r = run(['timeline'], { cwd });
  assert.equal(r.code, 1);
  assert.equal(existsSync(join(cwd, 'storyline.db')), false);
  rmSync(cwd, { recursive: true, force: true });
});

test('an actor code that matches no stored actor warns with close matches', async () => {
  const r = await cli(['events', '--actor', 'VNZ', '--db', db]);
  assert.equal(r.code, 0);
  assert.match(r.err, /warning: no stored event has an actor "VNZ"; close matches: VEN/);
  const d = await cli(['timeline', '--dyad', 'USA,VENGOVV', '--db', db]);
  assert.match(d.err, /"VENGOVV"; close matches: VENGOV/);
  assert.doesNotMatch(d.err, /"USA"/, 'a known actor is not warned about');
  const known = await cli(['events', '--actor', 'VEN', '--from', '2030', '--db', db]);
  assert.doesNotMatch(known.err, /warning/, 'no events in a period is no unknown actor');
  assert.match((await cli(['mentions', '--actor', 'VNZ', '--db', db])).err, /close matches: VEN/);
});

test('timeline counts undated events on one line by default and lists them with --undated', async () => {
  const r = await cli(['timeline', '--dyad', 'USA,VEN', '--db', db]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[2]!, /^undated\s+3 undated events not listed \(--undated lists them\)$/);
  const all = await cli(['timeline', '--dyad', 'USA,VEN', '--undated', '--db', db]);
  assert.equal(all.out.trim().split('\n').length, 5);
  assert.match(all.out, /^undated .*imposed sanctions/m);
  const md = await cli(['timeline', '--dyad', 'USA,VEN', '--md', '--db', db]);
  assert.match(md.out, /^5 events, 2 dated from 2022-03-05 to 2022-04-02\.$/m);
  assert.match(md.out, /^## Undated\n\n3 undated events not listed/m);
  const json = JSON.parse((await cli(['timeline', '--dyad', 'USA,VEN', '--json', '--db', db])).out) as unknown[];
  assert.equal(json.length, 5, 'JSON keeps every event');
});

test('timeline, events and JSON say where each date comes from', async () => {
  const r = await cli(['timeline', '--dyad', 'USA,VEN', '--db', db]);
  assert.match(r.out, /^2022-03-05 .*\(date stated: “on Saturday”\)$/m);
  assert.match(r.out, /^2022-04-02 .*\(date: publication day, no date in the text\)$/m);
  assert.match((await cli(['events', '--db', db])).out, /date stated: “on Saturday”/);
  const ev = JSON.parse((await cli(['events', '--json', '--db', db])).out) as { date: { basis: string; expression: string | null } | null; code: string }[];
  assert.deepEqual(ev.find((e) => e.code === '042')!.date, { start: '2022-03-05', end: '2022-03-05', precision: 'day', basis: 'stated', expression: 'on Saturday', articleId: 'one' });
  assert.equal(ev.find((e) => e.code === '043')!.date!.basis, 'published');
});

test('search --in events finds events by their summaries and evidence sentences', async () => {
  const r = await cli(['search', 'sanctions', '--in', 'events', '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^undated .*Impose embargo.*imposed sanctions on Caracas/m);
  assert.match(r.err, /^1 event$/m);
  const j = JSON.parse((await cli(['search', '"travelled to Caracas"', '--in', 'events', '--json', '--db', db])).out) as { code: string; score: number }[];
  assert.deepEqual(j.map((e) => e.code), ['042']);
  assert.equal((await cli(['search', 'x', '--in', 'places', '--db', db])).code, 2);
});

test('export --format csv defuses cells that a spreadsheet would run as formulas (one CSV writer with the API)', async () => {
  const r = await cli(['export', '--format', 'csv', '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes(`"'=cmd|"" /C calc""!A0 said officials in Caracas."`), r.out);
  assert.doesNotMatch(r.out, /(^|,)"?=cmd/m);
  const m = await cli(['export', '--format', 'csv', '--mentions', '--db', db]);
  assert.ok(m.out.includes(`"'=cmd|`));
  assert.match(r.out, /,-8,/, 'negative numbers stay numbers');
});

test('storyline code prints each input sentence with the events coded from it', async () => {
  const file = join(dir, 'sentences.txt');
  writeFileSync(file, 'Colombia broke off diplomatic relations with Israel on Monday. The weather was fine in Bogota.\n');
  const r = await cli(['code', file, '--date', '2024-05-08']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, [
    '# 1',
    '  Colombia broke off diplomatic relations with Israel on Monday.',
    r.out.split('\n')[2],
    '  The weather was fine in Bogota.',
    '    (no events)',
    '',
  ].join('\n'));
  assert.match(r.out.split('\n')[2]!, /^ {4}COL → ISR {2}161 .* 2024-05-06 \(“Monday”\) {2}«broke off»/);
});

test('every flag a command reads is on its usage line (so the strict parser accepts it)', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { COMMANDS } = await import('../../src/cli/main.js');
  const { flagSpec } = await import('../../src/cli/args.js');
  const dir = join(import.meta.dirname, '../../src/cli/commands');
  const flagsIn = (src: string) => [...src.matchAll(/flag(?:String|Bool|Int)\(args, '([a-z-]+)'/g), ...src.matchAll(/args\.flags(?:\.|\[')([a-z-]+)/g)].map((m) => m[1]!);
  const sources = new Map(readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f.replace(/\.ts$/, ''), readFileSync(join(dir, f), 'utf8')]));
  // flags read by exported helpers (filterFromArgs, keyMomentArgs …), counted for every command that calls them
  const helpers = new Map<string, string[]>();
  for (const src of sources.values()) for (const m of src.matchAll(/export function (\w+)\(args: ParsedArgs[^]*?\n}\n/g)) helpers.set(m[1]!, flagsIn(m[0]));
  for (const [name, src] of sources) {
    const info = COMMANDS[name];
    if (!info) continue;
    const spec = flagSpec(info.usage);
    const read = new Set([...flagsIn(src), ...[...helpers].filter(([h]) => new RegExp(`\\b${h}\\(args`).test(src)).flatMap(([, f]) => f)]);
    for (const f of read) assert.ok(spec.has(f), `${name} reads --${f}, which its usage line does not list: ${info.usage}`);
  }
});

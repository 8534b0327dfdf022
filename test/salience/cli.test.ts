// `storyline timeline --top` and `storyline digest` against a real SQLite store holding hand-made mentions merged
// by the merge stage (in-process), and once through the built binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { built, run } from '../helpers.js';
import { seed } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sl-salience-cli-'));
const db = join(dir, 'test.db');

before(() => seed(db));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], target = db): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
  const code = await main([...args, '--db', target], { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {}, cwd: dir });
  return { code, out, err };
}

interface Scored { id: string; date: { start: string; precision: string }; code: string; salience: number; salienceEvidence: { sources: number; fresh: number; later: number; background: number; dateStated: boolean; features: Record<string, number> }; mentions: unknown[] }

test('timeline --top N --json: the N most salient events, one per day, in date order, contract shape plus salience', async () => {
  const r = await cli(['timeline', '--top', '3', '--json']);
  assert.equal(r.code, 0, r.err);
  const events = JSON.parse(r.out) as Scored[];
  assert.deepEqual(events.map((e) => `${e.date.start} ${e.code}`), ['2011-01-25 190', '2011-02-02 193', '2011-02-11 0831']);
  for (const k of ['id', 'date', 'source', 'sourceCountry', 'target', 'targetCountry', 'code', 'root', 'plover', 'goldstein', 'quadClass', 'summary', 'mentions', 'sources', 'background', 'firstReported', 'alternatives', 'salience', 'salienceEvidence']) assert.ok(k in events[0]!, k);
  const suez = events[0]!;
  assert.equal(suez.mentions.length, 4);
  assert.equal(suez.salienceEvidence.sources, 3, 'the near-duplicate in another domain is no extra source');
  assert.ok(events.every((e) => e.salience > 0 && e.salience <= 1));
  const all = JSON.parse((await cli(['timeline', '--json'])).out) as Record<string, unknown>[];
  assert.ok(all.length >= 6);
  assert.ok(!('salience' in all[0]!), 'the plain timeline keeps its shape');
});

test('timeline --top with --per-day, --min and the actor/dyad/date filters', async () => {
  const two = JSON.parse((await cli(['timeline', '--top', '10', '--per-day', '2', '--json'])).out) as Scored[];
  assert.equal(two.filter((e) => e.date.start === '2011-01-25').length, 2);
  const one = JSON.parse((await cli(['timeline', '--top', '10', '--json'])).out) as Scored[];
  assert.equal(one.filter((e) => e.date.start === '2011-01-25').length, 1);
  assert.ok(!one.some((e) => e.date.start === '1981-10-06') || one.find((e) => e.date.start === '1981-10-06')!.salience < one.find((e) => e.date.start === '2011-01-28')!.salience, 'the recalled assassination ranks below a comment of the day');
  const floor = one.map((e) => e.salience).sort((a, b) => a - b)[2]!;
  const above = JSON.parse((await cli(['timeline', '--min', String(floor), '--json'])).out) as Scored[];
  assert.ok(above.length >= 1 && above.length <= one.length - 2 && above.every((e) => e.salience >= floor));
  const usa = JSON.parse((await cli(['timeline', '--top', '5', '--dyad', 'USA,EGY', '--json'])).out) as Scored[];
  assert.deepEqual(usa.map((e) => e.code), ['042'], 'a dyad: its own most salient events');
  const feb = JSON.parse((await cli(['timeline', '--top', '5', '--from', '2011-02', '--to', '2011-02', '--json'])).out) as Scored[];
  assert.deepEqual(feb.map((e) => e.date.start), ['2011-02-02', '2011-02-11']);
  const same = JSON.parse((await cli(['timeline', '--top', '5', '--from', '2011-02', '--json'])).out) as Scored[];
  assert.deepEqual(same.map((e) => e.salience), feb.map((e) => e.salience), 'salience is the corpus-wide score, whatever the filter');
});

test('timeline --top as text and Markdown: cited, with the salience shown', async () => {
  const text = await cli(['timeline', '--top', '2']);
  assert.equal(text.code, 0);
  const lines = text.out.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^2011-01-25 .*\[3 sources: https:\/\/one\.example\/a1; .*\(salience 0\.\d\d(; date [^)]*)?\)$/);
  assert.match(text.err, /2 key moments of \d+ events/);
  const md = await cli(['timeline', '--top', '2', '--md']);
  assert.match(md.out, /^# Key moments: all actors\n/);
  assert.match(md.out, /- \*\*2011-01-25\*\*: .* \[1\]\[2\]\[3\]\[4\] _\(salience 0\.\d\d(; date [^)]*)?\)_/);
  assert.match(md.out, /\n## Sources\n\n1\. <https:\/\/one\.example\/a1>, published 2011-01-25/);
});

test('timeline --top: bad values are usage errors', async () => {
  for (const args of [['--top', '0'], ['--top', 'abc'], ['--per-day', '2'], ['--min', '2'], ['--min', 'x'], ['--top', '3', '--per-day', '0'], ['--min']]) {
    const r = await cli(['timeline', ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /usage: storyline timeline/);
  }
});

test('digest: Markdown brief by week with numbered citations, JSON, by month', async () => {
  const md = await cli(['digest']);
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# Key events by week: all actors\n/);
  assert.match(md.out, /## Week 04 of 2011, 2011-01-24 to 2011-01-30\n\n- \*\*2011-01-25\*\*: Police fought protesters in Suez on Tuesday\. \[1\]\[2\]\[3\]\n {2}_Egypt · police → Egypt · civilians: /);
  assert.match(md.out, /## Week 05 of 2011/);
  assert.match(md.out, /## Week 06 of 2011/);
  assert.doesNotMatch(md.out, /1981/, 'a recalled old event is not news of any week');
  assert.equal((await cli(['digest', '--md'])).out, md.out);
  const json = JSON.parse((await cli(['digest', '--json', '--by', 'month', '--top', '1'])).out) as { by: string; periods: { period: string; events: (Scored & { sentence: string; citations: number[] })[] }[]; sources: { n: number; articleId: string; url: string | null }[] };
  assert.equal(json.by, 'month');
  assert.deepEqual(json.periods.map((p) => [p.period, p.events.length]), [['2011-01', 1], ['2011-02', 1]]);
  const first = json.periods[0]!.events[0]!;
  assert.equal(first.sentence, 'Police fought protesters in Suez on Tuesday.');
  assert.deepEqual(first.citations, [1, 2, 3]);
  assert.deepEqual(json.sources.slice(0, 3).map((s) => s.n), [1, 2, 3]);
  assert.ok(json.sources.every((s, i) => s.n === i + 1));
  const bad = await cli(['digest', '--by', 'year']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--by must be week or month/);
});

test('digest and timeline --top on an empty store', async () => {
  const empty = join(dir, 'empty.db');
  await (await openStore(empty)).close();
  const d = await cli(['digest'], empty);
  assert.equal(d.code, 0);
  assert.match(d.out, /No dated events to report/);
  assert.equal((await cli(['timeline', '--top', '5', '--json'], empty)).out.trim(), '[]');
});

test('the built binary prints the digest (help lists the new command)', { skip: built() ? false : 'dist/ not built (npm test builds it)' }, () => {
  const help = run(['--help']);
  assert.match(help.stdout, /storyline digest \[--db TARGET\] \[--by week\|month\] \[--top N\]/);
  assert.match(help.stdout, /storyline timeline .*--top N/);
  const r = run(['digest', '--by', 'month', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /## January 2011\n/);
  assert.match(r.stdout, /## February 2011\n/);
});

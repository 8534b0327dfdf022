import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/commands/code.js';
import { parseArgs } from '../../src/cli/args.js';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

test('storyline code --json: one entry per item, mentions without articleId/origin', async () => {
  const input = 'Colombia broke off diplomatic relations with Israel.\n{"id":"x","text":"Russia launched airstrikes on Kyiv.","date":"2024-05-08"}\n';
  const stdout = sink(), stderr = sink();
  const code = await run(parseArgs(['-', '--json', '--date', '2024-05-02']), { stdin: Readable.from([input]), stdout, stderr, env: {}, cwd: process.cwd() });
  assert.equal(code, 0);
  const out = JSON.parse(stdout.text()) as { id: string; events: Record<string, unknown>[] }[];
  assert.deepEqual(out.map((o) => o.id), ['1', 'x']);
  assert.equal(out[0]!.events[0]!.code, '161');
  assert.deepEqual(out[0]!.events[0]!.date, { start: '2024-05-02', end: '2024-05-02', precision: 'day' });
  assert.equal(out[1]!.events[0]!.root, '19');
  assert.equal((out[1]!.events[0]!.date as { start: string }).start, '2024-05-08');
  assert.ok(!('articleId' in out[0]!.events[0]!));
});

test('storyline code rejects a bad --date', async () => {
  await assert.rejects(run(parseArgs(['-', '--date', '2024-13-40']), { stdin: Readable.from(['x']), stdout: sink(), stderr: sink(), env: {}, cwd: '.' }));
});

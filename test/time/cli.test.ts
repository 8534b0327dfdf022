import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { run } from '../../src/cli/commands/time.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import type { CommandContext } from '../../src/cli/context.js';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb(); } }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

function ctx(input = ''): CommandContext & { out: ReturnType<typeof sink>; err: ReturnType<typeof sink> } {
  const out = sink(), err = sink();
  return { stdin: Readable.from([input]), stdout: out, stderr: err, env: {}, cwd: process.cwd(), out, err };
}

test('time --json on JSONL from stdin: per-item ref, offsets, values', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Caracas announced Wednesday a deal reached last October.', ref: '2024-07-03' }),
    JSON.stringify({ id: 'b', text: 'Caracas announced Wednesday a deal.' }),
  ].join('\n');
  const c = ctx(input);
  const code = await run(parseArgs(['-', '--json']), c);
  assert.equal(code, 0);
  const out = JSON.parse(c.out.text());
  assert.equal(out.length, 2);
  assert.equal(out[0].id, 'a');
  const [wed, oct] = out[0].expressions;
  assert.deepEqual([wed.text, wed.start, wed.end, wed.value], ['Wednesday', 18, 27, '2024-07-03']);
  assert.deepEqual(oct.interval, { start: '2023-10-01', end: '2023-10-31' });
  assert.equal(oct.precision, 'month');
  assert.equal(out[1].expressions[0].value, null);
});

test('time reads a plain text file, --ref applies to every line, table output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'time-cli-'));
  const f = join(dir, 'in.txt');
  writeFileSync(f, 'Talks will resume next Wednesday.\n\nThe vote was held in 2019.\n');
  const c = ctx();
  assert.equal(await run(parseArgs([f, '--ref', '2024-07-01', '--json']), c), 0);
  const out = JSON.parse(c.out.text());
  assert.deepEqual(out.map((o: { id: string }) => o.id), ['1', '2']);
  assert.equal(out[0].expressions[0].value, '2024-07-03');
  assert.equal(out[1].expressions[0].value, '2019');
  const t = ctx();
  assert.equal(await run(parseArgs([f, '--ref', '2024-07-01']), t), 0);
  assert.match(t.out.text(), /next Wednesday.*2024-07-03/);
});

test('a bad --ref is a usage error; a missing file fails', async () => {
  await assert.rejects(run(parseArgs(['-', '--ref', '2024-13-45']), ctx('x')), UsageError);
  await assert.rejects(run(parseArgs(['-', '--ref', 'yesterday']), ctx('x')), UsageError);
  const c = ctx();
  assert.equal(await run(parseArgs(['/nonexistent/file.txt']), c), 1);
  assert.match(c.err.text(), /cannot read/);
});

test('time reads Spanish: with --lang es, and by itself when the text is Spanish', async () => {
  const text = 'Los ministros se reunieron el pasado sábado en Bogotá y volverán a verse el próximo martes.';
  for (const argv of [['-', '--ref', '2024-07-03', '--lang', 'es', '--json'], ['-', '--ref', '2024-07-03', '--json']]) {
    const c = ctx(text + '\n');
    assert.equal(await run(parseArgs(argv), c), 0);
    const [item] = JSON.parse(c.out.text());
    assert.equal(item.lang, 'es');
    assert.deepEqual(item.expressions.map((e: { text: string; value: string }) => [e.text, e.value]), [['el pasado sábado', '2024-06-29'], ['el próximo martes', '2024-07-09']]);
  }
  // English text is still read as English, and --lang en forces English on anything
  const en = ctx('Talks will resume next Wednesday, the envoy said.\n');
  assert.equal(await run(parseArgs(['-', '--ref', '2024-07-01', '--json']), en), 0);
  assert.equal(JSON.parse(en.out.text())[0].lang, 'en');
  const forced = ctx(text + '\n');
  assert.equal(await run(parseArgs(['-', '--ref', '2024-07-03', '--lang', 'en', '--json']), forced), 0);
  assert.equal(JSON.parse(forced.out.text())[0].expressions.length, 0);
});

test('--lang must be a language code; a language without rules is read as English, with a warning', async () => {
  await assert.rejects(run(parseArgs(['-', '--lang', 'spanish']), ctx('x')), UsageError);
  const c = ctx('Talks will resume next Wednesday.\n');
  assert.equal(await run(parseArgs(['-', '--ref', '2024-07-01', '--lang', 'fr', '--json']), c), 0);
  assert.match(c.err.text(), /no time rules for "fr"/);
  assert.equal(JSON.parse(c.out.text())[0].expressions[0].value, '2024-07-03');
});

// End-to-end regressions of the robustness pass: bad flag values, a closed output pipe, a crash mid-batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, ROOT, run, tempDir } from '../helpers.js';

const story = (i: number) =>
  JSON.stringify({ url: `https://news.example.org/2024/03/${i}`, title: `Story ${i}`, text: `The foreign minister of Kenya met the president of Ethiopia in Nairobi on Monday to discuss border trade, officials said. Report ${i} added that talks on grazing rights would continue in ${1000 + i}.`, published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}` });

function corpus(n: number): { dir: string; file: string } {
  const dir = tempDir('sl-hostile-cli-');
  const file = join(dir, 'c.jsonl');
  writeFileSync(file, Array.from({ length: n }, (_, i) => story(i)).join('\n') + '\n');
  return { dir, file };
}

test('bad numeric flags are usage errors (exit 2) that name the flag, not database errors', () => {
  const { dir, file } = corpus(2);
  const db = join(dir, 'x.db');
  for (const args of [['articles', '--limit', 'abc'], ['articles', '--limit', '-5'], ['search', 'Kenya', '--limit', '0'], ['ingest', file, '--batch', 'many']]) {
    const r = run([...args, '--db', db]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`--${args[0] === 'ingest' ? 'batch' : 'limit'} must be a whole number`));
  }
});

test('a reader that closes the pipe early ends the command quietly (no EPIPE stack trace)', () => {
  const { dir, file } = corpus(300);
  const db = join(dir, 'x.db');
  assert.equal(run(['ingest', file, '--db', db, '--quiet']).code, 0);
  // `storyline articles | head -1`, with the reader gone after its first line.
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" articles --json --db "${db}" | head -c 1 >/dev/null`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0);
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
});

test('SIGKILL mid-batch, then the same command again: the store equals a clean run (nothing lost or doubled)', async () => {
  const N = 1200;
  const { dir, file } = corpus(N);
  const clean = join(dir, 'clean.db');
  const crashed = join(dir, 'crashed.db');
  assert.equal(run(['ingest', file, '--db', clean, '--quiet', '--batch', '50']).code, 0);
  // Kill as soon as the first batches are committed, while later ones are still being processed.
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', crashed, '--quiet', '--batch', '50'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let atKill = -1;
  for (let done = false; !done && atKill < 0; ) {
    await new Promise((r) => setTimeout(r, 20));
    done = child.exitCode !== null;
    try {
      const db = new Database(crashed, { readonly: true, fileMustExist: true });
      const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      db.close();
      if (n > 0) {
        child.kill('SIGKILL');
        atKill = n;
      }
    } catch {
      /* not created yet, or busy */
    }
  }
  assert.equal(await exited, 'SIGKILL', 'the first run was killed before it finished');
  assert.ok(atKill > 0 && atKill < N, `killed with ${atKill} of ${N} articles stored`);
  const again = run(['ingest', file, '--db', crashed, '--quiet', '--batch', '50']);
  assert.equal(again.code, 0, again.stderr);
  for (const cmd of [['articles', '--json'], ['events', '--json'], ['mentions', '--json']]) {
    assert.equal(run([...cmd, '--db', crashed]).stdout, run([...cmd, '--db', clean]).stdout, `${cmd[0]} after crash + resume equals a clean run`);
  }
  assert.equal(JSON.parse(run(['articles', '--json', '--limit', String(N + 1), '--db', crashed]).stdout).length, N);
});

test('code and time: a binary file is refused (exit 1, named); UTF-16 text is decoded as ingest decodes it', () => {
  const dir = tempDir('sl-hostile-items-');
  const png = join(dir, 'x.png');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const r = run(['code', png]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cannot read .*x\.png: binary file/);
  const u16 = join(dir, 'u16.txt');
  writeFileSync(u16, Buffer.from('Talks will resume next Monday.\n', 'utf16le'));
  const t = run(['time', u16, '--ref', '2024-01-03', '--json']);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /2024-01-08/);
});

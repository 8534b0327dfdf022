// Shared helpers for end-to-end tests: run the built CLI (dist/, built by `npm test` before the tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'storyline.js');
export const EXAMPLES = join(ROOT, 'examples');

export function built(): boolean {
  return existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
}

export function run(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, STORYLINE_DB: '', ...opts.env }, maxBuffer: 1 << 26, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runJson<T = unknown>(args: string[], opts?: Parameters<typeof run>[1]): T {
  const r = run(args, opts);
  if (r.code !== 0) throw new Error(`storyline ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export function tempDir(prefix = 'sl-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

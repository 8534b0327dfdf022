// Shared helpers for end-to-end tests: run the built CLI (dist/, built by `npm test` before the tests).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

/** Starts the CLI without waiting (several can run at once): the child, and a promise of its exit code and stderr. */
export function start(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, STORYLINE_DB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs the CLI asynchronously; resolves with its exit code and output. */
export const runAsync = (args: string[], env: NodeJS.ProcessEnv = {}) => start(args, env).done;

/** Opens a store (file or postgres:// URL), runs `fn`, closes it. */
export async function withStore<T>(target: string, fn: (s: import('../src/store/types.js').Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../src/store/index.js');
  const s = await openStore(target);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

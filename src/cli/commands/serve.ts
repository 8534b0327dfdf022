import type { Command, CommandContext } from '../context.js';
import type { ParsedArgs } from '../args.js';
import { UsageError, flagString } from '../args.js';
import { displayTarget, resolveDbTarget } from '../../store/index.js';
import { openTarget } from '../store.js';
import { listen } from '../../serve/index.js';
import { untilStopped } from '../signals.js';

/** Runs the server until `signal` aborts, then closes the server and the store. Returns the exit code. */
export async function serve(args: ParsedArgs, ctx: CommandContext, signal: AbortSignal): Promise<number> {
  const portText = flagString(args, 'port') ?? '8080';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${portText}"`);
  const host = flagString(args, 'host') ?? '127.0.0.1';
  if (args.flags.host === true || args.flags.port === true) throw new UsageError('--host and --port need a value');
  const target = resolveDbTarget(flagString(args, 'db'), ctx);
  const store = await openTarget(target, ctx.cwd, false);
  let running;
  try {
    running = await listen(store, Number(portText), host);
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    ctx.stderr.write(`storyline serve: cannot listen on ${host}:${portText}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : err.message}\n`);
    return 1;
  }
  ctx.stderr.write(`storyline: serving ${running.url} (database ${displayTarget(target, ctx.cwd)}); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await running.close();
  await store.close();
  ctx.stderr.write('storyline: server stopped\n');
  return 0;
}

export const run: Command = (args, ctx) => untilStopped((signal) => serve(args, ctx, signal));

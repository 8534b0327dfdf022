import type { ParsedArgs } from './args.js';
import { UsageError, flagString } from './args.js';
import type { CommandContext } from './context.js';
import { openStore, resolveDbTarget, StoreTargetError } from '../store/index.js';
import type { Store } from '../store/index.js';

/**
 * Opens the store named by --db / $STORYLINE_DB / ./storyline.db, runs `fn`, always closes it. Only `create: true`
 * (ingest) may create a database; read-only commands report a missing one. A --db that names a folder or a scheme no
 * store speaks is a usage error.
 */
export async function withStore<T>(args: ParsedArgs, ctx: CommandContext, fn: (store: Store) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const store = await openTarget(resolveDbTarget(flagString(args, 'db'), ctx), ctx.cwd, opts.create ?? false);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function openTarget(target: string, cwd: string, create: boolean): Promise<Store> {
  try {
    return await openStore(target, { create, cwd });
  } catch (e) {
    if (e instanceof StoreTargetError && (e.kind === 'directory' || e.kind === 'scheme')) throw new UsageError(`--db: ${e.message}`);
    throw e;
  }
}

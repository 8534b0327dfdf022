import type { ParsedArgs } from './args.js';
import type { CommandContext } from './context.js';
import { openStore, resolveDbTarget } from '../store/index.js';
import type { Store } from '../store/types.js';

/** Opens the store named by --db / $STORYLINE_DB / ./storyline.db, runs `fn`, always closes it. */
export async function withStore<T>(args: ParsedArgs, ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDbTarget(args, ctx));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

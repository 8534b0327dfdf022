// Store stage: opens the database a target names. SQLite file path (default) or a postgres:// URL.
import { resolve } from 'node:path';
import type { ParsedArgs } from '../cli/args.js';
import { flagString } from '../cli/args.js';
import type { Store } from './types.js';
import { SqliteStore } from './sqlite.js';

export type { Store, EventFilter, ArticleFilter, SearchHit, Fingerprint } from './types.js';

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** `--db`, else $STORYLINE_DB, else ./storyline.db. */
export function resolveDbTarget(args: ParsedArgs, ctx: { env: NodeJS.ProcessEnv; cwd: string }): string {
  const t = flagString(args, 'db') ?? ctx.env.STORYLINE_DB ?? 'storyline.db';
  return isPostgresTarget(t) || t === ':memory:' ? t : resolve(ctx.cwd, t);
}

export async function openStore(target: string): Promise<Store> {
  if (isPostgresTarget(target)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(target);
  }
  return new SqliteStore(target);
}

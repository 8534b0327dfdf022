// Store stage: opens the database a target names. SQLite file path (default) or a postgres:// URL.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Store } from './types.js';
import { SqliteStore } from './sqlite.js';
import { displayTarget, missingStore, StoreTargetError } from './target.js';

export { displayTarget, StoreTargetError } from './target.js';

export type { Store, EventFilter, ArticleFilter, SearchHit, Fingerprint, BatchItem, BatchPlan, Committed, MergeSession } from './types.js';
export { partitionPairKeys } from './rows.js';
export { queryTerms, type QueryTerm } from './fts.js';

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The database a command uses: `db` (its --db flag), else $STORYLINE_DB, else ./storyline.db. */
export function resolveDbTarget(db: string | undefined, ctx: { env: NodeJS.ProcessEnv; cwd: string }): string {
  const t = db ?? (ctx.env.STORYLINE_DB || undefined) ?? 'storyline.db';
  return isPostgresTarget(t) || t === ':memory:' || /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : resolve(ctx.cwd, t);
}

export interface OpenOptions {
  /** Create the database when there is none (ingest). false: a missing database is a StoreTargetError. Default true. */
  create?: boolean;
  /** Working folder, for naming the target in messages. */
  cwd?: string;
}

export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  const create = opts.create ?? true;
  const shown = displayTarget(target, opts.cwd);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target);
  if (isPostgresTarget(target)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(target, { create });
  }
  if (scheme) throw new StoreTargetError('scheme', `unknown database scheme "${scheme[1]}://" in ${shown}: give a file path (SQLite) or a postgres:// URL`);
  if (target !== ':memory:') {
    const st = statSync(target, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new StoreTargetError('directory', `${shown} is a directory, not a database file (for example ${shown.replace(/\/$/, '')}/storyline.db)`);
    if (!st && !create) throw missingStore(shown);
  }
  let store: SqliteStore;
  try {
    store = new SqliteStore(target, { create });
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new StoreTargetError('foreign', `${shown} is not an SQLite database`);
    throw e;
  }
  if (!create && !store.isStoryline) {
    const empty = store.isEmpty;
    await store.close();
    throw empty ? missingStore(shown, ' (an empty file)') : new StoreTargetError('foreign', `${shown} is an SQLite database, but not a Storyline one`);
  }
  return store;
}

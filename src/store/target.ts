// Naming a database target in messages, and the errors of a target that cannot be opened.
import { relative, isAbsolute } from 'node:path';

/** A target as a person reads it: a file under `cwd` as ./path, a URL without its password. */
export function displayTarget(target: string, cwd = process.cwd()): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target.replace(/\/\/([^@/:]*):[^@/]*@/, '//$1:…@');
  if (target === ':memory:' || !isAbsolute(target)) return target;
  const rel = relative(cwd, target);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? `./${rel}` : target;
}

/** Why a target cannot be opened: nothing there (`missing`), a folder, a scheme no store speaks, another database. */
export class StoreTargetError extends Error {
  constructor(readonly kind: 'missing' | 'directory' | 'scheme' | 'foreign', message: string) {
    super(message);
  }
}

export const missingStore = (shown: string, detail = '') => new StoreTargetError('missing', `no Storyline database at ${shown}${detail} — run \`storyline ingest\` first`);

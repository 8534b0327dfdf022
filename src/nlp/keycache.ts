// Token keys of known phrases (actor names, role words), cached on disk between runs. Building the actor lexicon
// tokenizes thousands of curated phrases with the language's tokenizer; the keys depend only on the phrase and the
// tokenizer, so they are read back from a cache file keyed by the tokenizer's version instead of tokenized at every
// start (a third of the start-up time of `storyline code`). A cache that cannot be read or written is just not used.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { projectRoot } from '../util/data.js';

/** Bump when normalize() or the key rules change. */
const FORMAT = 1;

function cacheFile(lang: string): string {
  const version = (createRequire(import.meta.url)('wink-eng-lite-web-model/package.json') as { version: string }).version;
  const nm = join(projectRoot(), 'node_modules');
  const dir = existsSync(nm) ? join(nm, '.cache', 'storyline') : join(tmpdir(), 'storyline-cache');
  return join(dir, `phrase-keys-${lang}-${version}-${FORMAT}.json`);
}

export interface KeyCache { get(phrase: string): string[] | undefined; set(phrase: string, keys: string[]): void; save(): void }

/** The cache of one language: read once; `save` writes it back only when phrases were added. */
export function openKeyCache(lang: string): KeyCache {
  const file = cacheFile(lang);
  let map = new Map<string, string[]>();
  try {
    if (existsSync(file)) map = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>));
  } catch {
    // a damaged cache file: start an empty one (it is rewritten below)
    map = new Map();
  }
  let added = false;
  return {
    get: (p) => map.get(p),
    set: (p, k) => { map.set(p, k); added = true; },
    save: () => {
      if (!added) return;
      try {
        mkdirSync(join(file, '..'), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(Object.fromEntries(map)));
        renameSync(tmp, file);
        added = false;
      } catch {
        // a read-only install: the keys are tokenized again next time, nothing else changes
      }
    },
  };
}

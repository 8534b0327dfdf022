// chrono-node's locales one at a time. Its main entry loads all sixteen of them (166 ms, a sixth of `storyline code`'s
// start-up, for the one or two locales a run needs); each locale's CommonJS build is read here through `require`, so
// that it loads synchronously when a stage first asks for it, and a locale named in data needs no import in code.
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';

/** What a chrono-node locale module exports: its casual and strict parsers and the casual parse function. */
export interface ChronoLocale {
  casual: chrono.Chrono;
  strict: chrono.Chrono;
  parse: (text: string, ref?: Date) => chrono.ParsedResult[];
}

const require = createRequire(import.meta.url);
const cache = new Map<string, ChronoLocale | null>();

/** chrono-node's locale `code` ("en", "es", "de"…), or null when chrono-node has none of that name. */
export function chronoLocale(code: string): ChronoLocale | null {
  let l = cache.get(code);
  if (l === undefined) {
    try {
      l = /^[a-z]{2}$/.test(code) ? (require(`chrono-node/${code}`) as ChronoLocale) : null;
    } catch {
      l = null;
    }
    cache.set(code, l);
  }
  return l;
}

/** chrono-node's locale `code`, which the caller's own list names: a missing one is a programming error. */
export function chronoLocaleOf(code: string): ChronoLocale {
  const l = chronoLocale(code);
  if (!l) throw new Error(`chrono-node has no locale "${code}"`);
  return l;
}

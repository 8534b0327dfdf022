// The words chrono-node reads as month names, in the locales the cleaner parses dates with. Read from chrono's own
// dictionaries (not copied into a data file) so that the prefilter below can never disagree with the parsers it spares.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Lower-cased month words (full names and abbreviations, trailing dots dropped) of chrono's locales. */
export function chronoMonthWords(locales: readonly string[]): string[] {
  // chrono's package `exports` maps only locale entry points; its constants module is read by file path
  const root = dirname(require.resolve('chrono-node'));
  const words = new Set<string>();
  for (const loc of locales) {
    const c = require(join(root, 'locales', loc, 'constants.js')) as { MONTH_DICTIONARY?: Record<string, number> };
    for (const w of Object.keys(c.MONTH_DICTIONARY ?? {})) words.add(w.toLowerCase().replace(/\.$/, ''));
  }
  return [...words].sort((a, b) => b.length - a.length);
}

/** A test for "this text may hold a month written as a word" in any of the locales. */
export function monthWordTest(locales: readonly string[]): (text: string) => boolean {
  const alt = chronoMonthWords(locales).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'iu');
  return (text) => re.test(text);
}

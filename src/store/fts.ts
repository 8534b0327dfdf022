// Turns a user's search query into a safe full-text query: words are quoted (no FTS syntax injection),
// "quoted phrases" stay phrases, a trailing * keeps prefix search; terms are ANDed.
export function ftsQuery(query: string): string {
  const terms: string[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*\*?)/gu;
  for (const m of query.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words?.length) terms.push(`"${words.join(' ')}"`);
    } else if (m[2]) {
      const prefix = m[2].endsWith('*');
      const words = m[2].match(/[\p{L}\p{N}]+/gu) ?? [];
      if (!words.length) continue;
      terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
    }
  }
  return terms.join(' ');
}

/** The same query with each word replaced by its stem in a language (Spanish: "protestas" → "protest"), for the
 *  stemmed index; quoting, phrases and prefixes as in ftsQuery. */
export function stemmedFtsQuery(query: string, stem: (w: string) => string): string {
  return ftsQuery(query).replace(/"([^"]*)"/g, (_m, words: string) => `"${words.split(' ').map(stem).join(' ')}"`);
}

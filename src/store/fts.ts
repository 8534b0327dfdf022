// Turns a user's search query into a safe full-text query: words are quoted (no FTS syntax injection),
// "quoted phrases" stay phrases, a trailing * keeps prefix search; terms are ANDed.

/** One term of a query: its words (one for a word, several for a "phrase"), and whether the last is a prefix. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

/** The terms of a user's query: words and "phrases" of letters and digits, `word*` for a prefix; the rest ignored. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}'’_-]*\*?)/gu;
  for (const m of query.matchAll(re)) {
    const text = m[1] ?? m[2]!;
    const words = text.match(/[\p{L}\p{N}]+/gu);
    if (words?.length) terms.push({ words, prefix: m[1] === undefined && text.endsWith('*') });
  }
  return terms;
}

export function ftsQuery(query: string): string {
  return queryTerms(query).map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ');
}

/** The same query with each word replaced by its stem in a language (Spanish: "protestas" → "protest"), for the
 *  stemmed index; quoting, phrases and prefixes as in ftsQuery. */
export function stemmedFtsQuery(query: string, stem: (w: string) => string): string {
  return ftsQuery(query).replace(/"([^"]*)"/g, (_m, words: string) => `"${words.split(' ').map(stem).join(' ')}"`);
}

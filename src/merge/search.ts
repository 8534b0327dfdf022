// Search over events: the words of a query (as the article search reads them: words ANDed, "phrases", prefix*)
// in an event's summary and evidence sentences, case- and accent-insensitive. Pure: events in, ranked events out.
import type { StoryEvent } from '../types.js';
import { queryTerms, type QueryTerm } from '../store/index.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** How often a term occurs in a word sequence (a phrase: its words in a row; a prefix: the last word's start). */
function occurrences(words: string[], t: QueryTerm): number {
  const n = t.words.length;
  let hits = 0;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = t.prefix && k === n - 1 ? words[i + k]!.startsWith(t.words[k]!) : words[i + k] === t.words[k];
    if (ok) hits++;
  }
  return hits;
}

export interface EventHit {
  event: StoryEvent;
  /** Occurrences of the query's terms (a summary occurrence counts twice): higher is better. */
  score: number;
}

/** Events whose summary and evidence sentences hold every term of the query, best first (then in the given order). */
export function searchEvents(events: StoryEvent[], query: string): EventHit[] {
  const terms = queryTerms(query).map((t) => ({ words: t.words.map(fold), prefix: t.prefix }));
  if (!terms.length) return [];
  const hits: (EventHit & { i: number })[] = [];
  events.forEach((event, i) => {
    const summary = wordsOf(event.summary);
    const evidence = event.mentions.map((m) => wordsOf(m.sentence));
    let score = 0;
    for (const t of terms) {
      const n = 2 * occurrences(summary, t) + evidence.reduce((s, w) => s + occurrences(w, t), 0);
      if (!n) return;
      score += n;
    }
    hits.push({ event, score, i });
  });
  return hits.sort((x, y) => y.score - x.score || x.i - y.i).map(({ event, score }) => ({ event, score }));
}

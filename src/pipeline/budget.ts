// Coding one article within a time budget. A normal article is coded in one call; a very long one (a dump, a page
// of megabytes) in pieces cut at paragraph or sentence breaks, with the clock checked between pieces and progress
// reported, so that one document can neither stall a run nor hide how far it has got.
import type { EventMention } from '../types.js';
import { codeArticle, type ArticleInput } from '../events/index.js';
import { pieces } from '../util/pieces.js';

/** Articles up to this many characters are coded in one call (as before: the whole document is one context). */
export const CODING_PIECE_CHARS = 50_000;

export interface BudgetedCoding {
  mentions: EventMention[];
  /** Characters of the text that were coded: all of it, or up to where the budget ran out. */
  coded: number;
  /** False when the budget ran out before the end of the text. */
  complete: boolean;
}

/**
 * Codes `doc`, stopping at `deadline` (a time as `now()` gives it; checked between pieces, and a piece costs well
 * under a second). A long text is coded piece by piece (each piece is its own document context; `sentenceStart`
 * stays an offset into the whole text), and `onProgress` hears the share of the text coded after each piece.
 */
export function codeWithinBudget(doc: ArticleInput, deadline: number, onProgress?: (fraction: number) => void, now: () => number = Date.now): BudgetedCoding {
  const text = doc.text;
  if (text.length <= CODING_PIECE_CHARS) return { mentions: codeArticle(doc), coded: text.length, complete: true };
  const mentions: EventMention[] = [];
  for (const [a, b] of pieces(text, CODING_PIECE_CHARS)) {
    if (now() > deadline) return { mentions, coded: a, complete: false };
    for (const m of codeArticle({ ...doc, text: text.slice(a, b) })) {
      m.sentenceStart = (m.sentenceStart ?? 0) + a;
      mentions.push(m);
    }
    onProgress?.(b / text.length);
  }
  return { mentions, coded: text.length, complete: true };
}

// Language of the cleaned text with eld (static medium database: synchronous, no loading step).
import { eld } from 'eld/medium';

/** Text shorter than this is too short for a reliable n-gram guess. */
const MIN_CHARS = 40;
const SAMPLE_CHARS = 3000;

/** ISO 639-1 code of the text, or the declared language when detection is unreliable, else null. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const decl = normalizeDeclared(declared);
  if (text.trim().length < MIN_CHARS) return decl;
  const r = eld.detect(text.slice(0, SAMPLE_CHARS));
  if (r.language && r.isReliable()) return r.language;
  return decl;
}

/** "en-US", "en_GB", "EN" → "en"; anything else → null. */
export function normalizeDeclared(s: string | null | undefined): string | null {
  const m = /^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(s ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

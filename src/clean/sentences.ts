// Repeated and near-duplicate sentences inside one document: keep one copy. A paragraph that states the same
// sentence twice is caption/alt-text residue; its copies lose against a body copy. Between two ordinary copies
// the fuller one stays (a caption or teaser is a shortened restatement); on a tie the first stays.
import type { Removal } from '../types.js';
import { containment, contentWords, jaccard, repeatKey, sentenceSpans, stopRatio, wordCount } from './text.js';

interface Slot {
  para: number;
  text: string;
  key: string;
  toks: Set<string>;
  prose: boolean;
  dropped: string | null;
}

/** Minimum content words for a near-duplicate comparison (short sentences are too generic to match). */
const MIN_TOKENS = 6;
const CONTAIN = 0.8;
const JACCARD = 0.45;

/** Running-text sentence (not a schedule row, list item or table line): enough words, some function words. */
function sentenceLike(s: string): boolean {
  return wordCount(s) >= 8 && stopRatio(s) >= 0.1;
}

export function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  if (a.size < MIN_TOKENS || b.size < MIN_TOKENS) return false;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  return containment(s, l) >= CONTAIN && jaccard(a, b) >= JACCARD;
}

/**
 * scope "all": any repeated or near-duplicate sentence keeps one copy (text scrapes). scope "captions": only
 * copies in caption-shaped paragraphs (a paragraph stating one sentence twice) give way to a body copy
 * (HTML main content, where repeated blocks were already handled by the reader and lists repeat on purpose).
 */
export function dedupeSentences(paras: { text: string; removed: string | null; cut: Removal[] }[], scope: 'all' | 'captions' = 'all'): void {
  const slots: Slot[][] = paras.map(() => []);
  const captionLike = paras.map(() => false);
  paras.forEach((p, i) => {
    if (p.removed) return;
    const seen = new Set<string>();
    for (const [a, b] of sentenceSpans(p.text)) {
      const text = p.text.slice(a, b).trim();
      const key = repeatKey(text);
      const slot: Slot = { para: i, text, key, toks: new Set(contentWords(text)), prose: sentenceLike(text), dropped: null };
      if (key && seen.has(key) && wordCount(text) >= 4) {
        slot.dropped = 'repeated sentence';
        captionLike[i] = true;
      }
      seen.add(key);
      slots[i]!.push(slot);
    }
  });

  // Candidate pairs come from an index (exact key, and content tokens for near-duplicates) so long documents
  // are not compared sentence against sentence.
  const prior: Slot[] = [];
  const byKey = new Map<string, number[]>();
  const byTok = new Map<string, number[]>();
  const candidates = (s: Slot): Slot[] => {
    const ids = new Set<number>(byKey.get(s.key) ?? []);
    if (s.prose && s.toks.size >= MIN_TOKENS) {
      const need = Math.ceil(CONTAIN * MIN_TOKENS);
      const hits = new Map<number, number>();
      for (const t of s.toks) for (const id of byTok.get(t) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      for (const [id, n] of hits) if (n >= need) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b).map((id) => prior[id]!);
  };
  for (let i = 0; i < paras.length; i++) {
    for (const s of slots[i]!) {
      if (s.dropped) continue;
      for (const q of candidates(s)) {
        if (q.dropped || q.para === s.para) continue;
        const exact = q.key === s.key && wordCount(s.text) >= 4;
        if (!exact && !(q.prose && s.prose && nearDuplicate(q.toks, s.toks))) continue;
        let dropPrior: boolean;
        if (captionLike[q.para] !== captionLike[s.para]) dropPrior = captionLike[q.para]!;
        else if (exact) dropPrior = false;
        else dropPrior = q.toks.size < s.toks.size;
        const loser = dropPrior ? q : s;
        if (scope === 'captions' && !captionLike[loser.para]) continue;
        loser.dropped = captionLike[loser.para] ? 'caption copy' : 'repeated sentence';
        if (!dropPrior) break;
      }
      if (!s.dropped) {
        const id = prior.push(s) - 1;
        if (!byKey.has(s.key)) byKey.set(s.key, []);
        byKey.get(s.key)!.push(id);
        if (s.prose) for (const t of s.toks) {
          if (!byTok.has(t)) byTok.set(t, []);
          byTok.get(t)!.push(id);
        }
      }
    }
  }

  paras.forEach((p, i) => {
    if (p.removed) return;
    const ss = slots[i]!;
    if (!ss.some((s) => s.dropped)) return;
    const keep = ss.filter((s) => !s.dropped);
    if (!keep.length) {
      p.removed = captionLike[i] ? 'caption copy' : 'repeated sentence';
      return;
    }
    for (const s of ss) if (s.dropped) p.cut.push({ text: s.text, reason: s.dropped });
    p.text = keep.map((s) => s.text).join(' ');
  });
}

// Generates wire-copy variants of base articles for the dedup tests (deterministic: seeded PRNG).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/util/random.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'dedup');

export interface Doc {
  id: string;
  /** Base article the document was made from (same group = duplicates). */
  group: string;
  variant: string;
  text: string;
}

/** mulberry32: small deterministic PRNG. */
export const rng = mulberry32;

export function loadBases(): { name: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(FIXTURES, f), 'utf8').trim() }));
}

const paragraphs = (t: string) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const sentences = (p: string) => p.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/);

const AGENCIES = [
  ['LONDON (Reuters) - ', 'Reporting by staff; Editing by the desk. Copyright 2024 Reuters. All rights reserved.'],
  ['PARIS (AFP) — ', '© Agence France-Presse 2024. All rights reserved. This material may not be republished.'],
  ['NEW YORK (AP) — ', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
] as const;

export function withAgency(text: string, i: number): string {
  const [head, foot] = AGENCIES[i % AGENCIES.length]!;
  return `${head}${text}\n\n${foot}`;
}

/** Keeps the first `fraction` of the words, ending at a sentence end when one is near. */
export function truncate(text: string, fraction: number): string {
  const words = text.split(/(\s+)/);
  const wordCount = words.filter((w) => /\S/.test(w)).length;
  let keep = Math.round(wordCount * fraction);
  let out = '';
  for (const w of words) {
    if (/\S/.test(w)) {
      if (keep-- <= 0) break;
    }
    out += w;
  }
  return out.trim();
}

/** Every sentence its own paragraph (or all paragraphs joined into one when `join`). */
export function reparagraph(text: string, join = false): string {
  const ps = paragraphs(text);
  return join ? ps.join(' ') : ps.flatMap(sentences).join('\n\n');
}

/** `n` typos: swapped adjacent letters or a dropped letter in random words of ≥ 5 letters. */
export function typos(text: string, n: number, seed: number): string {
  const r = rng(seed);
  const parts = text.split(/(\s+)/);
  const idx = parts.map((w, i) => (/^[A-Za-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n && idx.length; k++) {
    const i = idx.splice(Math.floor(r() * idx.length), 1)[0]!;
    const w = parts[i]!;
    const p = 1 + Math.floor(r() * (w.length - 2));
    parts[i] = r() < 0.5 ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2) : w.slice(0, p) + w.slice(p + 1);
  }
  return parts.join('');
}

export function withHeadline(text: string, headline: string): string {
  return `${headline}\n\nBy Staff Writer\n\n${text}`;
}

/** Base article + its wire-copy variants. */
export function variantsOf(name: string, text: string, seed: number): Doc[] {
  const first = paragraphs(text)[0]!.split(/\s+/).slice(0, 8).join(' ');
  const v: [string, string][] = [
    ['original', text],
    ['agency', withAgency(text, seed)],
    ['trunc50', truncate(text, 0.5)],
    ['trunc70', truncate(text, 0.7)],
    ['reparagraphed', reparagraph(text)],
    ['typos', typos(text, 6, seed)],
    ['headline', withHeadline(text, `Update: ${first}`)],
    ['agency+typos+joined', reparagraph(typos(withAgency(text, seed + 1), 4, seed + 7), true)],
    ['headline+trunc70', withHeadline(truncate(text, 0.7), `Breaking: ${first}`)],
    ['agency+trunc50', withAgency(truncate(text, 0.5), seed + 2)],
  ];
  return v.map(([variant, t]) => ({ id: `${name}/${variant}`, group: name, variant, text: t }));
}

export function corpus(): Doc[] {
  return loadBases().flatMap((b, i) => variantsOf(b.name, b.text, 17 + i));
}

/** Same-topic pairs that share quotes but are different articles (must never be duplicates). */
export const SAME_TOPIC_PAIRS: [string, string][] = [
  ['base-port-strike', 'other-port-strike'],
  ['base-rate-decision', 'other-rate-decision'],
];

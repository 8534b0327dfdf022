// Builds data/actors/en/swapped-letters.json: one-word country names and adjectives of at least six letters with two
// neighbouring letters swapped ("Ukriane", "Isreali"), the commonest typing slip of wire copy, minus every variant
// that is an English word (an-array-of-english-words) or a name the lexicon already holds.
// Usage: npx tsx scripts/build-swapped-letters.ts
import { createRequire } from 'node:module';
import { writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/util/data.js';
import { swappedLetterVariants } from '../src/actors/index.js';

const out = join(projectRoot(), 'data', 'actors', 'en', 'swapped-letters.json');
// (built from the lexicon without an earlier build's variants)
if (existsSync(out)) rmSync(out);
const english = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
const variants = [...swappedLetterVariants('en')].filter(([v]) => !english.has(v)).sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(out, JSON.stringify({
  about: 'Country names and adjectives as wire copy mistypes them, two neighbouring letters swapped ("Ukriane" → ukraine): variant → the name it stands for. Built by scripts/build-swapped-letters.ts (no English word, no name the lexicon holds); read by src/actors/lexicon.ts, capitalised tokens only.',
  variants: Object.fromEntries(variants),
}, null, 0).replace(/,"/g, ',\n"') + '\n');
console.log(`${variants.length} variants`);

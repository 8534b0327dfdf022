import { tokenizeText, splitSentences } from '../src/actors/nlp.js';
import { findActors, newDocContext } from '../src/actors/resolve.js';
const ctx = newDocContext(process.argv[3] ?? null);
for (const s of splitSentences(process.argv[2]!)) {
  const acts = findActors(s.tokens, s.text, ctx);
  console.log(s.text);
  for (const a of acts) console.log('   ', a.code, a.country, a.kind, JSON.stringify(s.text.slice(a.start, a.end)), a.prep, a.possessive ? 'POSS' : '', a.members?.map(m=>m.code).join('+') ?? '');
}

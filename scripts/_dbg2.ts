import { tokenizeText, findActors, newDocContext } from '../src/actors/index.js';
const s = tokenizeText(process.argv[2]!)[0]!;
console.log(s.tokens.map((t, i) => `${i}:${t.text}/${t.pos}/${t.lemma}`).join(' '));
const acts = findActors(s.tokens, s.text, newDocContext(null));
for (const a of acts) console.log(a.code, a.kind, a.tokStart, a.tokEnd, a.prep, JSON.stringify(s.text.slice(a.start, a.end)));

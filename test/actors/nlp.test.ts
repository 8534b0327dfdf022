// The tokenizer runs wink-nlp with a reduced pipe (sentence boundaries and part of speech only): it must read the
// same tokens, lemmas, tags and sentences as the full default pipe. And the ASCII fast path of normalize().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normalize, splitSentences, tokenizeText } from '../../src/actors/index.js';

const TEXT = [
  "The foreign minister of Venezuela didn't meet U.S. officials on Monday. Instead, Caracas accused Washington of plotting a coup.",
  'Troops were not deployed near the border, said Gen. Smith; talks with Colombia resumed in Bogotá on 3 March 2024.',
  '"We will never negotiate," he said. Dr. Jane O’Neill, a U.N. envoy, urged both sides — again — to stop the shelling!',
  'Russia and Ukraine exchanged 90 prisoners of war, the ministry said in a statement on its Telegram channel.',
].join('\n\n');

test('the reduced wink pipe reads the same tokens, lemmas, tags and sentences as the default pipe', () => {
  const full = winkNLP(model);
  const its = full.its;
  const expected: string[][] = [];
  for (const para of TEXT.split('\n\n')) {
    const doc = full.readDoc(para);
    const values = doc.tokens().out(its.value) as string[];
    const lemmas = doc.tokens().out(its.lemma as unknown as (i: number) => string) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [a, b] = s.out(its.span) as [number, number];
      expected.push(values.slice(a, b + 1).map((v, k) => `${v}/${normalize(lemmas[a + k]!)}/${pos[a + k]}`));
    });
  }
  const got = splitSentences(TEXT).map((s) => s.tokens.map((t) => `${t.text}/${t.lemma}/${t.pos}`));
  assert.deepEqual(got, expected);
  assert.ok(got.length >= 5, `several sentences (${got.length})`);
});

test('normalize: ASCII is lower-cased only; accents, curly quotes and dashes are mapped', () => {
  for (let c = 0; c < 128; c++) assert.equal(normalize(`A${String.fromCharCode(c)}z`), `a${String.fromCharCode(c).toLowerCase()}z`);
  assert.equal(normalize('Bogotá'), 'bogota');
  assert.equal(normalize('O’Neill'), "o'neill");
  assert.equal(normalize('“Yes” – no'), '"yes" - no');
});

test('tokens of a text do not depend on the texts read before it (wink-nlp learns unknown words)', () => {
  const target = "Obama spoke with Egypt's president on Monday.";
  const before = tokenizeText(target).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}`));
  assert.deepEqual(before.slice(0, 5), ['Obama/PROPN', 'spoke/VERB', 'with/ADP', 'Egypt/PROPN', "'s/PART"]);
  // wink keeps "Egypt's-based" whole and would then keep "Egypt's" whole everywhere.
  tokenizeText("An Egypt's-based group said so.");
  assert.deepEqual(tokenizeText(target).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}`)), before);
});

// words() and repeatKey() take a cheaper pattern on ASCII text: it must give what the Unicode pattern gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatKey, words } from '../../src/clean/text.js';
import { asciiTrimmable, phraseKey } from '../../src/clean/data.js';

const unicodeWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
const unicodeKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

test('ASCII fast paths of words() and repeatKey() agree with the Unicode patterns', () => {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const alphabet = "abcXYZ019 .-'_,;:!?\"()[]/\\@#\t\n";
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let k = Math.floor(next() * 40); k > 0; k--) s += next() < 0.1 ? String.fromCharCode(Math.floor(next() * 128)) : alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(words(s), unicodeWords(s), JSON.stringify(s));
    assert.equal(repeatKey(s), unicodeKey(s), JSON.stringify(s));
  }
  // Non-ASCII text still takes the Unicode pattern.
  assert.deepEqual(words('Ça va, l’État—vraiment'), ['ça', 'va', 'l’état', 'vraiment']);
  assert.equal(repeatKey('Nicolás Maduro’s 2º plan'), 'nicolásmaduros2ºplan');
});

const unicodePhraseKey = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"').replace(/\s+/g, ' ').replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').trim();

test('ASCII fast path of phraseKey() agrees with the Unicode pattern', () => {
  for (let c = 0; c < 128; c++) assert.equal(asciiTrimmable(c), /^[\s\p{P}\p{S}]$/u.test(String.fromCharCode(c)), `character ${c}`);
  let seed = 777;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const alphabet = "abcXYZ019 .-'_,;:!?\"()[]/\\@#$+<=>^`|~\t\n\r\v\f";
  for (let n = 0; n < 3000; n++) {
    let s = '';
    for (let k = Math.floor(next() * 40); k > 0; k--) s += next() < 0.1 ? String.fromCharCode(Math.floor(next() * 128)) : alphabet[Math.floor(next() * alphabet.length)];
    assert.equal(phraseKey(s), unicodePhraseKey(s), JSON.stringify(s));
  }
  // Non-ASCII text still takes the Unicode pattern.
  assert.equal(phraseKey('« Lire aussi » —'), 'lire aussi');
  assert.equal(phraseKey('“Read more”'), 'read more');
});

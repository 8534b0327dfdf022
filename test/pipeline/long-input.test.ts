// No input can stall a run (issue 14): a megabyte-long line without punctuation is cut into processable pieces at
// the sentence-splitting level, each document has a time budget (past it the article is stored with its whole text
// and reported), and a long document reports its progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingest, type IngestProgress } from '../../src/pipeline/index.js';
import { codeWithinBudget, CODING_PIECE_CHARS } from '../../src/pipeline/budget.js';
import { splitSentences, MAX_SENTENCE_TOKENS, MAX_PIECE_CHARS, MAX_SENTENCE_CHARS } from '../../src/nlp/index.js';
import { boundedRuns, pieces } from '../../src/util/pieces.js';
import { itemExpressions } from '../../src/cli/commands/time.js';
import { tempDir } from '../helpers.js';

const WORDS = 'the government said officials from Venezuela and the United States met in Caracas on Monday to discuss sanctions oil trade relations after talks between the two countries'.split(' ');
/** A line of `chars` characters of news words and no punctuation at all. */
function unpunctuated(chars: number): string {
  const out: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const w = WORDS[(i * 7 + 3) % WORDS.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

test('pieces: bounded pieces that cover the text, cut at the best break, never inside a surrogate pair', () => {
  const text = 'One sentence here. Another one follows, with a clause; and more words\n\nA new paragraph starts here and goes on for a while without stopping at all';
  for (const max of [10, 25, 40, 80]) {
    const ps = pieces(text, max);
    assert.equal(ps.map(([a, b]) => text.slice(a, b)).join(''), text, `max ${max}: pieces cover the text`);
    assert.ok(ps.every(([a, b]) => b - a <= max && b > a), `max ${max}: bounded`);
  }
  assert.deepEqual(pieces(text, 90).map(([a, b]) => text.slice(a, b)).at(0), 'One sentence here. Another one follows, with a clause; and more words\n\n', 'a paragraph break first');
  assert.equal(text.slice(...pieces(text, 30)[0]!), 'One sentence here. ', 'else a sentence end');
  assert.equal(text.slice(...pieces(text, 45)[0]!), 'One sentence here. Another one follows, ', 'else a clause mark (no sentence end in the second half)');
  const emoji = '😀'.repeat(30);
  for (const [a, b] of pieces(emoji, 11)) assert.ok(!/[\ud800-\udbff]$/.test(emoji.slice(a, b)), 'no lone high surrogate at a cut');
  assert.deepEqual(pieces('', 10), [[0, 0]]);
});

test('a long run without spaces (a pasted blob of URLs) is read in parts: the tokenizer\'s URL pattern is super-linear in a word\'s length', () => {
  const blob = '\u{93ba2}ⱝμhttps://cdnn1.img.sputnik'.repeat(5_000);
  const t0 = Date.now();
  const ss = splitSentences(blob);
  const ms = Date.now() - t0;
  process.stderr.write(`# ${blob.length} characters without a space: split in ${ms} ms\n`);
  assert.ok(ms < 10_000, `${ms} ms`);
  for (const s of ss) assert.equal(blob.slice(s.start, s.start + s.text.length), s.text);
  const runs = boundedRuns(blob, [0, blob.length], 1000);
  assert.equal(runs.map(([a, b]) => blob.slice(a, b)).join(''), blob);
  assert.ok(runs.every(([a, b]) => b - a <= 1000));
  assert.ok(runs.every(([, b]) => !/[\ud800-\udbff]/.test(blob[b - 1]!)), 'never inside a surrogate pair');
  assert.deepEqual(boundedRuns('short words only', [0, 16], 1000), [[0, 16]]);
});

test('a sentence without punctuation is cut into pieces of at most MAX_SENTENCE_TOKENS tokens, at a clause mark when there is one', () => {
  const text = unpunctuated(30_000);
  const ss = splitSentences(text);
  assert.ok(ss.length >= 20, `${ss.length} sentences`);
  for (const s of ss) {
    assert.ok(s.tokens.length <= MAX_SENTENCE_TOKENS, `${s.tokens.length} tokens`);
    assert.equal(text.slice(s.start, s.start + s.text.length), s.text, 'offsets into the text');
  }
  const withCommas = Array.from({ length: 60 }, (_, i) => `officials met in Caracas on day ${i}`).join(', ');
  const cut = splitSentences(withCommas);
  assert.ok(cut.length > 1);
  assert.ok(cut.slice(0, -1).every((s) => s.text.endsWith(',')), 'cut after a comma');
  // a sentence held together by a long run of spaces is cut too (the time stage is quadratic in such a run)
  const spaced = `Russian forces attacked Kyiv${' '.repeat(12_000)}on Monday, officials said.`;
  const parts = splitSentences(spaced);
  assert.ok(parts.every((s) => s.text.length <= MAX_SENTENCE_CHARS), parts.map((s) => s.text.length).join(' '));
  assert.deepEqual(parts.map((s) => s.text.trim()), ['Russian forces attacked Kyiv', 'on Monday, officials said.']);
  // an ordinary paragraph is read as before
  const normal = 'Officials met in Caracas on Monday. They discussed oil, trade and sanctions.';
  assert.deepEqual(splitSentences(normal).map((s) => s.text), ['Officials met in Caracas on Monday.', 'They discussed oil, trade and sanctions.']);
  assert.ok(MAX_PIECE_CHARS >= 10_000);
});

test('a 1 MB single line without punctuation is ingested in seconds, not minutes (was super-linear in sentence length)', async () => {
  const dir = tempDir('sl-long-');
  const store = new SqliteStore(join(dir, 'p.db'));
  writeFileSync(join(dir, 'line.txt'), unpunctuated(1_000_000));
  const t0 = Date.now();
  const progress: IngestProgress[] = [];
  const s = await ingest(store, [join(dir, 'line.txt')], { onProgress: (p) => progress.push(p) });
  const secs = (Date.now() - t0) / 1000;
  process.stderr.write(`# 1 MB line without punctuation: ingested in ${secs.toFixed(1)} s, ${s.mentions} mentions\n`);
  assert.equal(s.added, 1);
  assert.deepEqual(s.partial, []);
  assert.ok(secs < 90, `took ${secs.toFixed(1)} s`);
  const inside = progress.filter((p) => p.current).map((p) => p.current!.fraction);
  assert.ok(inside.length >= 10, 'progress inside the document');
  assert.deepEqual(inside, [...inside].sort((a, b) => a - b), 'progress only goes forward');
  assert.equal(inside.at(-1), 1);
  const [a] = await store.listArticles();
  assert.ok(a!.text.length >= 999_990, 'the whole text is stored');
  await store.close();
});

test('a document past its time budget is stored with its whole text and reported, and the batch goes on', async () => {
  const dir = tempDir('sl-budget-');
  const store = new SqliteStore(join(dir, 'p.db'));
  const long = unpunctuated(4 * CODING_PIECE_CHARS);
  writeFileSync(join(dir, 'docs.jsonl'), [
    JSON.stringify({ url: 'https://a.example/long', published: '2024-01-02', text: long }),
    JSON.stringify({ url: 'https://b.example/short', published: '2024-01-03', text: 'The foreign ministers of Peru and Ecuador met in Lima on Monday to discuss border security.' }),
  ].join('\n'));
  const warnings: string[] = [];
  const s = await ingest(store, [join(dir, 'docs.jsonl')], { docBudgetMs: 1, onWarning: (w) => warnings.push(`${w.origin}: ${w.message}`) });
  assert.equal(s.added, 2);
  assert.equal(s.partial.length, 1);
  assert.match(warnings[0]!, /docs\.jsonl#1: the 1 ms time budget ran out after coding \d+ % of its \d+ characters; stored with its whole text/);
  const arts = await store.listArticles();
  assert.equal(arts.find((x) => x.url === 'https://a.example/long')!.text.length, long.length);
  assert.ok((await store.listMentions()).some((m) => m.sentence.includes('Lima')), 'the next document is coded in full');
  await store.close();
});

test('codeWithinBudget: pieces in order, offsets into the whole text, stops at the deadline', () => {
  const text = unpunctuated(3 * CODING_PIECE_CHARS);
  let clock = 0;
  const tick = () => clock++;
  const all = codeWithinBudget({ text, published: '2024-01-02' }, Infinity, undefined, tick);
  assert.ok(all.complete);
  for (const m of all.mentions) assert.equal(text.slice(m.sentenceStart!, m.sentenceStart! + m.sentence.length), m.sentence);
  clock = 0;
  const part = codeWithinBudget({ text, published: '2024-01-02' }, 1, undefined, tick);
  assert.equal(part.complete, false);
  assert.ok(part.coded > 0 && part.coded < text.length);
  assert.ok(part.mentions.length < all.mentions.length);
});

test('storyline time reads a long item piece by piece, with offsets into the item', () => {
  const filler = unpunctuated(5_000);
  const text = Array.from({ length: 40 }, (_, i) => `${filler}. Talks resumed on March ${1 + (i % 28)}, 2022.`).join(' ');
  const t0 = Date.now();
  const exprs = itemExpressions(text, '2022-06-01', {});
  assert.ok(Date.now() - t0 < 20_000);
  const march = exprs.filter((e) => /^March \d+, 2022$/.test(e.text));
  assert.equal(march.length, 40);
  for (const e of march) assert.equal(text.slice(e.start, e.end), e.text);
});

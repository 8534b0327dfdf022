// Regression tests for hostile and odd inputs found by the robustness pass: each fixture is generated here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, symlinkSync, openSync, closeSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFile, expandPath, readInputs, isJsonDocument } from '../../src/ingest/index.js';
import { decodeBytes, looksBinary, sniffUtf16 } from '../../src/util/decode.js';
import { capNesting, extractHtml, MAX_NESTING } from '../../src/clean/html/index.js';
import { all, fixtureDir } from './util.js';

const { dir, file } = fixtureDir('sl-hostile-');
const ARTICLE = 'The finance ministers of three neighbouring countries met on Tuesday to discuss a joint energy grid. They agreed to meet again in June, a spokesman said after the talks.';

test('UTF-16 without a byte-order mark is decoded, not refused as binary', async () => {
  const le = Buffer.from(ARTICLE, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.equal(sniffUtf16(le), 'utf-16le');
  assert.equal(sniffUtf16(be), 'utf-16be');
  assert.equal(looksBinary(le), false);
  assert.equal(decodeBytes(le), ARTICLE);
  assert.equal(decodeBytes(be), ARTICLE);
  const items = await all(readFile(file('u16.txt', le)));
  assert.equal(items[0]!.doc?.text, ARTICLE);
  // Binary data with scattered NULs stays binary; ASCII is not UTF-16.
  assert.equal(sniffUtf16(Buffer.from([0x89, 0x50, 0, 0, 0, 0x0d, 0x49, 0x48, 0, 0x44, 0x52, 0, 0, 1, 0, 0])), null);
  assert.equal(sniffUtf16(Buffer.from(ARTICLE)), null);
});

test('gzip inside gzip is unwrapped', async () => {
  const items = await all(readFile(file('double.txt.gz', gzipSync(gzipSync(ARTICLE)))));
  assert.equal(items.length, 1);
  assert.equal(items[0]!.doc?.text, ARTICLE);
});

test('truncated multi-member gzip: the records in the complete members before the cut are kept, the cut is named', async () => {
  const members = [0, 1, 2, 3].map((i) => gzipSync(JSON.stringify({ text: `${ARTICLE} Record ${i}.` }) + '\n'));
  const whole = Buffer.concat(members);
  const p = file('cut.jsonl.gz', whole.subarray(0, whole.length - 10));
  const items = await all(readFile(p));
  assert.equal(items.filter((i) => i.doc).length, 3);
  const errs = items.filter((i) => i.error);
  assert.equal(errs.length, 1);
  assert.match(errs[0]!.error!.message, /truncated gzip.*after 3 records, which were kept/);
});

test('a JSON array (or one pretty-printed object) instead of JSON Lines is read record by record', async () => {
  const arr = JSON.stringify([{ text: `${ARTICLE} One.` }, 'not an object', { text: `${ARTICLE} Two.`, published: '2024-02-03' }], null, 1);
  const p = file('array.json', arr);
  const items = await all(readFile(p));
  assert.deepEqual(items.filter((i) => i.doc).map((i) => i.doc!.origin), [`${p}#1`, `${p}#3`]);
  assert.equal(items.find((i) => i.doc?.origin === `${p}#3`)!.doc!.published, '2024-02-03');
  const err = items.find((i) => i.error)!.error!;
  assert.equal(err.origin, `${p}#2`);
  assert.match(err.message, /item 2 of the array: not a JSON object/);
  const one = await all(readFile(file('one.json', JSON.stringify({ title: 'T', text: ARTICLE }, null, 2))));
  assert.equal(one.length, 1);
  assert.equal(one[0]!.doc?.title, 'T');
  assert.equal(isJsonDocument(Buffer.from('{"text": "x"}\n{"text": "y"}\n')), false);
});

test('a file that looks like a JSON array but is not one falls back to line-by-line reading (no good line lost)', async () => {
  const p = file('lines.jsonl', ['[1, 2]', JSON.stringify({ text: ARTICLE }), '{broken'].join('\n') + '\n');
  const items = await all(readFile(p));
  assert.equal(items.filter((i) => i.doc).length, 1);
  assert.deepEqual(items.filter((i) => i.error).map((i) => i.error!.origin), [`${p}#1`, `${p}#3`]);
});

test('JSONL published given as a number (Unix timestamp) is read like the same digits in a string', async () => {
  const p = file('ts.jsonl', JSON.stringify({ text: ARTICLE, published: 1700000000 }) + '\n');
  const items = await all(readFile(p));
  assert.equal(items[0]!.doc?.published, '1700000000');
});

test('symbolic link loops in folders are reported and not followed', async () => {
  const root = join(dir, 'loopy');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'sub', 'a.txt'), ARTICLE);
  symlinkSync('..', join(root, 'sub', 'up'));
  symlinkSync('.', join(root, 'self'));
  const { files, errors } = await expandPath(root);
  assert.deepEqual(files, [join(root, 'sub', 'a.txt')]);
  assert.equal(errors.length, 2);
  for (const e of errors) assert.match(e.message, /symbolic link loop/);
  const items = await all(readInputs([root]));
  assert.equal(items.filter((i) => i.doc).length, 1);
});

test('capNesting: pages within the limit are unchanged; deeper nesting is flattened, its text kept', () => {
  const normal = '<div><section><p>One<p>Two<ul><li>a<li>b</ul></section></div>';
  assert.equal(capNesting(normal, 3), normal);
  const deep = '<div>'.repeat(10) + 'text' + '</div>'.repeat(10);
  assert.equal(capNesting(deep, 4), '<div>'.repeat(4) + 'text' + '</div>'.repeat(4));
});

test('deeply nested HTML (100 000 levels) keeps its article text, quickly', () => {
  const n = 100_000;
  assert.ok(n > MAX_NESTING);
  const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>${ARTICLE} ${ARTICLE}</p>${'</div>'.repeat(n)}</body></html>`;
  const t0 = Date.now();
  const x = extractHtml(html);
  assert.ok(x.paragraphs.join(' ').includes('joint energy grid'), 'article text found');
  assert.ok(Date.now() - t0 < 20_000, `took ${Date.now() - t0} ms`);
});

function warcRecord(url: string, block: string): string {
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(block)}\r\n\r\n${block}\r\n\r\n`;
}

test('a WARC cut inside a record: the record is named and skipped, the complete records before it are kept', async () => {
  const page = (s: string) => `<html><head><title>${s}</title></head><body><p>${ARTICLE} ${s}</p></body></html>`;
  const resp = (body: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${body}`;
  const whole = warcRecord('http://w.example/a', resp(page('First'))) + warcRecord('http://w.example/b', resp(page('Second')));
  const p = file('cut.warc', whole.slice(0, whole.length - 60));
  const items = await all(readFile(p));
  assert.deepEqual(items.filter((i) => i.doc).map((i) => i.doc!.url), ['http://w.example/a']);
  const errs = items.filter((i) => i.error);
  assert.equal(errs.length, 1);
  assert.equal(errs[0]!.error!.origin, `${p}#2`);
  assert.match(errs[0]!.error!.message, /record 2 \(http:\/\/w\.example\/b\): truncated, the file ends \d+ bytes before the record does/);
});

test('standard input that is a folder is named as such, not reported as an empty file', async () => {
  const fd = openSync(dir, 'r');
  try {
    const stdin = Object.assign(Readable.from([]), { fd });
    const items = await all(readFile('-', { stdin }));
    assert.equal(items.length, 1);
    assert.match(items[0]!.error!.message, /standard input is a folder/);
  } finally {
    closeSync(fd);
  }
});

test('JSONL metadata of the wrong type is ignored with a problem naming the field; the record is kept', async () => {
  const p = file('types.jsonl', JSON.stringify({ url: {}, title: ['x'], text: ARTICLE, published: 12, source: 7 }) + '\n');
  const items = await all(readFile(p));
  const doc = items.find((i) => i.doc)!.doc!;
  assert.equal(doc.url, null);
  assert.equal(doc.title, null);
  assert.equal(doc.published, '12', 'a number is a timestamp for the clean stage to judge');
  assert.deepEqual(items.filter((i) => i.error).map((i) => i.error!.message), [
    'line 1: field "url" ignored: an object, not a string (the record is kept)',
    'line 1: field "title" ignored: an array, not a string (the record is kept)',
    'line 1: field "source" ignored: a number, not a string (the record is kept)',
  ]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { readInputs, readFile, expandPath, sniffKind } from '../../src/ingest/index.js';
import { decodeBytes, looksBinary } from '../../src/util/decode.js';
import { all, fixtureDir } from './util.js';

const { dir, file } = fixtureDir('sl-ingest-');
const ARTICLE = 'The finance ministers of three neighbouring countries met on Tuesday to discuss a joint energy grid.\n\nThey agreed to meet again in June.';

export function warcRecord(type: string, url: string, block: string, extra = ''): string {
  const len = Buffer.byteLength(block);
  return `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>\r\n${extra}Content-Length: ${len}\r\n\r\n${block}\r\n\r\n`;
}
const httpResponse = (body: string, ctype = 'text/html; charset=utf-8') => `HTTP/1.1 200 OK\r\nContent-Type: ${ctype}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

test('plain text file becomes one text document with its path as origin', async () => {
  const p = file('a.txt', ARTICLE);
  const items = await all(readFile(p));
  assert.equal(items.length, 1);
  assert.equal(items[0]!.doc!.origin, p);
  assert.equal(items[0]!.doc!.text, ARTICLE);
});

test('HTML file is read as html, charset from <meta> honoured', async () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>caf'), Buffer.from([0xe9]), Buffer.from(' au lait</p></body></html>')]);
  const items = await all(readFile(file('p.html', html)));
  assert.equal(items.length, 1);
  assert.match(items[0]!.doc!.html!, /café au lait/);
});

test('UTF-8 BOM and UTF-16LE BOM are honoured; invalid UTF-8 never crashes', () => {
  assert.equal(decodeBytes(Buffer.from('\uFEFFhello', 'utf8')), 'hello');
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé', 'utf16le')])), 'hé');
  const bad = decodeBytes(Buffer.from([0x61, 0xc3, 0x28, 0x62]));
  assert.equal(bad, 'a\uFFFD(b');
});

test('JSON Lines: metadata kept, a malformed line is reported by number and the rest ingested', async () => {
  const p = file('b.jsonl', [
    JSON.stringify({ url: 'https://example.org/a', title: 'A', text: ARTICLE, published: '2024-03-01', source: 'Example' }),
    '{"url": "https://example.org/broken", "text": ',
    JSON.stringify({ html: '<p>Hello there, a page.</p>', url: 'https://example.org/b' }),
    JSON.stringify({ title: 'no body' }),
    '',
  ].join('\n'));
  const items = await all(readFile(p));
  const docs = items.filter((i) => i.doc).map((i) => i.doc!);
  const errors = items.filter((i) => i.error).map((i) => i.error!);
  assert.equal(docs.length, 2);
  assert.equal(docs[0]!.origin, `${p}#1`);
  assert.equal(docs[0]!.published, '2024-03-01');
  assert.equal(docs[0]!.title, 'A');
  assert.equal(docs[1]!.origin, `${p}#3`);
  assert.ok(docs[1]!.html);
  assert.equal(errors.length, 2);
  assert.match(errors[0]!.message, /line 2: malformed JSON/);
  assert.equal(errors[0]!.origin, `${p}#2`);
  assert.match(errors[1]!.message, /line 4: no "text" or "html"/);
});

test('WARC and WARC.gz: response records with HTML become documents; request and non-HTML records are skipped', async () => {
  const warc =
    warcRecord('warcinfo', '', 'software: test\r\n', 'Content-Type: application/warc-fields\r\n') +
    warcRecord('request', 'https://news.example/x', 'GET /x HTTP/1.1\r\nHost: news.example\r\n\r\n', 'Content-Type: application/http; msgtype=request\r\n') +
    warcRecord('response', 'https://news.example/x', httpResponse('<html><body><p>First page body.</p></body></html>'), 'Content-Type: application/http; msgtype=response\r\n') +
    warcRecord('response', 'https://news.example/logo.png', httpResponse('PNGDATA', 'image/png'), 'Content-Type: application/http; msgtype=response\r\n') +
    warcRecord('response', 'https://news.example/y', httpResponse('<html><body><p>Second page.</p></body></html>'), 'Content-Type: application/http; msgtype=response\r\n');
  for (const [name, content] of [['c.warc', Buffer.from(warc)], ['c.warc.gz', gzipSync(warc)]] as const) {
    const items = await all(readFile(file(name, content)));
    const docs = items.filter((i) => i.doc).map((i) => i.doc!);
    assert.equal(items.filter((i) => i.error).length, 0, name);
    assert.equal(docs.length, 2, name);
    assert.equal(docs[0]!.url, 'https://news.example/x');
    assert.match(docs[0]!.html!, /First page body/);
    assert.equal(docs[0]!.crawledAt, '2024-05-01T10:00:00Z');
    assert.ok(docs[0]!.origin.endsWith(`${name}#3`));
  }
});

test('gzip-compressed text and JSONL are read; format sniffed under .gz', async () => {
  const items = await all(readFile(file('d.txt.gz', gzipSync(ARTICLE))));
  assert.equal(items[0]!.doc!.text, ARTICLE);
  const j = await all(readFile(file('e.jsonl.gz', gzipSync(JSON.stringify({ text: ARTICLE }) + '\n'))));
  assert.equal(j[0]!.doc!.text, ARTICLE);
});

test('truncated gzip: clear error naming the file; JSONL records before the cut are kept', async () => {
  const big = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `${ARTICLE} Record ${i} ${'x'.repeat(i % 50)}` })).join('\n') + '\n';
  const gz = gzipSync(big);
  const p = file('f.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
  const items = await all(readFile(p));
  const errs = items.filter((i) => i.error);
  assert.equal(errs.length, 1);
  assert.equal(errs[0]!.error!.origin, p);
  assert.match(errs[0]!.error!.message, /truncated gzip/);
  assert.ok(items.filter((i) => i.doc).length > 0, 'records before the cut are kept');
  const t = await all(readFile(file('g.txt.gz', gzipSync(ARTICLE.repeat(50)).subarray(0, 30))));
  assert.equal(t.length, 1);
  assert.match(t[0]!.error!.message, /truncated gzip/);
});

test('empty, whitespace-only and binary files are refused with a message', async () => {
  const e = await all(readFile(file('empty.txt', '')));
  assert.match(e[0]!.error!.message, /empty file/);
  const w = await all(readFile(file('ws.txt', '  \n\n  ')));
  assert.match(w[0]!.error!.message, /empty document/);
  const b = await all(readFile(file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))));
  assert.match(b[0]!.error!.message, /binary file/);
  assert.ok(looksBinary(Buffer.from([1, 2, 3, 0, 5])));
  assert.ok(!looksBinary(Buffer.from('plain text\n')));
});

test('an oversized single document is refused, while a large JSONL of normal documents streams', async () => {
  const p = file('huge.txt', 'word '.repeat(3000));
  const items = await all(readFile(p, { maxDocBytes: 10_000 }));
  assert.equal(items.length, 1);
  assert.match(items[0]!.error!.message, /too large/);
  const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: `Short article number ${i}. ${'a'.repeat(100)}` })).join('\n');
  const j = await all(readFile(file('many.jsonl', lines), { maxDocBytes: 10_000 }));
  assert.equal(j.filter((i) => i.doc).length, 50);
  const one = await all(readFile(file('oneline.jsonl', JSON.stringify({ text: 'b'.repeat(20_000) }) + '\n' + JSON.stringify({ text: 'fine' })), { maxDocBytes: 10_000 }));
  assert.equal(one.filter((i) => i.error).length, 1);
  assert.match(one.find((i) => i.error)!.error!.message, /line 1: document too large/);
  assert.equal(one.filter((i) => i.doc).length, 1);
});

test('unreadable and missing paths are reported, the rest of the batch goes on', async () => {
  const sub = join(dir, 'folder');
  mkdirSync(join(sub, 'deeper'), { recursive: true });
  writeFileSync(join(sub, 'one.txt'), ARTICLE);
  writeFileSync(join(sub, 'deeper', 'two.html'), '<html><body><p>x</p></body></html>');
  writeFileSync(join(sub, 'skip.png'), 'not read from folders');
  writeFileSync(join(sub, '.hidden.txt'), 'hidden');
  const items = await all(readInputs([join(dir, 'nope.txt'), sub]));
  assert.match(items[0]!.error!.message, /no such file/);
  const origins = items.filter((i) => i.doc).map((i) => i.doc!.origin);
  assert.deepEqual(origins, [join(sub, 'deeper', 'two.html'), join(sub, 'one.txt')]);
  if (process.getuid && process.getuid() !== 0) {
    const locked = file('locked.txt', ARTICLE);
    chmodSync(locked, 0);
    const l = await all(readFile(locked));
    assert.match(l[0]!.error!.message, /permission denied/);
  }
  const ex = await expandPath(sub);
  assert.equal(ex.files.length, 2);
});

test('stdin ("-") is read and sniffed: JSON Lines or plain text', async () => {
  const j = await all(readInputs(['-'], { stdin: Readable.from([Buffer.from(JSON.stringify({ text: ARTICLE, url: 'https://x.example/1' }) + '\n')]) }));
  assert.equal(j[0]!.doc!.url, 'https://x.example/1');
  assert.equal(j[0]!.doc!.origin, 'stdin#1');
  const t = await all(readInputs(['-'], { stdin: Readable.from([Buffer.from(ARTICLE)]) }));
  assert.equal(t[0]!.doc!.text, ARTICLE);
  assert.equal(t[0]!.doc!.origin, 'stdin');
});

test('sniffKind: extension first, then content', () => {
  assert.equal(sniffKind(Buffer.from('<!DOCTYPE html><html>'), 'page'), 'html');
  assert.equal(sniffKind(Buffer.from('WARC/1.0\r\n'), 'x.bin'), 'warc');
  assert.equal(sniffKind(Buffer.from('{"text":"a"}'), 'data'), 'jsonl');
  assert.equal(sniffKind(Buffer.from('<p>not sniffed as html in a .txt</p>'), 'a.txt'), 'text');
  assert.equal(sniffKind(Buffer.from('anything'), 'a.htm.gz'), 'html');
});

test('a multi-megabyte JSONL file (plain and gzip) streams every record, across many read chunks', async () => {
  const lines = Array.from({ length: 12000 }, (_, i) => JSON.stringify({ text: `Article number ${i} ${'word '.repeat(40)}` })).join('\n') + '\n';
  for (const [name, content] of [['big.jsonl', Buffer.from(lines)], ['big.jsonl.gz', gzipSync(lines)]] as const) {
    const items = await all(readFile(file(name, content)));
    assert.equal(items.filter((i) => i.doc).length, 12000, name);
    assert.equal(items.filter((i) => i.error).length, 0, name);
    assert.equal(items.at(-1)!.doc!.origin.endsWith('#12000'), true);
  }
});

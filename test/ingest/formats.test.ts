// The registry of input formats (src/ingest/formats/): every format is found by its extensions and its content,
// in the documented order, and the rest of the ingest stage follows from the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS, expandPath, readFile, sniffKind } from '../../src/ingest/index.js';
import { all, fixtureDir } from './util.js';

const { dir, file } = fixtureDir('sl-formats-');

test('each format has a kind, a label, a reader, and extensions no other format claims', () => {
  const seen = new Map<string, string>();
  for (const f of FORMATS) {
    assert.match(f.kind, /^[a-z]+$/);
    assert.ok(f.label.length > 0);
    assert.equal(typeof f.read, 'function');
    const exts: readonly string[] = [...f.extensions, ...('likelyExtensions' in f ? f.likelyExtensions : [])];
    for (const ext of exts) {
      assert.match(ext, /^\.[a-z]+$/, `${f.kind}: extensions are lower case with a dot`);
      assert.equal(seen.get(ext), undefined, `${ext} is claimed by ${seen.get(ext)} and ${f.kind}`);
      seen.set(ext, f.kind);
    }
  }
});

test('sniffing order: decisive extension, then signature, then likely extension, then content, else text', () => {
  const warc = Buffer.from('WARC/1.0\r\n');
  const page = Buffer.from('<!DOCTYPE html><html>');
  const record = Buffer.from('{"text":"a"}');
  // a decisive extension wins over any content
  assert.equal(sniffKind(warc, 'a.html'), 'html');
  assert.equal(sniffKind(page, 'a.jsonl.gz'), 'jsonl');
  // a signature wins over a likely extension
  assert.equal(sniffKind(warc, 'a.txt'), 'warc');
  assert.equal(sniffKind(warc, 'a.json'), 'warc');
  // a likely extension wins over content that merely looks like another format
  assert.equal(sniffKind(page, 'a.json'), 'jsonl');
  assert.equal(sniffKind(record, 'a.text'), 'text');
  assert.equal(sniffKind(page, 'a.TXT'), 'text');
  // no extension: content, then the fallback; a byte-order mark and leading space are skipped
  assert.equal(sniffKind(Buffer.from('\uFEFF  <html><body>'), 'page'), 'html');
  assert.equal(sniffKind(record, '-'), 'jsonl');
  assert.equal(sniffKind(Buffer.from('Officials met on Tuesday.'), 'notes.md'), 'text');
});

test('a folder yields the files of every registered extension (and .gz of them), nothing else', async () => {
  const names = FORMATS.flatMap((f) => [...f.extensions, ...('likelyExtensions' in f ? f.likelyExtensions : [])]).map((ext, i) => `f${i}${ext}`);
  for (const n of names) file(`walk-${n}`, 'x');
  const { files } = await expandPath(dir);
  for (const n of names) assert.ok(files.some((f) => f.endsWith(`walk-${n}`)), `${n} is read`);
  file('walk-notes.md', 'x');
  file('walk-page.HTML.gz', 'x');
  const again = (await expandPath(dir)).files;
  assert.ok(!again.some((f) => f.endsWith('walk-notes.md')), 'an unknown extension inside a folder is skipped');
  assert.ok(again.some((f) => f.endsWith('walk-page.HTML.gz')));
});

test('a binary file is refused with a message naming the file and every format it is not', async () => {
  const p = file('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
  const [item] = await all(readFile(p));
  assert.equal(item!.error!.origin, p);
  assert.equal(item!.error!.message, 'binary file, not text, HTML, JSON Lines or WARC');
});

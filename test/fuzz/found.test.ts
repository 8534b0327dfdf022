// Inputs the fuzzing suite found (scripts/fuzz): each hung ingest for ever (or for hours) before its fix. They run in
// a child process with a time limit: an endless loop or a backtracking regex blocks the event loop, so no timer in the
// test itself could stop it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from '../helpers.js';

const page = '<html><head><title>Bridge reopens</title></head><body><p>The harbour bridge reopened to traffic on Tuesday morning after eleven weeks of repairs, the city council said.</p></body></html>';
const http = (html: string, type = 'text/html') => `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
const record = (type: string, block: string, length: string | number = Buffer.byteLength(block)) =>
  `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: https://news.example.org/a\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${length}\r\n\r\n${block}\r\n\r\n`;

function ingest(content: string, name = 'x.warc'): { status: number | null; stderr: string } {
  const dir = tempDir('sl-fuzz-found-');
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = spawnSync(process.execPath, [BIN, 'ingest', file, '--db', join(dir, 'x.db')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stderr: r.stderr };
}

test('a WARC record whose Content-Length is not a number is named, and the read ends (it hung)', () => {
  const r = ingest(record('response', http(page), '344msgtype=response') + record('response', http(page)));
  assert.notEqual(r.status, null, 'the command ended');
  assert.match(r.stderr, /x\.warc#1: record 1: Content-Length "344msgtype=response" is not a number of bytes/);
});

test('a WARC cut inside a record the reader skips (a request, an image) is named, not skipped for ever (it hung)', () => {
  for (const cut of [record('request', 'GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n', 5000), record('response', http('PNG', 'image/png'), 9000)]) {
    const r = ingest(record('response', http(page)) + cut);
    assert.notEqual(r.status, null, 'the command ended');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /ingested 1 new article/);
    assert.match(r.stderr, /x\.warc#2: record 2 \(https:\/\/news\.example\.org\/a\): truncated, the file ends \d+ bytes before the record does/);
  }
});

test('boilerplate lines that made the cleaner\'s patterns backtrack exponentially are read in milliseconds', () => {
  // a line of separators (a breadcrumb pattern: 'the layout > ' ten times, 0.75 s at six, doubling each time) and a
  // run of share-bar words (forty 'share ' before another word): both hung the cleaner
  const body = 'The harbour bridge reopened to traffic on Tuesday morning after eleven weeks of repairs, the city council said.';
  for (const line of ['the div class > the layout > '.repeat(12) + 'end\u0001', 'share '.repeat(40) + 'now']) {
    const t0 = Date.now();
    const r = ingest(`Bridge reopens\n\n${body}\n\n${line}\n\n${body.replace('Tuesday', 'Wednesday')}\n`, 'x.txt');
    assert.notEqual(r.status, null, 'the command ended');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Date.now() - t0 < 25_000);
  }
});

test('a paragraph opening with a long run of letters is split into sentences in linear time (it took seconds)', async () => {
  const { sentenceSpans } = await import('../../src/clean/text.js');
  // the fuzzer's slowest cleaner input: 14 500 letters without a space, then sentences (1.9 s). The word before each
  // full stop was looked for from the sentence's start: quadratic in the run, for every initial ("J. K. Smith").
  const p = 'Ve'.repeat(20_000) + ` Venezuela has announced it, ${'J. '.repeat(20)}Smith said. According to the plan, talks resume. The end.`;
  const t0 = Date.now();
  const spans = sentenceSpans(p);
  const ms = Date.now() - t0;
  assert.deepEqual(spans.map(([a, b]) => p.slice(a, b).trim().slice(-12)), [' Smith said.', 'alks resume.', 'The end.']);
  assert.ok(ms < 2000, `${ms} ms`);
});

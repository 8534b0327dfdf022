// End-to-end CLI tests of ingest / articles / show / search / mentions on fixtures that are not the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run, runJson, tempDir } from '../helpers.js';

const STORY_A = `Kenya and Ethiopia sign border trade accord

NAIROBI - Kenya and Ethiopia signed an agreement on Tuesday to reopen three border crossings that had been closed since 2021, officials in both capitals said.

The accord, reached after two days of talks in Nairobi, also sets up a joint commission to settle disputes over livestock grazing along the frontier.

Ethiopian Prime Minister Abiy Ahmed said the deal would "open a new chapter" for traders on both sides of the border.`;

const STORY_B = `Chile and Argentina hold talks on glacier protection

Foreign ministers of Chile and Argentina met in Santiago on Monday to discuss a treaty protecting glaciers along their shared border, the two governments said in a joint statement.

The ministers agreed to set up a scientific working group and to meet again before the end of the year.`;

function corpus(): string {
  const dir = tempDir('sl-cli-');
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'a.txt'), STORY_A);
  writeFileSync(join(docs, 'b.txt.gz'), gzipSync(STORY_B));
  writeFileSync(join(docs, 'c.jsonl'), [
    JSON.stringify({ url: 'https://www.example-news.co.uk/world/2024/05/02/ports', title: 'Port strike ends', text: 'Dock workers in three ports ended a week-long strike on Wednesday after the employers agreed to raise wages by six percent. The union said members would return to work on Thursday morning.', published: '2024-05-02' }),
    '{not json',
  ].join('\n'));
  writeFileSync(join(docs, 'empty.txt'), '');
  writeFileSync(join(docs, 'broken.txt.gz'), gzipSync(STORY_A).subarray(0, 20));
  return dir;
}

test('ingest a folder with good and bad files: bad ones named, the rest stored; re-ingest adds nothing', () => {
  const dir = corpus();
  const db = join(dir, 'x.db');
  const r = run(['ingest', join(dir, 'docs'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /broken\.txt\.gz: truncated gzip/);
  assert.match(r.stderr, /c\.jsonl#2: line 2: malformed JSON/);
  assert.match(r.stderr, /ingested 3 new articles/);
  const arts = runJson<any[]>(['articles', '--db', db, '--json']);
  assert.equal(arts.length, 3);
  const port = arts.find((a) => a.title === 'Port strike ends');
  assert.equal(port.source, 'example-news.co.uk');
  assert.equal(String(port.published).slice(0, 10), '2024-05-02');
  for (const a of arts) {
    for (const k of ['id', 'origin', 'url', 'source', 'siteName', 'title', 'description', 'author', 'published', 'publishedFrom', 'pageDate', 'modified', 'language', 'text', 'duplicateOf']) assert.ok(k in a, `article has ${k}`);
  }
  const again = run(['ingest', join(dir, 'docs'), '--db', db]);
  assert.match(again.stderr, /ingested 0 new articles, 3 already stored/);
  assert.equal(runJson<any[]>(['articles', '--db', db, '--json']).length, 3);
});

test('ingest exits non-zero when nothing could be done, with the reason', () => {
  const dir = tempDir();
  const r = run(['ingest', join(dir, 'missing.txt'), '--db', join(dir, 'x.db')]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /missing\.txt: cannot read: no such file/);
});

test('ingest from stdin, then show (with removals) and search', () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  const r = run(['ingest', '-', '--db', db], { input: STORY_B });
  assert.equal(r.code, 0, r.stderr);
  const [a] = runJson<any[]>(['articles', '--db', db, '--json']);
  assert.equal(a.origin, 'stdin');
  const shown = runJson<any[]>(['show', a.id, '--db', db, '--json']);
  assert.equal(shown[0].id, a.id);
  assert.ok(Array.isArray(shown[0].removed));
  const human = run(['show', a.id.slice(0, 8), '--db', db]);
  assert.equal(human.code, 0);
  assert.match(human.stdout, /glacier/);
  const hits = runJson<any[]>(['search', 'glaciers', '--db', db, '--json']);
  assert.equal(hits.length, 1);
  assert.equal(hits[0].articleId, a.id);
  assert.deepEqual(runJson<any[]>(['search', '"treaty protecting glaciers"', '--db', db, '--json']).length, 1);
  assert.deepEqual(runJson<any[]>(['search', 'penguins', '--db', db, '--json']), []);
  assert.equal(run(['search', `"'; DROP TABLE articles; --`, '--db', db, '--json']).code, 0);
  assert.equal(run(['show', 'nonexistent', '--db', db]).code, 1);
});

test('$STORYLINE_DB is the default target; usage errors exit 2', () => {
  const dir = tempDir();
  const db = join(dir, 'env.db');
  assert.equal(run(['ingest', '-'], { input: STORY_A, env: { STORYLINE_DB: db } }).code, 0);
  assert.equal(runJson<any[]>(['articles', '--json'], { env: { STORYLINE_DB: db } }).length, 1);
  assert.equal(run(['ingest']).code, 2);
  assert.equal(run(['frobnicate']).code, 2);
  assert.equal(run(['--help']).code, 0);
});

test('mentions --json is an array of contract mentions', () => {
  const dir = tempDir();
  const db = join(dir, 'x.db');
  run(['ingest', '-', '--db', db], { input: STORY_A });
  const ms = runJson<any[]>(['mentions', '--db', db, '--json']);
  assert.ok(Array.isArray(ms));
  for (const m of ms) for (const k of ['articleId', 'origin', 'sentence', 'source', 'target', 'code', 'root', 'plover', 'goldstein', 'quadClass', 'date']) assert.ok(k in m, k);
});

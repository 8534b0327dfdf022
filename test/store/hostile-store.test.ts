// The hostile-input audit of the stores (issue 14), on SQLite and on PostgreSQL (when STORYLINE_TEST_PG names a
// server where the tests may CREATE DATABASE): huge records, NUL bytes, lone UTF-16 surrogates, and 10 000 mentions
// of one event. Nothing may fail, offsets into a text must stay valid, and the event must come back whole.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { remerge } from '../../src/pipeline/index.js';
import { item, makeArticle, makeMention } from './store-contract.js';

const SERVER = process.env.STORYLINE_TEST_PG;
const dir = mkdtempSync(join(tmpdir(), 'sl-hostile-store-'));
const dbName = `storyline_hostile_${process.pid}_${randomBytes(4).toString('hex')}`;
let n = 0;
let admin: pg.Client | undefined;

before(async () => {
  if (!SERVER) return;
  const root = new pg.Client({ connectionString: SERVER });
  await root.connect();
  try { await root.query(`CREATE DATABASE ${dbName}`); } finally { await root.end(); }
  const u = new URL(SERVER);
  u.pathname = `/${dbName}`;
  admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!SERVER) return;
  await admin?.end();
  const root = new pg.Client({ connectionString: SERVER });
  await root.connect();
  try { await root.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`); } finally { await root.end(); }
});

const engines: [string, (() => Promise<Store>) | null][] = [
  ['sqlite', async () => new SqliteStore(join(dir, `h${++n}.db`))],
  ['postgres', SERVER ? async () => {
    const schema = `h${++n}`;
    await admin!.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(SERVER);
    u.pathname = `/${dbName}`;
    u.searchParams.set('options', `-c search_path=${schema}`);
    return PostgresStore.open(u.toString());
  } : null],
];

/** What a store may make of a character it cannot keep: NUL and a lone surrogate may come back as U+FFFD. */
function sameUpToReplacement(got: string, sent: string): boolean {
  if (got.length !== sent.length) return false;
  for (let i = 0; i < sent.length; i++) {
    const c = sent.charCodeAt(i);
    const lone = (c >= 0xd800 && c <= 0xdbff && !(sent.charCodeAt(i + 1) >= 0xdc00 && sent.charCodeAt(i + 1) <= 0xdfff)) || (c >= 0xdc00 && c <= 0xdfff && !(sent.charCodeAt(i - 1) >= 0xd800 && sent.charCodeAt(i - 1) <= 0xdbff));
    if (got[i] !== sent[i] && !((lone || c === 0) && got[i] === '\uFFFD')) return false;
  }
  return true;
}

for (const [engine, open] of engines) {
  describe(`${engine}: hostile input`, { skip: open ? false : 'STORYLINE_TEST_PG is not set (a postgres:// URL of a server where tests may CREATE DATABASE); .ci/run sets it' }, () => {
    test('huge records: an 8 MB text, a 100 000-character title, a 1 MB sentence', async () => {
      const s = await open!();
      try {
        const text = 'Opening sentence about the harbour. ' + 'x'.repeat(8 * 1024 * 1024) + ' closing words';
        const title = 'T'.repeat(100_000);
        const sentence = 'The minister met '.repeat(60_000);
        await s.saveBatch([item(makeArticle('big1', { text, title, url: 'https://e.example/' + 'p'.repeat(50_000) }), [makeMention({ sentence })])]);
        const a = await s.getArticle('big1');
        assert.equal(a!.text.length, text.length);
        assert.equal(a!.title!.length, title.length);
        assert.equal((await s.listMentions())[0]!.sentence.length, sentence.length);
        assert.deepEqual((await s.search('harbour')).map((h) => h.articleId), ['big1']);
      } finally {
        await s.close();
      }
    });

    test('NUL bytes and lone surrogates in every text field: stored, offsets kept, searchable', async () => {
      const s = await open!();
      try {
        const text = 'Officials\u0000 met \uD800in Caracas \uDC00on Monday. The \uD83D\uDE00 talks ended.';
        const sentence = 'Officials\u0000 met \uD800in Caracas \uDC00on Monday.';
        await s.saveBatch([item(makeArticle('odd2', { text, title: 'Title \uD800 with\u0000 NUL', author: '\uDFFFauthor', origin: 'in\u0000puts/odd2.txt' }), [makeMention({ sentence, sentenceStart: 0, trigger: 'met\uD800' })])]);
        const a = (await s.getArticle('odd2'))!;
        assert.ok(sameUpToReplacement(a.text, text), JSON.stringify(a.text));
        assert.ok(sameUpToReplacement(a.title!, 'Title \uD800 with\u0000 NUL'));
        assert.ok(sameUpToReplacement(a.author!, '\uDFFFauthor'));
        assert.ok(a.text.includes('\uD83D\uDE00'), 'a surrogate pair is a character, kept');
        const [m] = await s.listMentions();
        assert.ok(sameUpToReplacement(m!.sentence, sentence));
        assert.equal(a.text.slice(m!.sentenceStart!, m!.sentenceStart! + m!.sentence.length), m!.sentence, 'the mention is found at its offset');
        assert.deepEqual((await s.search('caracas')).map((h) => h.articleId), ['odd2']);
        assert.deepEqual(await s.search('\u0000\uD800'), []);
        assert.equal(await s.getArticle('odd2\u0000'), null);
        assert.deepEqual(await s.listMentions({ actor: 'US\u0000A' }), []);
        await remerge(s);
        const [e] = await s.listEvents();
        assert.ok(e && e.summary.includes('Caracas'));
      } finally {
        await s.close();
      }
    });

    test('10 000 mentions of one event: stored in one batch, merged into one event, read back whole', async () => {
      const s = await open!();
      try {
        const text = Array.from({ length: 10_000 }, (_, i) => `Officials of both countries met in Caracas on Monday, report ${i} said.`).join(' ');
        const mentions = Array.from({ length: 10_000 }, (_, i) => makeMention({ sentence: `Officials of both countries met in Caracas on Monday, report ${i} said.`, sentenceStart: i * 70 }));
        const t0 = Date.now();
        await s.saveBatch([item(makeArticle('many', { text }), mentions)]);
        assert.equal(await remerge(s), 1);
        const [e] = await s.listEvents({ dyad: ['USA', 'VEN'] });
        const secs = (Date.now() - t0) / 1000;
        process.stderr.write(`# ${engine}: 10 000 mentions of one event stored, merged and read back in ${secs.toFixed(1)} s\n`);
        assert.equal(e!.mentions.length, 10_000);
        assert.equal(e!.date!.start, '2024-03-04');
        assert.ok(secs < 120, `${secs} s`);
      } finally {
        await s.close();
      }
    });
  });
}

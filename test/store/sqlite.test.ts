// The Store contract on the embedded SQLite store (a fresh temp file per test), plus file-specific checks.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { openStore } from '../../src/store/index.js';
import { storeContract, item, makeArticle, makeMention, makeEvent } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'sl-store-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `s${++n}.db`);

storeContract('sqlite', async () => new SqliteStore(freshPath()));

test('sqlite: data survives close and reopen; migrations run once', async () => {
  const path = freshPath();
  const s1 = await openStore(path);
  assert.equal(s1.kind, 'sqlite');
  await s1.saveBatch([item(makeArticle('p1', { text: 'persistent harbour' }), [makeMention()])]);
  await s1.replaceEvents([makeEvent('ev1')]);
  await s1.close();
  const s2 = await openStore(path);
  try {
    assert.deepEqual((await s2.listArticles()).map((a) => a.id), ['p1']);
    assert.equal((await s2.listMentions()).length, 1);
    assert.deepEqual((await s2.listEvents()).map((e) => e.id), ['ev1']);
    assert.deepEqual((await s2.search('harbour')).map((h) => h.articleId), ['p1']);
    await s2.saveBatch([item(makeArticle('p2'))]);
    assert.deepEqual((await s2.listArticles()).map((a) => a.id), ['p1', 'p2']);
  } finally {
    await s2.close();
  }
});

test('sqlite: a database of the first schema version is upgraded in place (events keep their order)', async () => {
  const path = freshPath();
  // What a store of schema version 1 left on disk: its tables, one article with a mention, events in a given order.
  const old = new Database(path);
  old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
  for (const stmt of MIGRATIONS[0]!) old.exec(stmt);
  old.exec(`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`);
  old.exec('INSERT INTO schema_version (version) VALUES (1)');
  const ins = old.prepare('INSERT INTO events (id, seq, date_start, date_end, source, source_country, target, target_country, code, root, data) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)');
  ['second', 'first'].forEach((id, seq) => { const e = makeEvent(id); ins.run(id, seq, e.source, e.sourceCountry, e.target, e.targetCountry, e.code, e.root, JSON.stringify(e)); });
  old.close();
  const s1 = new SqliteStore(path);
  assert.deepEqual((await s1.listEvents()).map((e) => e.id), ['second', 'first'], 'old events listed in their order');
  await s1.saveBatch([item(makeArticle('u1'), [makeMention()])]);
  await s1.close();
  const db = new Database(path, { readonly: true });
  const version = (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
  db.close();
  assert.equal(version, MIGRATIONS.length);
  assert.ok(indexes.includes('mentions_pair') && indexes.includes('articles_duplicate_of'), `indexes: ${indexes.join(', ')}`);
  const s2 = new SqliteStore(path);
  try {
    assert.deepEqual((await s2.listEvents()).map((e) => e.id), ['second', 'first']);
    assert.deepEqual(await s2.mentionPartitions(), [['USA|VEN']]);
  } finally {
    await s2.close();
  }
});

// The Store contract on the embedded SQLite store (a fresh temp file per test), plus file-specific checks.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
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

// The Store contract on PostgreSQL, plus server-specific checks (concurrent openers and writers, reopen).
// Needs STORYLINE_TEST_PG = a postgres:// URL of a server where the tests may CREATE DATABASE (CI starts one);
// without it the server tests are skipped with a message. Each run works in a fresh database, dropped afterwards,
// and each store gets a fresh schema in it (selected with the connection's search_path).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresStore, tsQuery } from '../../src/store/postgres.js';
import { openStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import type { Store } from '../../src/store/types.js';
import { storeContract, item, makeArticle, makeMention, makeEvent } from './store-contract.js';
import { SERVER, pgDatabase } from '../pg.js';

describe('postgres: user query → tsquery', () => {
  test('words are ANDed, phrases adjacent, * is a prefix', () => {
    assert.equal(tsQuery('sanctions relief'), 'sanctions & relief');
    assert.equal(tsQuery('"sanctions relief"'), '(sanctions <-> relief)');
    assert.equal(tsQuery('negotiat*'), 'negotiat:*');
    assert.equal(tsQuery('peace talk*'), 'peace & talk:*');
    assert.equal(tsQuery("Maduro's"), '(Maduro <-> s)');
  });
  test('operators in the input stay out of the tsquery', () => {
    assert.equal(tsQuery(`"'; DROP TABLE`), 'DROP & TABLE');
    assert.equal(tsQuery('a & b | !c <-> (d):*'), 'a & b & c & d');
    assert.equal(tsQuery('*'), '');
    assert.equal(tsQuery(''), '');
    assert.equal(tsQuery('x'.repeat(300)), '', 'over-long words are dropped');
    for (const q of [`'`, `"`, `\\`, `$1`, `:*`, `<->`, `!`, `(`, `)`]) assert.doesNotMatch(tsQuery(q), /[^\p{L}\p{N} &():*<>-]/u, q);
  });
});


if (!SERVER) {
  test('postgres store contract', { skip: 'STORYLINE_TEST_PG is not set (a postgres:// URL of a server where tests may CREATE DATABASE); .ci/run sets it' }, () => {});
} else {
  const db = pgDatabase('storyline_test');
  const { dbName, schemaUrl, freshSchema } = db;
  const admin = { query: (sql: string) => db.admin().query(sql) };

  storeContract('postgres', async () => PostgresStore.open(schemaUrl(await freshSchema())));

  describe('postgres store', () => {
    test('openStore() opens a postgres:// URL; data survives close and reopen; migrations run once', async () => {
      const url = schemaUrl(await freshSchema());
      const s1 = await openStore(url);
      assert.equal(s1.kind, 'postgres');
      await s1.saveBatch([item(makeArticle('p1', { text: 'persistent harbour' }), [makeMention()])]);
      await s1.replaceEvents([makeEvent('ev1')]);
      await s1.close();
      const s2 = await openStore(url);
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
      const schema = new URL(url).searchParams.get('options')!.split('=')[1];
      const v = await admin.query(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
      assert.deepEqual(v.rows.map((r) => r.version), MIGRATIONS.map((_, i) => i + 1));
    });

    test('concurrent openers of an empty schema do not race the migrations', async () => {
      const schema = await freshSchema();
      const stores = await Promise.all(Array.from({ length: 5 }, () => PostgresStore.open(schemaUrl(schema))));
      await Promise.all(stores.map((s) => s.close()));
      const v = await admin.query(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
      assert.deepEqual(v.rows.map((r) => r.version), MIGRATIONS.map((_, i) => i + 1));
    });

    test('concurrent writers get unique, dense article order numbers', async () => {
      const schema = await freshSchema();
      const stores: Store[] = await Promise.all([0, 1, 2].map(() => PostgresStore.open(schemaUrl(schema))));
      try {
        await Promise.all(
          stores.map((s, w) =>
            (async () => {
              for (let b = 0; b < 4; b++) {
                await s.saveBatch([0, 1, 2].map((i) => item(makeArticle(`w${w}b${b}i${i}`), [makeMention()])));
              }
            })(),
          ),
        );
        const arts = await stores[0]!.listArticles();
        assert.equal(arts.length, 36);
        assert.equal(new Set(arts.map((a) => a.id)).size, 36);
        const seqs = await admin.query(`SELECT seq FROM ${schema}.articles ORDER BY seq`);
        assert.deepEqual(seqs.rows.map((r) => Number(r.seq)), Array.from({ length: 36 }, (_, i) => i + 1));
        // A batch stays contiguous in the order, whoever else was writing.
        const pos = new Map(arts.map((a, i) => [a.id, i]));
        for (let w = 0; w < 3; w++) for (let b = 0; b < 4; b++) assert.equal(pos.get(`w${w}b${b}i2`)! - pos.get(`w${w}b${b}i0`)!, 2);
        assert.equal((await stores[1]!.listMentions()).length, 36);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    test('readers see the old events or the new ones, never a mix, while replaceEvents runs', async () => {
      const schema = await freshSchema();
      const [writer, reader] = await Promise.all([PostgresStore.open(schemaUrl(schema)), PostgresStore.open(schemaUrl(schema))]);
      try {
        await writer.replaceEvents(Array.from({ length: 10 }, (_, i) => makeEvent(`old${i}`)));
        const seen = new Set<number>();
        let done = false;
        const replacing = writer.replaceEvents(Array.from({ length: 6000 }, (_, i) => makeEvent(`new${i}`))).finally(() => (done = true));
        for (let polls = 0; !done && polls < 500; polls++) seen.add((await reader.listEvents()).length);
        await replacing;
        seen.add((await reader.listEvents()).length);
        for (const n of seen) assert.ok(n === 10 || n === 6000, `a reader saw ${n} events`);
        assert.ok(seen.has(6000));
      } finally {
        await Promise.all([writer.close(), reader.close()]);
      }
    });

    test('search uses the full-text index', async () => {
      const schema = await freshSchema();
      const s = await PostgresStore.open(schemaUrl(schema));
      await s.close();
      const c = new pg.Client({ connectionString: schemaUrl(schema) });
      await c.connect();
      try {
        await c.query('SET enable_seqscan = off');
        const plan = await c.query(`EXPLAIN SELECT id FROM articles WHERE fts @@ to_tsquery('simple', 'word')`);
        assert.match(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), /articles_fts/);
      } finally {
        await c.end();
      }
    });

    test('indexing does not depend on the database locale (LC_CTYPE "C")', async () => {
      const cName = `${dbName}_c`;
      const root = new pg.Client({ connectionString: SERVER });
      await root.connect();
      try {
        await root.query(`CREATE DATABASE ${cName} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'`);
        const u = new URL(SERVER!);
        u.pathname = `/${cName}`;
        const s = await PostgresStore.open(u.toString());
        try {
          await s.saveBatch([item(makeArticle('c1', { text: '“Hello,” the minister said — the envoy’s visit… ended.' }))]);
          for (const q of ['hello', 'said', 'envoy', 'visit', 'ended', '"hello the minister"']) {
            assert.deepEqual((await s.search(q)).map((h) => h.articleId), ['c1'], q);
          }
        } finally {
          await s.close();
        }
      } finally {
        await root.query(`DROP DATABASE IF EXISTS ${cName} WITH (FORCE)`);
        await root.end();
      }
    });

    test('an unreachable server fails open() promptly', async () => {
      const u = new URL(SERVER!);
      u.port = '1'; // nothing listens on port 1
      await assert.rejects(PostgresStore.open(u.toString()));
    });
  });
}

// The ingest pipeline on a real SQLite store: duplicates point at the earliest copy, batches, resumable re-ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingest } from '../../src/pipeline/index.js';
import { tempDir } from '../helpers.js';

const STORY = `The central bank of Norway raised its main interest rate by a quarter of a percentage point on Thursday, the fourth increase this year, and signalled that borrowing costs would stay high well into next year as inflation remains above its target.
Governor Ida Wolden Bache told reporters in Oslo that the krone's weakness had pushed up import prices and that the bank was prepared to act again if needed.
Economists had been divided ahead of the meeting, with roughly half expecting the bank to hold rates steady after a slowdown in consumer spending over the summer months.
The decision was welcomed by savers' associations but criticised by the country's largest homebuilders, who said higher mortgage costs were already depressing sales of new flats.`;

const rec = (published: string, text: string, url: string) => JSON.stringify({ url, published, text });

test('duplicateOf names the earliest copy even when a later copy was ingested first', async () => {
  const dir = tempDir();
  const store = new SqliteStore(join(dir, 'p.db'));
  writeFileSync(join(dir, 'late.jsonl'), rec('2024-09-21', STORY + '\nCopyright 2024 Syndicate Ltd. All rights reserved.', 'https://b.example/late') + '\n' + rec('2024-09-22', 'OSLO (Wire) - ' + STORY, 'https://c.example/later'));
  writeFileSync(join(dir, 'early.jsonl'), rec('2024-09-19', STORY, 'https://a.example/orig'));
  const s1 = await ingest(store, [join(dir, 'late.jsonl')]);
  assert.equal(s1.added, 2);
  assert.equal(s1.duplicates, 1);
  const s2 = await ingest(store, [join(dir, 'early.jsonl')]);
  assert.equal(s2.added, 1);
  const arts = await store.listArticles();
  const orig = arts.find((a) => a.url === 'https://a.example/orig')!;
  assert.equal(orig.duplicateOf, null);
  for (const a of arts.filter((x) => x !== orig)) assert.equal(a.duplicateOf, orig.id, a.url ?? '');
  await store.close();
});

test('small batches: every batch committed, re-ingest adds nothing and the events are merged once', async () => {
  const dir = tempDir();
  const store = new SqliteStore(join(dir, 'p.db'));
  const lines = Array.from({ length: 7 }, (_, i) => rec(`2024-0${1 + (i % 9)}-1${i}`, `Story ${i}: the foreign ministers of Peru and Ecuador met in Lima on Monday to discuss border security number ${i}, officials said. ${'They agreed to continue the talks. '.repeat(1 + i)}`, `https://news${i}.example/x`));
  writeFileSync(join(dir, 'all.jsonl'), lines.join('\n'));
  const s = await ingest(store, [join(dir, 'all.jsonl')], { batchSize: 2 });
  assert.equal(s.added + s.skipped, 7);
  assert.equal((await store.listArticles()).length, s.added);
  const again = await ingest(store, [join(dir, 'all.jsonl')], { batchSize: 2 });
  assert.equal(again.added, 0);
  assert.equal(again.skipped, 7);
  await store.close();
});

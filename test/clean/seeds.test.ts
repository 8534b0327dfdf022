// Golden test: the five seed scrapes in examples/ against the per-article expectations of the spec.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../src/clean/index.js';

interface Range { from?: string; to?: string; nullOk?: boolean }
interface Want {
  title?: string | null;
  url?: string | null;
  source?: string;
  published?: Range | null;
  language?: string;
  paragraphs?: number;
  textIncludes?: string[];
  textExcludes?: string[];
  textCounts?: Record<string, { min?: number; max?: number }>;
}

const spec = JSON.parse(readFileSync('test/fixtures/clean/seed-expectations.json', 'utf8')) as { articles: Record<string, Want> };

function inRange(value: string | null, range: Range | null): boolean {
  if (range === null) return value === null;
  if (value === null) return !!range.nullOk;
  const d = value.slice(0, 10);
  return (!range.from || d >= range.from) && (!range.to || d <= range.to);
}

function count(hay: string, needle: string): number {
  let n = 0, i = 0;
  while ((i = hay.indexOf(needle, i)) !== -1) { n++; i += needle.length; }
  return n;
}

for (const [file, want] of Object.entries(spec.articles)) {
  test(`seed ${file}`, () => {
    const a = cleanDocument({ origin: join('examples', file), text: readFileSync(join('examples', file), 'utf8') });
    if ('title' in want) assert.equal(a.title, want.title);
    if ('url' in want) assert.equal(a.url, want.url);
    if ('source' in want) assert.equal(a.source, want.source);
    if ('published' in want) assert.ok(inRange(a.published, want.published!), `published ${a.published}`);
    if ('language' in want) assert.equal(a.language, want.language);
    if ('paragraphs' in want) assert.equal(a.text.split(/\n\s*\n/).filter((p) => p.trim()).length, want.paragraphs);
    for (const s of want.textIncludes ?? []) assert.ok(a.text.includes(s), `lost "${s}"`);
    for (const s of want.textExcludes ?? []) assert.ok(!a.text.includes(s), `kept "${s}"`);
    for (const [s, r] of Object.entries(want.textCounts ?? {})) {
      const n = count(a.text, s);
      assert.ok((r.min ?? 0) <= n && n <= (r.max ?? Infinity), `"${s}" ×${n}`);
    }
    // Every removal carries a reason, and the title line never stays in the text.
    for (const r of a.removed) assert.ok(r.reason.length > 0);
    if (a.title) assert.ok(!a.text.split('\n\n').includes(a.title));
  });
}

test('seed 003: page date above the title is kept apart, the dateline under it wins', () => {
  const a = cleanDocument({ origin: 'x', text: readFileSync('examples/003_c57decea23ef6a0a.txt', 'utf8') });
  assert.equal(a.publishedFrom, 'byline');
  assert.equal(a.pageDate, '2024-04-26');
});

test('seed 004: the site-header date is a page date, contradicted by the body', () => {
  const a = cleanDocument({ origin: 'x', text: readFileSync('examples/004_d463f305805cc310.txt', 'utf8') });
  assert.equal(a.pageDate, '2022-11-29');
  assert.notEqual(a.published?.slice(0, 10), '2022-11-29');
  assert.ok(a.dateCandidates.some((c) => c.from === 'body-anchor' && c.value === '2022-03-05'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actorLabel } from '../../src/serve/labels.js';

test('data/serve/sectors.json: 3-letter upper-case codes with non-empty lower-case names', () => {
  const data = JSON.parse(readFileSync(new URL('../../data/serve/sectors.json', import.meta.url), 'utf8')) as { sectors: Record<string, string> };
  const entries = Object.entries(data.sectors);
  assert.ok(entries.length >= 20);
  for (const [code, name] of entries) {
    assert.match(code, /^[A-Z]{3}$/, code);
    assert.match(name, /^[a-z][a-z -]+$/, `${code}: ${name}`);
  }
  for (const c of ['GOV', 'MIL', 'OPP', 'REB', 'BUS', 'MED']) assert.ok(data.sectors[c], c);
});

test('actorLabel names countries, roles and organisations, and keeps unknown codes', () => {
  assert.equal(actorLabel('VEN'), 'Venezuela');
  assert.equal(actorLabel('usagov'), 'United States · government');
  assert.equal(actorLabel('VENMIL'), 'Venezuela · military');
  assert.equal(actorLabel('USAGOVMIL'), 'United States · government military');
  assert.equal(actorLabel('IGOUNO'), 'United Nations');
  assert.equal(actorLabel('XYZ'), 'XYZ');
  assert.equal(actorLabel('VENQQQ'), 'Venezuela · QQQ');
});

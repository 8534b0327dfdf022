import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameo, allCodes } from '../../src/events/index.js';
import { readData } from '../../src/actors/index.js';

test('CAMEO facts: root, Goldstein, PLOVER, QuadClass', () => {
  const c = cameo('163');
  assert.equal(c.root, '16'); assert.equal(c.goldstein, -8); assert.equal(c.plover, 'COERCE'); assert.equal(c.quadClass, 4);
  assert.equal(cameo('042').quadClass, 1);
  assert.equal(cameo('0841').plover, 'RETREAT');
  assert.equal(cameo('091').quadClass, 2); // 09 counts as material cooperation (GDELT convention)
  assert.equal(cameo('141').quadClass, 3); // 14 counts as verbal conflict
  assert.equal(cameo('0211').plover, 'REQUEST'); // root 02 → REQUEST
  assert.equal(cameo('010').plover, ''); // root 01: no PLOVER counterpart
  assert.equal(cameo('1121').plover, 'ACCUSE');
  assert.equal(cameo('106').name, 'Demand meeting, negotiation'); // ICEWS numbering
});

test('a code without its own PLOVER line carries its parent\'s', () => {
  for (const c of allCodes()) if (Number(c.root) >= 3) assert.ok(c.plover, c.code);
});

test('every pattern code exists and every root 01–20 has verb patterns', () => {
  const verbs = readData<{ patterns: Record<string, string[]> }>('events/en/verbs.json').patterns;
  const nouns = readData<{ patterns: Record<string, string[]> }>('events/en/nouns.json').patterns;
  const known = new Set(allCodes().map((c) => c.code));
  for (const code of [...Object.keys(verbs), ...Object.keys(nouns)]) assert.ok(known.has(code), code);
  const roots = new Set(Object.keys(verbs).map((c) => c.slice(0, 2)));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
});

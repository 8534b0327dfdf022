// Pure helpers of the stores: the pair key's notion of a blank country, and merge partitions from pair keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JS_TRIM_CHARS, partitionPairKeys } from '../../src/store/rows.js';

test('JS_TRIM_CHARS are exactly the characters String.prototype.trim() removes', () => {
  const trimmed: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (String.fromCharCode(c).trim() === '') trimmed.push(String.fromCharCode(c));
  assert.deepEqual([...JS_TRIM_CHARS].sort(), trimmed.sort());
});

test('partitionPairKeys joins the keys of one wire-copy group, transitively, and keeps the others apart', () => {
  const link = (g: string, pk: string) => ({ g_root: g, g_code: '042', g_source: 'IGOUNO', g_target: 'X', pk });
  const parts = partitionPairKeys(['D|E', 'A|B', 'C|D', 'F|G', 'B|C', 'H|I'], [link('g1', 'A|B'), link('g1', 'C|D'), link('g2', 'C|D'), link('g2', 'D|E'), link('g3', 'H|I')]);
  assert.deepEqual(parts, [['A|B', 'C|D', 'D|E'], ['B|C'], ['F|G'], ['H|I']]);
  assert.deepEqual(partitionPairKeys([], []), []);
});

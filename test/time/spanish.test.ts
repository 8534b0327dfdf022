// Spanish time expressions, read with { lang: 'es' }: the hand-written table (test/time/cases-es.ts, written before
// the rules), cases from real AFP sentences, and the blind set (test/time/blind-es.ts, measured once before the changes
// it led to: 33/45).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from '../../src/time/index.js';
import { CASES_ES, CASES_ES_AFP } from './cases-es.js';
import { BLIND_ES } from './blind-es.js';
import { checkCase } from './check-case.js';

test('at least 150 hand-written Spanish cases', () => {
  assert.ok(CASES_ES.length >= 150, `only ${CASES_ES.length} cases`);
});

const ALL = [...CASES_ES.map((c, i) => ['table', i, c] as const), ...CASES_ES_AFP.map((c, i) => ['afp', i, c] as const), ...BLIND_ES.map((c, i) => ['blind', i, c] as const)];

for (const [set, i, c] of ALL) {
  test(`es ${set} ${i}: "${c.expr}" in "${c.text}" (ref ${c.ref ?? 'none'})`, () => {
    checkCase(c, findTimeExpressions(c.text, c.ref, { lang: 'es' }));
  });
}

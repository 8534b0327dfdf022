// Spanish time expressions, read with { lang: 'es' }: the hand-written table (test/time/cases-es.ts, written before
// the rules), cases from real AFP sentences, and the blind set (test/time/blind-es.ts, measured once before the changes
// it led to: 33/45).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions } from '../../src/time/index.js';
import { CASES_ES, CASES_ES_AFP } from './cases-es.js';
import { BLIND_ES } from './blind-es.js';

test('at least 150 hand-written Spanish cases', () => {
  assert.ok(CASES_ES.length >= 150, `only ${CASES_ES.length} cases`);
});

const ALL = [...CASES_ES.map((c, i) => ['table', i, c] as const), ...CASES_ES_AFP.map((c, i) => ['afp', i, c] as const), ...BLIND_ES.map((c, i) => ['blind', i, c] as const)];

for (const [set, i, c] of ALL) {
  test(`es ${set} ${i}: "${c.expr}" in "${c.text}" (ref ${c.ref ?? 'none'})`, () => {
    const found = findTimeExpressions(c.text, c.ref, { lang: 'es' });
    for (const e of found) assert.equal(c.text.slice(e.start, e.end), e.text, 'offsets must point at the text');
    if (c.value === 'NONE') {
      const at = c.text.indexOf(c.expr);
      assert.ok(at >= 0);
      const hit = found.find((e) => e.start < at + c.expr.length && at < e.end);
      assert.equal(hit, undefined, `"${c.expr}" must not be a time expression, got ${JSON.stringify(hit)}`);
      return;
    }
    const e = found.find((x) => x.text === c.expr);
    assert.ok(e, `no expression "${c.expr}"; found ${JSON.stringify(found.map((x) => [x.text, x.value]))}`);
    assert.equal(e.value, c.value, `value of "${c.expr}"`);
    if (c.type) assert.equal(e.type, c.type);
    if (c.start) assert.equal(e.interval?.start, c.start);
    if (c.end) assert.equal(e.interval?.end, c.end);
    if (c.precision) assert.equal(e.precision, c.precision);
    if (c.value === null) assert.ok(e.reason && e.reason.length > 0, 'an unresolved expression says why');
    if (c.reason) assert.match(e.reason ?? '', c.reason);
  });
}

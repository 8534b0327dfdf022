// Checks one table case (test/time/cases*.ts) against what the time stage found in its text.
import assert from 'node:assert/strict';
import type { TimeExpression } from '../../src/types.js';
import type { Case } from './cases.js';

/** The expressions overlapping the case's expression text. */
function overlapping(c: Case, found: TimeExpression[]): TimeExpression[] {
  const at = c.text.indexOf(c.expr);
  assert.ok(at >= 0, `"${c.expr}" is not in the text`);
  return found.filter((e) => e.start < at + c.expr.length && at < e.end);
}

export function checkCase(c: Case, found: TimeExpression[]): void {
  for (const e of found) assert.equal(c.text.slice(e.start, e.end), e.text, 'offsets must point at the text');
  if (c.value === 'NONE') {
    const hit = overlapping(c, found)[0];
    assert.equal(hit, undefined, `"${c.expr}" must not be a time expression, got ${JSON.stringify(hit)}`);
    return;
  }
  if (c.value === 'NONE_YEAR') {
    // the text may be part of a time expression, but no expression reads a year into it
    const year = overlapping(c, found).find((e) => e.precision === 'year');
    assert.equal(year, undefined, `"${c.expr}" must not be read as a year, got ${JSON.stringify(year)}`);
    return;
  }
  const e = found.find((x) => x.text === c.expr);
  assert.ok(e, `no expression "${c.expr}"; found ${JSON.stringify(found.map((x) => [x.text, x.value]))}`);
  assert.equal(e.value, c.value, `value of "${c.expr}"`);
  if (c.type) assert.equal(e.type, c.type);
  if (c.start) assert.equal(e.interval?.start, c.start);
  if (c.end) assert.equal(e.interval?.end, c.end);
  if (c.precision) assert.equal(e.precision, c.precision);
  if (c.value === null) {
    assert.ok(e.reason && e.reason.length > 0, 'an unresolved expression says why');
    assert.equal(e.interval, null);
  }
  if (c.reason) assert.match(e.reason ?? '', c.reason);
}

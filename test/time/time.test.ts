import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeExpressions, findTimeExpressionsAnchored, intervalOf } from '../../src/time/index.js';
import { CASES } from './cases.js';
import { checkCase } from './check-case.js';

test('at least 200 hand-written cases', () => {
  assert.ok(CASES.length >= 200, `only ${CASES.length} cases`);
});

for (const [i, c] of CASES.entries()) {
  test(`case ${i}: "${c.expr}" in "${c.text}" (ref ${c.ref ?? 'none'})`, () => {
    checkCase(c, findTimeExpressions(c.text, c.ref, c.locale ? { locale: c.locale } : {}));
  });
}

test('intervalOf covers the TIMEX3 value forms', () => {
  assert.deepEqual(intervalOf('2022-03-05'), { start: '2022-03-05', end: '2022-03-05', precision: 'day' });
  assert.deepEqual(intervalOf('2024-02'), { start: '2024-02-01', end: '2024-02-29', precision: 'month' });
  assert.deepEqual(intervalOf('2023-Q4'), { start: '2023-10-01', end: '2023-12-31', precision: 'quarter' });
  assert.deepEqual(intervalOf('2019'), { start: '2019-01-01', end: '2019-12-31', precision: 'year' });
  assert.deepEqual(intervalOf('199X'), { start: '1990-01-01', end: '1999-12-31', precision: 'decade' });
  assert.deepEqual(intervalOf('2024-W01'), { start: '2024-01-01', end: '2024-01-07', precision: 'week' });
  assert.deepEqual(intervalOf('2022-W09-WE'), { start: '2022-03-05', end: '2022-03-06', precision: 'week' });
  assert.deepEqual(intervalOf('2020-W53'), { start: '2020-12-28', end: '2021-01-03', precision: 'week' });
  assert.deepEqual(intervalOf('2023-WI'), { start: '2023-12-01', end: '2024-02-29', precision: 'quarter' });
  assert.deepEqual(intervalOf('2022-03-08T09:54'), { start: '2022-03-08', end: '2022-03-08', precision: 'day' });
  assert.equal(intervalOf('PAST_REF'), null);
  assert.equal(intervalOf('P2Y'), null);
  assert.equal(intervalOf('XXXX-WXX'), null);
  assert.equal(intervalOf('2023-02-30'), null);
});

test('tense can be switched off: a bare weekday then always points back', () => {
  const [e] = findTimeExpressions('The delegation will travel to Geneva on Friday.', '2024-07-03', { tense: false });
  assert.equal(e?.value, '2024-06-28');
});

test('several expressions keep text order and do not overlap', () => {
  const t = 'On Monday, March 7, 2022, officials said talks held at the weekend would resume next week and last until 2023.';
  const found = findTimeExpressions(t, '2022-03-08');
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start);
  assert.deepEqual(found.map((e) => e.value), ['2022-03-07', '2022-W09-WE', '2022-W11', '2023']);
});

test('empty and date-free text', () => {
  assert.deepEqual(findTimeExpressions('', '2024-07-03'), []);
  assert.deepEqual(findTimeExpressions('The minister spoke to reporters about oil.', '2024-07-03'), []);
});

test('a duration counted from another time is anchored: its interval is the time it lands on', () => {
  const [later] = findTimeExpressions('The envoy landed on March 3. Three days later, talks began.', '2024-07-03').filter((e) => e.type === 'DURATION');
  assert.equal(later?.anchored, true);
  assert.deepEqual(later?.interval, { start: '2024-03-06', end: '2024-03-06' });
  // counted from an event the stage cannot date, or with a vague count: a plain duration, no interval
  for (const [t, expr] of [['The strike ended ten days before the vote.', 'ten days'], ['A few days later, the army withdrew.', 'A few days']] as const) {
    const e = findTimeExpressions(t, '2024-07-03').find((x) => x.text === expr);
    assert.equal(e?.type, 'DURATION');
    assert.equal(e?.interval, null);
    assert.equal(e?.anchored, undefined);
  }
  // no reference date and no date before it: the length is known, the day is not
  const [alone] = findTimeExpressions('Three days later, talks began.', null);
  assert.deepEqual([alone?.value, alone?.interval, alone?.anchored], ['P3D', null, true]);
  // nor is the reference date a day to count from: "later" would land after publication
  const [unnamed] = findTimeExpressions('Three days later, talks began.', '2024-07-03');
  assert.deepEqual([unnamed?.value, unnamed?.interval, unnamed?.anchored], ['P3D', null, true]);
  assert.match(unnamed?.reason ?? '', /does not date/);
  // a plain duration is not anchored even when its interval is known ("the past two months" measures a span)
  const [span] = findTimeExpressions('Sales dropped in the past two months.', '2024-07-03');
  assert.equal(span?.anchored, undefined);
});

test('a seeded anchor stands for the text before: a piece read alone counts from it, and says what it leaves', () => {
  // the same as reading both sentences together
  const both = findTimeExpressions('The talks opened on 4 March. Two days later, the envoys left.', '2024-03-20');
  const first = findTimeExpressionsAnchored('The talks opened on 4 March.', '2024-03-20');
  assert.equal(first.anchor, '2024-03-04');
  const second = findTimeExpressionsAnchored('Two days later, the envoys left.', '2024-03-20', { anchor: first.anchor });
  assert.deepEqual(second.expressions[0]?.interval, both[1]?.interval);
  assert.deepEqual(second.expressions[0]?.interval, { start: '2024-03-06', end: '2024-03-06' });
  // "the next day" counts from the anchor, not from the reference date; a month anchors "later that month"
  assert.equal(findTimeExpressionsAnchored('The next day, the envoys left.', '2024-03-20', { anchor: '2024-03-04' }).expressions[0]?.value, '2024-03-05');
  // an expression counted from the anchor does not replace it; a piece with none leaves the seed
  assert.equal(second.anchor, '2024-03-04');
  assert.equal(findTimeExpressionsAnchored('The envoys left.', '2024-03-20', { anchor: '2024-03-04' }).anchor, '2024-03-04');
  // no seed: as before, nothing to count from
  assert.equal(findTimeExpressionsAnchored('Two days later, the envoys left.', '2024-03-20').expressions[0]?.interval, null);
  // a week names no anchor
  assert.equal(findTimeExpressionsAnchored('The envoys left.', '2024-03-20', { anchor: '2024-W10' }).expressions.length, 0);
});

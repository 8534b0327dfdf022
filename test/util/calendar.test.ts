import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayDiff, daysInMonth, isDayString, pad, parseDay, validDay } from '../../src/util/calendar.js';

test('pad', () => {
  assert.equal(pad(3), '03');
  assert.equal(pad(12), '12');
  assert.equal(pad(987, 4), '0987');
});

test('validDay and daysInMonth follow the Gregorian calendar', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.ok(validDay(2024, 2, 29));
  assert.ok(!validDay(2023, 2, 29));
  assert.ok(!validDay(2024, 13, 1));
  assert.ok(!validDay(2024, 4, 31));
  assert.ok(!validDay(2024, 4, 0));
  assert.ok(!validDay(2024, 4, 1.5));
});

test('parseDay reads the day a date or date-time starts with; isDayString wants exactly a day', () => {
  assert.deepEqual(parseDay('2024-07-03'), { y: 2024, m: 7, d: 3 });
  assert.deepEqual(parseDay('2024-07-03T10:00Z'), { y: 2024, m: 7, d: 3 });
  assert.equal(parseDay('2024-02-30'), null);
  assert.equal(parseDay('July 3'), null);
  assert.ok(isDayString('2024-07-03'));
  assert.ok(!isDayString('2024-07-03T10:00'));
  assert.ok(!isDayString('2024-13-45'));
});

test('dayDiff counts days from the second to the first, across months, years and leap days', () => {
  assert.equal(dayDiff('2024-07-03', '2024-07-01'), 2);
  assert.equal(dayDiff('2024-07-01', '2024-07-03'), -2);
  assert.equal(dayDiff('2024-03-01', '2024-02-28'), 2);
  assert.equal(dayDiff({ y: 2025, m: 1, d: 1 }, { y: 2024, m: 12, d: 31 }), 1);
  assert.equal(dayDiff('2024-07-03T23:00Z', '2024-07-03'), 0);
});

// The TempEval-3-style scorer of scripts/eval-time.ts on a hand-written TimeML fixture (no corpus needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyScore, normValue, parseTimeML, sameValue, scoreDoc, type SysTimex } from '../../scripts/eval-time.js';

const XML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-07-03" functionInDocument="CREATION_TIME">20240703</TIMEX3></DCT>
<TEXT>
The council met <TIMEX3 tid="t1" type="DATE" value="2024-07-01">Monday</TIMEX3> &amp; agreed to meet
<TIMEX3 tid="t2" type="SET" value="P1W">weekly</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P1Y">a year</TIMEX3>,
starting <TIMEX3 tid="t4" type="DATE" value="2024-09">in September</TIMEX3>.
</TEXT>
</TimeML>`;

const doc = parseTimeML(XML, 'fixture.tml')!;
const at = (s: string) => doc.text.indexOf(s);
const sys = (text: string, type: string, value: string | null, extent = text): SysTimex => ({ start: at(extent), end: at(extent) + extent.length, text: extent, type, value });

test('parseTimeML reads the DCT, the text with entities decoded and the gold extents', () => {
  assert.equal(doc.dct, '2024-07-03');
  assert.ok(doc.text.includes('Monday & agreed'));
  assert.deepEqual(doc.gold.map((g) => [g.text, g.type, g.value]), [
    ['Monday', 'DATE', '2024-07-01'], ['weekly', 'SET', 'P1W'], ['a year', 'DURATION', 'P1Y'], ['in September', 'DATE', '2024-09'],
  ]);
  for (const g of doc.gold) assert.equal(doc.text.slice(g.start, g.end), g.text);
});

test('values are compared modulo notational variants only', () => {
  assert.equal(normValue('199X'), normValue('199'));
  assert.equal(normValue('2024-W7'), normValue('2024-W07'));
  assert.equal(normValue('2024-07-03T17:00'), normValue('2024-07-03T17'));
  assert.equal(normValue('P2Q'), 'P6M');
  assert.equal(normValue('P1E'), 'P10Y');
  assert.notEqual(normValue('2024-07'), normValue('2024-07-01'));
  assert.notEqual(normValue('PAST_REF'), normValue('PXY'));
  // the period forms of a set are the same only for a SET
  assert.ok(sameValue('XXXX-WXX', { start: 0, end: 0, text: '', type: 'SET', value: 'P1W' }));
  assert.ok(!sameValue('XXXX', { start: 0, end: 0, text: '', type: 'DURATION', value: 'P1Y' }));
});

test('scoring: relaxed and strict spans, value and type on relaxed matches, one system expression per gold', () => {
  const found = [
    sys('Monday', 'DATE', '2024-07-01'), // exact, right value
    sys('weekly', 'SET', 'XXXX-WXX'), // exact, right value (set notation)
    sys('a year', 'SET', 'XXXX'), // exact, wrong value and type
    sys('September', 'DATE', '2023-09'), // relaxed only, wrong value
    sys('council', 'DATE', 'PRESENT_REF'), // false positive
  ];
  const s = scoreDoc(doc, found, emptyScore(), true);
  assert.deepEqual({ gold: s.gold, sys: s.sys, relaxed: s.relaxed, strict: s.strict, valueOk: s.valueOk, typeOk: s.typeOk },
    { gold: 4, sys: 5, relaxed: 4, strict: 3, valueOk: 2, typeOk: 3 });
  assert.deepEqual(s.errors.map((e) => e.split('\t')[0]).sort(), ['FP', 'SPAN', 'VAL', 'VAL']);
  // two system expressions inside one gold extent: only one is matched, the other counts as a false positive
  const g = at('in September');
  const split = scoreDoc(doc, [{ start: g, end: g + 2, text: 'in', type: 'DATE', value: '2024-09' }, sys('September', 'DATE', '2024-09')], emptyScore());
  assert.deepEqual([split.relaxed, split.strict, split.valueOk, split.sys], [1, 0, 1, 2]);
});

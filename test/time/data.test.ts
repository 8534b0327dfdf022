import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, LEX, PATTERNS, expand, parseNumber } from '../../src/time/lexicon.js';

test('every rule compiles and matches each of its examples in full', () => {
  assert.ok(RULES.length > 20);
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
    ids.add(r.id);
    assert.ok(r.examples && r.examples.length > 0, `rule ${r.id} has no examples`);
    for (const example of r.examples!) {
      // "context [match]": a rule with a lookbehind matches the bracketed part of its example
      const bracket = /^(.*)\[(.+)\](.*)$/.exec(example);
      if (bracket) {
        const text = bracket[1]! + bracket[2]! + bracket[3]!;
        const found = [...text.matchAll(new RegExp(expand(r.re), r.flags ?? 'gi'))].map((m) => [m.index, m[0].trim()]);
        assert.ok(found.some(([at, m]) => at === bracket[1]!.length && m === bracket[2]), `rule ${r.id} does not match "${bracket[2]}" in "${text}" (got ${JSON.stringify(found)})`);
        continue;
      }
      const ex = example;
      const re = new RegExp(expand(r.re), r.flags ?? 'gi');
      const matches = [...ex.matchAll(re)].map((m) => m[0].trim());
      // lookbehind rules are checked inside a short carrier phrase
      const carried = [`for ${ex}`, `at 3 percent ${ex}`].flatMap((t) => [...t.matchAll(new RegExp(expand(r.re), r.flags ?? 'gi'))].map((m) => m[0].trim()));
      assert.ok(matches.includes(ex) || carried.includes(ex) || matches.some((m) => m.replace(/[.,)]$/, '') === ex.replace(/[.,)]$/, '')),
        `rule ${r.id} does not match its example "${ex}" (got ${JSON.stringify(matches)})`);
    }
  }
});

test('lexicon tables are consistent', () => {
  assert.equal(Object.values(LEX.months).filter((m) => m < 1 || m > 12).length, 0);
  assert.deepEqual([...new Set(Object.values(LEX.weekdays))].sort(), [1, 2, 3, 4, 5, 6, 7]);
  for (const w of LEX.monthFalseFriends) assert.ok(w in LEX.months, `false friend ${w} is not a month word`);
  for (const [pl, sg] of Object.entries(LEX.unitPlurals)) assert.ok(sg in LEX.units, `${pl} → ${sg} is not a unit`);
  for (const v of Object.values(LEX.refWords)) assert.match(v, /^(PAST|PRESENT|FUTURE)_REF$/);
  for (const w of LEX.refWordsDiscourse) assert.ok(w in LEX.refWords, `discourse word ${w} is not a ref word`);
  for (const w of LEX.refWordsNotInPast) assert.ok(w in LEX.refWords, `${w} is not a ref word`);
  for (const w of LEX.setAdverbsNotAttributive) assert.ok(w in LEX.setAdverbs, `${w} is not a set adverb`);
  for (const w of [...LEX.functionWords, ...LEX.reportingVerbs]) assert.match(w, /^[a-z]+$/);
  for (const v of Object.values(LEX.setAdverbs)) assert.match(v, /^(XXXX[-WXQTN0-9A-Z]*|PT?\d+[A-Z])$/);
  for (const v of Object.values(PATTERNS.holidays)) assert.match(v, /^(\d\d-\d\d|thanksgiving|labor|memorial|election|easter(?: week|[+-]\d)?)$/);
});

test('number words', () => {
  assert.equal(parseNumber('two'), 2);
  assert.equal(parseNumber('twenty-five'), 25);
  assert.equal(parseNumber('a'), 1);
  assert.equal(parseNumber('12'), 12);
  assert.equal(parseNumber('several'), null);
});

// The rule kinds of data/time/<lang>/patterns.json and the resolvers of src/time/resolve.ts are one closed set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules, english, type RuleSpec } from '../../src/time/language.js';
import { RESOLVERS, RULE_KINDS, isRuleKind } from '../../src/time/resolve.js';

test('every rule kind in the data has a resolver, and every resolver is used by some rule', () => {
  const used = new Set(english().patterns.rules.map((r) => r.kind as string));
  for (const k of used) assert.ok(isRuleKind(k), `kind "${k}" has no resolver`);
  for (const k of RULE_KINDS) assert.ok(used.has(k), `no rule has kind "${k}": its resolver is dead code`);
  assert.deepEqual(Object.keys(RESOLVERS).sort(), [...RULE_KINDS].sort());
});

test('a rule whose kind has no resolver is refused when the rules are loaded', () => {
  const bad = { id: 'x', kind: 'fortnightly', re: 'x' } as unknown as RuleSpec;
  assert.throws(() => compileRules([bad]), /unknown kind "fortnightly"/);
  assert.equal(compileRules([{ id: 'y', kind: 'ref', re: 'now' }])[0]!.priority, 5);
});

// The fuzzing suite in CI: each target (every reader, both cleaners, the time tagger, the coder) runs mutated real
// inputs for a fixed time budget. No exception may escape, every rejected input is named, and no case may take
// longer than CASE_LIMIT_MS. `npm run fuzz` runs the same targets for 100 000 cases and more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TARGETS } from '../../scripts/fuzz/targets.js';

// warcio reports malformed records on console.warn; the reader names them itself (checked below)
console.warn = () => {};

const BUDGET_MS = Number(process.env.STORYLINE_FUZZ_MS ?? 3000);
const CASE_LIMIT_MS = 10_000;
const SEED = Number(process.env.STORYLINE_FUZZ_SEED ?? 14);

for (const target of TARGETS) {
  test(`fuzz ${target.name}: ${target.about}`, { timeout: BUDGET_MS + 4 * CASE_LIMIT_MS + 60_000 }, async () => {
    let cases = 0;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(target.arbitrary(), async (input) => {
        const t0 = performance.now();
        await target.check(input);
        const ms = performance.now() - t0;
        cases++;
        slowest = Math.max(slowest, ms);
        assert.ok(ms < CASE_LIMIT_MS, `one case took ${ms.toFixed(0)} ms (size ${target.size(input)})`);
      }),
      { seed: SEED, numRuns: 1_000_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false, endOnFailure: true },
    );
    process.stderr.write(`# fuzz ${target.name}: ${cases} cases in ${BUDGET_MS} ms, slowest ${slowest.toFixed(0)} ms\n`);
    assert.ok(cases > 0);
  });
}

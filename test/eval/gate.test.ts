// Evaluation gate (as trafilatura's): fails when a development figure drops below its pinned floor. Only sets inside
// the repository are used, so it runs in any clone (no ../shared): the event coder on our own sentences with inline
// texts (eval/events/eval-sentences.jsonl, eval-holdout.jsonl, eval-precision.jsonl, and the wire development sets
// wire-dev to wire-dev10), scored by scripts/eval-events.ts,
// and the time stage on the TimeML fixtures of test/fixtures/time/, scored by scripts/eval-time.ts. The blind sets are
// not gated: they are scored, never tuned on.
//
// Measured when pinned (the floors sit a little below, so that an unrelated small change passes and a real
// regression fails; raise a floor when a figure rises for good, never lower one to make a change pass):
//   eval-sentences  events right 263/294 = 89.5 %   floor 87.5 %   false positives 0/46   at most 0
//   eval-holdout    events right  33/40  = 82.5 %   floor 80.0 %   false positives 0/10   at most 0
//   eval-precision  events right  15/16  = 93.8 %   floor 87.5 %   false positives 2/45   at most 2
//   wire-dev        events right 348/553 = 62.9 %   floor 60.5 %   false positives 1/48   at most 2
//   wire-dev2       events right 234/444 = 52.7 %   floor 50.5 %   false positives 0/64   at most 1
//   wire-dev3       events right 240/476 = 50.4 %   floor 48.0 %   false positives 2/64   at most 3
//   wire-dev4       events right 198/427 = 46.4 %   floor 44.0 %   false positives 3/60   at most 4
//   wire-dev5       events right 200/432 = 46.3 %   floor 44.0 %   false positives 2/60   at most 3
//   wire-dev6       events right 182/384 = 47.4 %   floor 45.0 %   false positives 1/60   at most 2
//   wire-dev7       events right 189/394 = 48.0 %   floor 45.5 %   false positives 1/60   at most 2
//   wire-dev8       events right 185/385 = 48.1 %   floor 46.0 %   false positives 1/60   at most 2
//   wire-dev9       events right 163/437 = 37.3 %   floor 35.0 %   false positives 2/60   at most 3
//   wire-dev10      events right 176/351 = 50.1 %   floor 48.0 %   false positives 2/60   at most 3
//   (the wire development sets were written blind to the coder, then tuned on: eval/events/README.md)
//   test/fixtures/time (7 documents, 53 TIMEX3)     value F1 100.0 %   floor 95.0 %
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateSet } from '../../scripts/eval-events.js';
import { evaluateDir, valueF1 } from '../../scripts/eval-time.js';
import { projectRoot } from '../../src/util/data.js';

const ROOT = projectRoot();

interface EventFloor { set: string; eventsRight: number; maxFalsePositives: number }

const EVENT_FLOORS: EventFloor[] = [
  { set: 'eval-sentences', eventsRight: 0.875, maxFalsePositives: 0 },
  { set: 'eval-holdout', eventsRight: 0.8, maxFalsePositives: 0 },
  { set: 'eval-precision', eventsRight: 0.875, maxFalsePositives: 2 },
  { set: 'wire-dev', eventsRight: 0.605, maxFalsePositives: 2 },
  { set: 'wire-dev2', eventsRight: 0.505, maxFalsePositives: 1 },
  { set: 'wire-dev3', eventsRight: 0.48, maxFalsePositives: 3 },
  { set: 'wire-dev4', eventsRight: 0.44, maxFalsePositives: 4 },
  { set: 'wire-dev5', eventsRight: 0.44, maxFalsePositives: 3 },
  { set: 'wire-dev6', eventsRight: 0.45, maxFalsePositives: 2 },
  { set: 'wire-dev7', eventsRight: 0.455, maxFalsePositives: 2 },
  { set: 'wire-dev8', eventsRight: 0.46, maxFalsePositives: 2 },
  { set: 'wire-dev9', eventsRight: 0.35, maxFalsePositives: 3 },
  { set: 'wire-dev10', eventsRight: 0.48, maxFalsePositives: 3 },
];

const TIME_VALUE_F1_FLOOR = 0.95;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

for (const floor of EVENT_FLOORS) {
  test(`gate: ${floor.set} — events right ≥ ${pct(floor.eventsRight)}, at most ${floor.maxFalsePositives} false positives`, () => {
    const file = join(ROOT, 'eval', 'events', `${floor.set}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length;
    // no corpus folder: every sentence of these sets must be inline, none skipped
    const misses: string[] = [];
    const f = evaluateSet(file, join(ROOT, 'no-corpus'), misses);
    assert.equal(f.skipped, 0, `${floor.set}: sentences without an inline text`);
    assert.equal(f.sentences, lines);
    const right = f.eventsRight / f.events;
    const why = `\n${misses.join('\n')}\n(npm run eval:events -- --verbose --file eval/events/${floor.set}.jsonl)`;
    assert.ok(right >= floor.eventsRight, `${floor.set}: events right ${pct(right)} (${f.eventsRight}/${f.events}) is below the floor ${pct(floor.eventsRight)}${why}`);
    assert.ok(f.falsePositives <= floor.maxFalsePositives, `${floor.set}: ${f.falsePositives} false positives, at most ${floor.maxFalsePositives} allowed${why}`);
  });
}

test(`gate: time value F1 on test/fixtures/time ≥ ${pct(TIME_VALUE_F1_FLOOR)}`, () => {
  const { total } = evaluateDir(join(ROOT, 'test', 'fixtures', 'time'), { errors: true });
  assert.ok(total.docs >= 7 && total.gold >= 50, `the fixtures hold ${total.docs} documents, ${total.gold} TIMEX3`);
  const f1 = valueF1(total);
  assert.ok(f1 >= TIME_VALUE_F1_FLOOR, `value F1 ${pct(f1)} is below the floor ${pct(TIME_VALUE_F1_FLOOR)}\n${total.errors.join('\n')}\n(npm run eval:time -- --dir test/fixtures/time --errors)`);
});

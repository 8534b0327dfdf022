// A worker thread for `npm run bench`'s parallel ceiling: codes the sentences it is given (a warm-up pass first), then,
// on "go", codes them `rounds` times and posts its wall time. Independent copies of this work share nothing but the
// machine, so what two of them gain over one bounds what any two-worker pipeline can gain here.
import { parentPort, workerData } from 'node:worker_threads';
import { codeSentences } from '../../src/events/index.js';

const { sentences, rounds } = workerData as { sentences: string[]; rounds: number };
for (const s of sentences) codeSentences(s, '2024-06-01');
parentPort!.on('message', () => {
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of sentences) codeSentences(s, '2024-06-01');
  parentPort!.postMessage(performance.now() - t0);
});
parentPort!.postMessage('ready');

// The stage-boundary rule of eslint.config.js: a module imports another stage only through its index.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const lint = async (file: string, code: string) => {
  const [r] = await new ESLint().lintText(code, { filePath: file });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').length;
};

test('an import into another stage must go through its index.ts; its own folder, util/ and types.ts are free', async () => {
  assert.equal(await lint('src/serve/x.ts', "import type { Store } from '../store/types.js';\nexport type S = Store;\n"), 1);
  assert.equal(await lint('src/cli/commands/x.ts', "import { processDoc } from '../../pipeline/process.js';\nexport const w = processDoc;\n"), 1);
  assert.equal(await lint('src/serve/x.ts', "import type { Store } from '../store/index.js';\nexport type S = Store;\n"), 0);
  assert.equal(await lint('src/cli/commands/x.ts', "import { flagString } from '../args.js';\nimport { pad } from '../../util/calendar.js';\nimport type { Article } from '../../types.js';\nexport const f = [flagString, pad];\nexport type A = Article;\n"), 0);
});

test('a dynamic import() obeys the same boundary', async () => {
  assert.equal(await lint('src/cli/commands/x.ts', "export const f = () => import('../../ingest/feed.js');\n"), 1);
  assert.equal(await lint('src/cli/commands/x.ts', "export const f = () => import('../../ingest/index.js');\n"), 0);
  assert.equal(await lint('src/ingest/x.ts', "export const f = () => import('./feed.js');\n"), 0);
});

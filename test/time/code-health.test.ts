// Keeps the time stage's functions short enough to read: none over 120 lines (issue 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_LINES = 120;

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else if (n.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every function-like node of a source file with its line count. */
export function functionLengths(path: string, text: string): { name: string; lines: number }[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const out: { name: string; lines: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line, b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      const name = (n as ts.FunctionDeclaration).name?.getText(sf) ?? `<anonymous at line ${a + 1}>`;
      out.push({ name: `${path}: ${name}`, lines: b - a + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

test('the measure sees a long function', () => {
  const long = `function f() {\n${'  x++;\n'.repeat(130)}}\n`;
  assert.ok(functionLengths('t.ts', long)[0]!.lines > MAX_LINES);
});

test(`no function in src/time is over ${MAX_LINES} lines`, () => {
  const all = files('src/time').flatMap((f) => functionLengths(f, readFileSync(f, 'utf8')));
  assert.ok(all.length > 50);
  const long = all.filter((f) => f.lines > MAX_LINES).map((f) => `${f.name} (${f.lines} lines)`);
  assert.deepEqual(long, []);
});

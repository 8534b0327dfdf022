import type { ParsedArgs } from './args.js';

export interface CommandContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** One CLI command: returns the exit code (0 success, 1 nothing could be done, 2 usage error). */
export type Command = (args: ParsedArgs, ctx: CommandContext) => Promise<number>;

export function writeJson(ctx: CommandContext, value: unknown): void {
  ctx.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

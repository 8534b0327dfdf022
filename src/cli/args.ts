// Minimal argument parser: `--flag value`, `--flag=value`, boolean `--json`. Positional args keep their order.
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean>;
}

/** Flags that never take a value. */
const BOOLEAN_FLAGS = new Set(['json', 'md', 'help', 'quiet', 'force', 'no-progress', 'queue', 'exit-when-empty', 'serve']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('--')) { positional.push(a); continue; }
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    const eq = a.indexOf('=');
    if (eq > 0) { flags[a.slice(2, eq)] = a.slice(eq + 1); continue; }
    const name = a.slice(2);
    const next = argv[i + 1];
    if (!BOOLEAN_FLAGS.has(name) && next !== undefined && !(next.startsWith('--') && next.length > 2)) {
      flags[name] = next;
      i++;
    } else flags[name] = true;
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true || args.flags[name] === 'true';
}

/** A whole-number flag of at least `min`, or undefined when absent; anything else is a usage error. */
export function flagInt(args: ParsedArgs, name: string, min = 1): number | undefined {
  const v = args.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v.trim()) || Number(v) < min || !Number.isSafeInteger(Number(v))) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, got ${typeof v === 'string' ? `"${v.slice(0, 40)}"` : 'no value'}`);
  }
  return Number(v);
}

/** A usage error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

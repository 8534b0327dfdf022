// Minimal argument parser: `--flag value`, `--flag=value`, boolean `--json`. Positional args keep their order.
// Given a command's flag spec (read from its usage line, see flagSpec), an unknown flag or a flag without its value
// is a usage error that names it and the nearest valid flag.
import { nearest } from '../util/nearest.js';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean>;
}

/** The flags a command accepts: name → whether it takes a value. */
export type FlagSpec = Map<string, 'value' | 'boolean'>;

/** Flags that never take a value (without a spec). */
const BOOLEAN_FLAGS = new Set(['json', 'md', 'help', 'quiet', 'force', 'no-progress', 'queue', 'exit-when-empty', 'serve', 'undated']);

/**
 * The flags of a usage line such as `timeline [--db TARGET] [--actor CODE | --dyad A,B] [--json | --md]`: a flag
 * followed by a metavariable takes a value, one followed by `]`, `|` or nothing is boolean. `--help` is always valid.
 */
export function flagSpec(usage: string): FlagSpec {
  const spec: FlagSpec = new Map([['help', 'boolean']]);
  for (const m of usage.matchAll(/--([a-z][a-z-]*)( (?![-[|])[^\s\]]+)?/g)) spec.set(m[1]!, m[2] ? 'value' : 'boolean');
  return spec;
}

export function parseArgs(argv: string[], spec?: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('--')) { positional.push(a); continue; }
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const kind = spec ? spec.get(name) : BOOLEAN_FLAGS.has(name) ? 'boolean' : 'value';
    if (!kind) throw unknownFlag(name, spec!);
    if (eq > 0) { flags[name] = a.slice(eq + 1); continue; }
    const next = argv[i + 1];
    if (kind === 'value' && next !== undefined && !(next.startsWith('--') && next.length > 2)) {
      flags[name] = next;
      i++;
    } else if (kind === 'value' && spec) throw new UsageError(`--${name} needs a value`);
    else flags[name] = true;
  }
  return { positional, flags };
}

function unknownFlag(name: string, spec: FlagSpec): UsageError {
  const valid = [...spec.keys()].filter((k) => k !== 'help');
  const [near] = nearest(name, valid);
  const shown = name.length > 40 ? name.slice(0, 40) + '…' : name;
  return new UsageError(`unknown flag --${shown}${near ? `; the nearest valid one is --${near}` : ''} (valid: ${valid.map((k) => '--' + k).join(', ') || 'none'})`);
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

// Maps the CAMEO codes of the field's dictionaries (PETRARCH2, UniversalPetrarch) into Storyline's numbering (ICEWS
// 1.1b3, data/ontology/cameo.json): the same code when it exists there, else its nearest parent (dictionary-internal or
// retired sub-codes), tallied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/util/data.js';
import { bump, type Tally } from './petrarch.js';

let known: Set<string> | null = null;

/** Whether a code is in Storyline's numbering. */
export function knownCode(code: string): boolean {
  known ??= new Set((JSON.parse(readFileSync(join(projectRoot(), 'data', 'ontology', 'cameo.json'), 'utf8')) as { codes: { code: string }[] }).codes.map((c) => c.code));
  return known.has(code);
}

/** A dictionary code in Storyline's numbering; null for none; undefined (tallied) for a code with no known parent.
 *  `restoreZero`: the file drops the leading zero of some codes (UniversalPetrarch's Spanish "36" for 036, "333"
 *  for 0333): restored when that makes a known code. */
export function mapCode(code: string | null | undefined, tally: Tally, restoreZero = false): string | null {
  if (!code) return null;
  if (restoreZero && !knownCode(code) && knownCode('0' + code)) { bump(tally, 'code: leading zero restored'); return '0' + code; }
  if (knownCode(code)) return code;
  for (let k = code.length - 1; k >= 2; k--) {
    if (knownCode(code.slice(0, k))) { bump(tally, `code adapted to its parent: ${code} → ${code.slice(0, k)}`); return code.slice(0, k); }
  }
  bump(tally, `code dropped: ${code}`);
  return undefined as unknown as null;
}

// Builds data/ontology/cameo.json from the CAMEO codebook table (../shared/data/cameo.tsv).
// Usage: npx tsx scripts/build-ontology.ts [path/to/cameo.tsv]
// Keeps attributions: codes, names, Goldstein weights from the icews R package (MIT); PLOVER columns from the
// PLOVER project's CAMEO-to-PLOVER table (Draft 0.8, 2021; CC BY-SA 4.0). See data/ontology/README.md.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Row { code: string; root: string; name: string; goldstein: number; plover: string; ploverMode: string; ploverContext: string; quadClass: 1 | 2 | 3 | 4; ploverInherited?: boolean }

/** GDELT's QuadClass convention: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
export function quadClassOf(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}

/** Roots with no PLOVER line: 01 (plain statements: PLOVER drops them → ""), 02 (appeals: PLOVER files them under REQUEST). */
const ROOT_DEFAULT_PLOVER: Record<string, string> = { '01': '', '02': 'REQUEST' };

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export function buildOntology(tsv: string): Row[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const header = lines[0]!.split('\t');
  const col = (n: string) => header.indexOf(n);
  const rows: Row[] = [];
  const byCode = new Map<string, Row>();
  for (const line of lines.slice(1)) {
    const f = line.split('\t');
    const code = f[col('code')]!.trim();
    const root = f[col('root')]!.trim();
    const row: Row = {
      code, root, name: f[col('name')]!.trim(), goldstein: Number(f[col('goldstein')]),
      plover: (f[col('plover_event')] ?? '').trim(), ploverMode: (f[col('plover_mode')] ?? '').trim(),
      ploverContext: (f[col('plover_context')] ?? '').trim(), quadClass: quadClassOf(root),
    };
    // A code without its own PLOVER line carries its parent's mapping (longest existing prefix).
    if (!row.plover) {
      for (let k = code.length - 1; k >= 2; k--) {
        const parent = byCode.get(code.slice(0, k));
        if (parent && parent.plover) { row.plover = parent.plover; row.ploverMode ||= parent.ploverMode; row.ploverContext ||= parent.ploverContext; row.ploverInherited = true; break; }
      }
      if (!row.plover && root in ROOT_DEFAULT_PLOVER) { row.plover = ROOT_DEFAULT_PLOVER[root]!; row.ploverInherited = true; }
    }
    rows.push(row);
    byCode.set(code, row);
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = projectRoot();
  const src = process.argv[2] ?? join(root, '..', 'shared', 'data', 'cameo.tsv');
  if (!existsSync(src)) { console.error(`cameo.tsv not found at ${src} (pass its path as the first argument)`); process.exit(1); }
  const rows = buildOntology(readFileSync(src, 'utf8'));
  const out = {
    about: 'CAMEO event ontology as emitted by Storyline: ICEWS CAMEO 1.1b3 numbering (106 = Demand meeting, negotiation). ' +
      'QuadClass (GDELT convention): 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). ' +
      'PLOVER: a code without its own line carries its parent\'s; root 01 has no PLOVER counterpart (plover ""), root 02 maps to REQUEST.',
    attribution: {
      cameo: 'Codes, names and Goldstein weights: CAMEO codebook table of the icews R package (MIT licence).',
      plover: 'plover, ploverMode, ploverContext: CAMEO-to-PLOVER conversion table of the PLOVER project, Draft 0.8 (2021), CC BY-SA 4.0.',
    },
    codes: rows,
  };
  // One code per line: readable diffs, small file.
  const body = JSON.stringify({ ...out, codes: [] }, null, 1).replace(/"codes": \[\]\n}$/, '"codes": [\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n ]\n}');
  JSON.parse(body);
  writeFileSync(join(root, 'data', 'ontology', 'cameo.json'), body + '\n');
  console.error(`wrote ${rows.length} codes to data/ontology/cameo.json`);
}

// Human-readable labels for CAMEO actor codes in the page: "VENGOV" → "Venezuela · government".
// Country names come from i18n-iso-countries, organisation names from the actors stage's
// data/actors/igos.json, role names from data/serve/sectors.json: no name list lives in code.
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { readData } from '../util/data.js';

const require = createRequire(import.meta.url);

interface Tables {
  igos: Map<string, string>;
  sectors: Map<string, string>;
}
let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const igos = new Map<string, string>();
  const sectors = new Map<string, string>();
  try {
    for (const g of readData<{ igos: { code: string; name: string }[] }>('actors/igos.json').igos) igos.set(g.code.toUpperCase(), g.name);
  } catch { /* labels fall back to codes */ }
  try {
    for (const [code, name] of Object.entries(readData<{ sectors: Record<string, string> }>('serve/sectors.json').sectors)) sectors.set(code.toUpperCase(), name);
  } catch { /* labels fall back to codes */ }
  return (tables = { igos, sectors });
}

function countryName(alpha3: string): string | null {
  if (!/^[A-Z]{3}$/.test(alpha3) || !countries.isValid(alpha3)) return null;
  return countries.getName(alpha3, 'en', { select: 'alias' }) ?? countries.getName(alpha3, 'en') ?? null;
}

/** "USA" → "United States"; "USAGOV" → "United States · government"; "IGOUNO" → "United Nations"; '' → "unidentified";
 *  unknown → the code. */
export function actorLabel(code: string, country: string | null = null): string {
  // (an attacker the text does not identify has the empty code)
  if (!code) return 'unidentified';
  const c = code.toUpperCase();
  const t = load();
  // organisations: the longest known code that starts this one
  for (let k = c.length; k >= 6; k -= 3) {
    const name = t.igos.get(c.slice(0, k));
    if (name) return k === c.length ? name : `${name} · ${sectorWords(c.slice(k), t)}`;
  }
  const iso = country && c.startsWith(country.toUpperCase()) ? country.toUpperCase() : c.slice(0, 3);
  const name = countryName(iso);
  if (!name) return c;
  const rest = c.slice(iso.length);
  return rest ? `${name} · ${sectorWords(rest, t)}` : name;
}

/** "GOVMIL" → "government military"; blocks the tables do not know stay as codes. */
function sectorWords(rest: string, t: Tables): string {
  const out: string[] = [];
  for (let i = 0; i < rest.length; i += 3) {
    const block = rest.slice(i, i + 3);
    out.push(t.sectors.get(block) ?? block);
  }
  return out.join(' ');
}

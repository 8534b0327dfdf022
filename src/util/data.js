// Locates and reads the project's data files (data/<stage>/*.json). Linguistic knowledge lives there, not in code.
// Works from src/ (tsx) and from dist/src/ (compiled): the project root is the nearest folder upwards holding
// package.json and data/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let root = null;
export function projectRoot() {
    if (root)
        return root;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 8; i++) {
        if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data')))
            return (root = dir);
        const up = dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new Error('project root (package.json + data/) not found');
}
/** Absolute path of a project file given relative to the root, e.g. "data/clean/boilerplate.json". */
export function findDataFile(rel) {
    const p = join(projectRoot(), rel);
    if (!existsSync(p))
        throw new Error(`data file not found: ${rel}`);
    return p;
}
/** Parsed JSON of a data file given relative to data/, e.g. readData("merge/compatible.json"). */
export function readData(rel) {
    return JSON.parse(readFileSync(findDataFile(join('data', rel)), 'utf8'));
}

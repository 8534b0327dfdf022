// Token keys of known phrases (actor names, role words), cached on disk between runs. Building the actor lexicon
// tokenizes thousands of curated phrases with the language's tokenizer; the keys depend only on the phrase and the
// tokenizer, so they are read back from a cache file keyed by the tokenizer's version instead of tokenized at every
// start (a third of the start-up time of `storyline code`). A cache that cannot be read or written is just not used.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { projectRoot } from '../util/data.js';
/** Bump when normalize() or the key rules change. */
const FORMAT = 2;
/** What a language's tokens depend on: the tagger packages' versions and the language's tokenizer data
 *  (data/nlp/<lang>/), hashed into the cache file's name so that a change to any of them starts a new cache. */
function tokenizerVersion(lang) {
    const req = createRequire(import.meta.url);
    const h = createHash('sha1');
    for (const pkg of ['wink-eng-lite-web-model', 'es-compromise']) {
        try {
            h.update(`${pkg}@${req(`${pkg}/package.json`).version};`);
        }
        catch {
            h.update(`${pkg}@none;`);
        }
    }
    const dir = join(projectRoot(), 'data', 'nlp', lang);
    if (existsSync(dir))
        for (const f of readdirSync(dir).sort())
            h.update(f).update(readFileSync(join(dir, f)));
    return h.digest('hex').slice(0, 12);
}
function cacheFile(lang) {
    const nm = join(projectRoot(), 'node_modules');
    const dir = existsSync(nm) ? join(nm, '.cache', 'storyline') : join(tmpdir(), 'storyline-cache');
    return join(dir, `phrase-keys-${lang}-${tokenizerVersion(lang)}-${FORMAT}.json`);
}
/** The cache of one language: read once; `save` writes it back only when phrases were added. */
export function openKeyCache(lang) {
    const file = cacheFile(lang);
    let map = new Map();
    try {
        if (existsSync(file))
            map = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8'))));
    }
    catch {
        // a damaged cache file: start an empty one (it is rewritten below)
        map = new Map();
    }
    let added = false;
    return {
        get: (p) => map.get(p),
        set: (p, k) => { map.set(p, k); added = true; },
        save: () => {
            if (!added)
                return;
            try {
                mkdirSync(join(file, '..'), { recursive: true });
                const tmp = `${file}.${process.pid}.tmp`;
                writeFileSync(tmp, JSON.stringify(Object.fromEntries(map)));
                renameSync(tmp, file);
                added = false;
            }
            catch {
                // a read-only install: the keys are tokenized again next time, nothing else changes
            }
        },
    };
}

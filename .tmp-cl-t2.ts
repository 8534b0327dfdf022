import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cleanDocument } from './src/clean/index.ts';
const src = readFileSync('.tmp-cl-t1.ts', 'utf8');

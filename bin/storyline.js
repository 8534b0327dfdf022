#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
// A reader that stops early (`storyline articles | head`) closes the pipe: stop quietly, as Unix tools do, instead
// of dying on an unhandled EPIPE. A closed stderr (progress, problems) must not stop an ingest: those writes are dropped.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.stderr.on('error', (err) => {
  if (!err || err.code !== 'EPIPE') throw err;
});
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`storyline: ${err && err.message ? err.message : String(err)}\n`);
  process.exitCode = 2;
});

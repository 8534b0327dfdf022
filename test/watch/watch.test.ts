// `storyline watch DIR --serve`: files already there, new files and changed files are ingested as they land, and the
// API shows their events without a restart. Waits are bounded polls, not timings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, tempDir } from '../helpers.js';
import { story } from '../pipeline/corpus.js';
import { IGNORED } from '../../src/cli/commands/watch.js';

const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Polls `check` every 100 ms until it returns a value, for at most `seconds`. */
async function until<T>(what: string, check: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  for (let i = 0; i < seconds * 10; i++) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('partial and hidden files are left alone', () => {
  for (const f of ['/x/.hidden.txt', '/x/page.html.part', '/x/a.crdownload', '/x/notes.txt~', '/x/a.swp']) assert.ok(IGNORED(f), f);
  for (const f of ['/x/a.txt', '/x/feed.jsonl.gz', '/x/sub/page.html']) assert.ok(!IGNORED(f), f);
});

test('watch: existing, new and changed files are ingested and served without a restart', async () => {
  const dir = tempDir();
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'first.jsonl'), jsonl(story(0).slice(0, 1)));
  const w = start(['watch', inbox, '--db', join(dir, 'w.db'), '--workers', '1', '--serve', '--port', '0']);
  let stderr = '';
  w.child.stderr!.on('data', (d) => (stderr += d));
  try {
    const url = await until('the server', async () => /serving (http:\/\/\S+)/.exec(stderr)?.[1]);
    const events = async () => (await (await fetch(new URL('api/events', url))).json()) as { summary: string; mentions: unknown[] }[];
    const has = (re: RegExp, mentions = 1) => async () => ((await events()).some((e) => re.test(e.summary) && e.mentions.length >= mentions) ? true : undefined);
    await until('the file already there', has(/\(report 0\)/));
    // A new file, written in two steps (the watcher waits for it to be complete).
    writeFileSync(join(inbox, 'second.jsonl'), jsonl(story(1).slice(0, 1)).slice(0, 40));
    appendFileSync(join(inbox, 'second.jsonl'), jsonl(story(1).slice(0, 1)).slice(40));
    await until('a new file', has(/\(report 1\)/));
    // A file in a new sub-folder, and a changed file (a copy appended from another outlet: one more mention of the event).
    mkdirSync(join(inbox, 'later'));
    writeFileSync(join(inbox, 'later', 'third.jsonl'), jsonl(story(2).slice(0, 1)));
    appendFileSync(join(inbox, 'first.jsonl'), jsonl(story(0).slice(2, 3)));
    await until('a new sub-folder', has(/\(report 2\)/));
    await until('a changed file', has(/\(report 0\)/, 2));
    assert.doesNotMatch(stderr, /^error:/m);
  } finally {
    w.child.kill('SIGTERM');
  }
  const done = await w.done;
  assert.equal(done.code, 0, stderr);
  assert.match(stderr, /storyline watch: stopped/);
});

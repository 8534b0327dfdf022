// `storyline ingest --feed URL|FILE`: RSS and Atom items, their linked pages fetched where reachable (a local HTTP
// server stands in for the web), the item's own content otherwise; bad feeds named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runAsync, tempDir, withStore } from '../helpers.js';

const PAGE = `<!doctype html><html><head><title>Chile and Peru sign border accord | Courier</title>
<meta property="article:published_time" content="2024-05-02T09:00:00Z"></head><body><article><h1>Chile and Peru sign border accord</h1>
<p>Chile signed a border agreement with Peru on Wednesday after two years of talks, officials in both capitals said.</p>
<p>The accord settles a dispute over fishing grounds that had strained relations between the neighbours since 2019, and both governments said they would ratify it quickly.</p>
<p>Business groups in Lima welcomed the deal, saying it would give fishing companies the certainty they had asked for.</p></article></body></html>`;

let server: http.Server;
let base = '';
before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/news/accord') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(base));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

function rss(b: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Courier</title><link>${b}/</link>
<item><title>Chile and Peru sign border accord</title><link>${b}/news/accord</link><pubDate>Thu, 02 May 2024 09:00:00 GMT</pubDate></item>
<item><title>Kenya expels envoy</title><link>${b}/news/gone</link><pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Kenya expelled the ambassador of Uganda on Friday, accusing the embassy of interfering in the country's elections, the foreign ministry said in a statement released in Nairobi.</p><p>Uganda called the decision regrettable and said it would respond in kind within days.</p>]]></content:encoded></item>
<item><title>No content at all</title><link>${b}/news/nothing</link></item>
</channel></rss>`;
}

test('an RSS feed over HTTP: linked pages fetched, the item content used where the page is missing, empty items named', async () => {
  const dir = tempDir();
  const db = join(dir, 'f.db');
  const r = await runAsync(['ingest', '--feed', `${base}/feed.xml`, '--db', db, '--workers', '1']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ingested 2 new articles/);
  assert.match(r.stderr, new RegExp(`${base}/feed.xml#3: linked page ${base}/news/nothing: HTTP 404, and the item has no content of its own`));
  const arts = await withStore(db, (s) => s.listArticles());
  const page = arts.find((a) => a.origin === `${base}/news/accord`)!;
  assert.ok(page, 'the linked page is the article');
  assert.equal(page.title, 'Chile and Peru sign border accord');
  assert.equal(page.published?.slice(0, 10), '2024-05-02');
  assert.match(page.text, /fishing grounds/);
  const item = arts.find((a) => a.origin === `${base}/feed.xml#2`)!;
  assert.ok(item, 'the item content is the article when its page is missing');
  assert.equal(item.url, `${base}/news/gone`);
  assert.equal(item.published?.slice(0, 10), '2024-05-03');
  assert.match(item.text, /expelled the ambassador of Uganda/);
  const events = await withStore(db, (s) => s.listEvents());
  assert.ok(events.some((e) => e.sourceCountry === 'KEN' && e.targetCountry === 'UGA'), 'the item is coded');
  // Idempotent: the same feed again adds nothing.
  const again = await runAsync(['ingest', '--feed', `${base}/feed.xml`, '--db', db, '--workers', '1']);
  assert.match(again.stderr, /ingested 0 new articles, 2 already stored/);
});

test('an Atom feed file; a file that is no feed, a missing file and an unreachable feed are named', async () => {
  const dir = tempDir();
  const atom = join(dir, 'feed.atom');
  writeFileSync(atom, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Japan and India hold talks</title><link href="${base}/nowhere"/><updated>2024-06-10T08:00:00Z</updated>
<content type="html">&lt;p&gt;Japan held talks with India on Monday on maritime security, the two governments said in a joint statement issued in Tokyo after the meeting.&lt;/p&gt;</content></entry></feed>`);
  const db = join(dir, 'a.db');
  const ok = await runAsync(['ingest', '--feed', atom, '--db', db, '--workers', '1']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stderr, /ingested 1 new article/);
  const [a] = await withStore(db, (s) => s.listArticles());
  assert.equal(a!.published?.slice(0, 10), '2024-06-10');
  writeFileSync(join(dir, 'notes.txt'), 'just some notes, not a feed');
  for (const [src, msg] of [[join(dir, 'notes.txt'), /notes\.txt: not an RSS or Atom feed/], [join(dir, 'none.xml'), /none\.xml: no such file/], ['http://127.0.0.1:1/feed', /127\.0\.0\.1:1\/feed: feed not reachable/]] as const) {
    const r = await runAsync(['ingest', '--feed', src, '--db', db, '--workers', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, msg);
  }
});

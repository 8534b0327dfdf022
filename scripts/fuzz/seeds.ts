// The real inputs the fuzzing suite mutates: the example scrapes, the cleaner's and HTML fixtures, and records built
// from them in every format the readers take (JSON Lines, a JSON array, WARC, gzip).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../src/util/data.js';

const read = (dir: string, ext: string) => {
  const d = join(projectRoot(), dir);
  return readdirSync(d).filter((f) => f.endsWith(ext)).sort().map((f) => readFileSync(join(d, f), 'utf8'));
};

export interface Seeds {
  /** Text scrapes. */
  text: string[];
  /** HTML pages. */
  html: string[];
  /** JSON Lines files and a JSON array. */
  jsonl: string[];
  /** WARC files of response records. */
  warc: string[];
  /** Sentences and short paragraphs with dates and events (the time tagger's and the coder's input). */
  sentences: string[];
}

let cached: Seeds | null = null;

function warcRecord(url: string, html: string): string {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
  return `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n${http}\r\n\r\n`;
}

export function seeds(): Seeds {
  if (cached) return cached;
  const text = [...read('examples', '.txt'), ...read('test/fixtures/clean', '.txt'), ...read('test/fixtures/dedup', '.txt')];
  const html = read('test/fixtures/html', '.html');
  const records = text.slice(0, 6).map((t, i) => ({ url: `https://news${i}.example.org/2024/03/story-${i}`, title: t.split('\n')[0], text: t, published: `2024-03-0${1 + i}` }));
  const jsonl = [
    records.map((r) => JSON.stringify(r)).join('\n') + '\n',
    JSON.stringify(records.slice(0, 3), null, 2),
    html.map((h, i) => JSON.stringify({ url: `https://page${i}.example.com/a`, html: h, published: 1709251200 + i })).join('\n') + '\n',
  ];
  const warc = [html.map((h, i) => warcRecord(`https://page${i}.example.com/a`, h)).join(''), warcRecord('https://one.example.net/x', html[0]!)];
  const sentences = [
    ...text.flatMap((t) => t.split(/\n+/).filter((l) => l.length > 40 && l.length < 600)).slice(0, 60),
    'Senior United States officials traveled to Venezuela on Saturday (03.05.2022) to meet with the government of Nicolás Maduro.',
    'NATO strikes hit Tripoli shortly after 1800 GMT Saturday, officials said.',
    'Gadhafi blamed the U.N. for failing to prevent 65 wars since its founding in 1945.',
    'The ministers will meet next week in Geneva, three days after the summit that ended on March 3.',
    'Russia launched airstrikes on Kyiv late last year; a half century ago today the two countries signed a treaty.',
  ];
  return (cached = { text, html, jsonl, warc, sentences });
}

/** Bytes of each seed of a kind, and gzip-compressed copies (the readers unwrap gzip by its magic bytes). */
export function byteSeeds(kind: 'text' | 'warc' | 'jsonl'): Buffer[] {
  const plain = seeds()[kind].map((s) => Buffer.from(s, 'utf8'));
  return [...plain, ...plain.slice(0, 3).map((b) => gzipSync(b))];
}

// RSS and Atom feeds (rss-parser): each item becomes a document — its linked page when that can be fetched (an HTML
// page, cleaned like any other), else the item's own content — carrying the item's title, link and date as evidence.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Parser from 'rss-parser';
import type { RawDoc } from '../types.js';
import { readBytes, MAX_DOC_BYTES, type IngestItem } from './index.js';

export interface FeedOptions {
  cwd?: string;
  /** Per request (feed or page), in milliseconds. */
  timeoutMs?: number;
  /** Fetch each item's linked page (default true). */
  follow?: boolean;
}

const isHttp = (s: string) => /^https?:\/\//i.test(s);

/** GETs a URL within the time and size limits; the body, or an error message. */
async function fetchBytes(url: string, timeoutMs: number): Promise<{ bytes: Buffer; type: string } | { error: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
    if (!res.ok) return { error: `HTTP ${res.status}` };
    const len = Number(res.headers.get('content-length') ?? 0);
    if (len > MAX_DOC_BYTES) return { error: `over ${MAX_DOC_BYTES / 1048576} MB` };
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_DOC_BYTES) return { error: `over ${MAX_DOC_BYTES / 1048576} MB` };
    return { bytes, type: res.headers.get('content-type') ?? '' };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    return { error: err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : err.cause?.code ?? err.cause?.message ?? err.message };
  }
}

/** The document of one item: its linked page if reachable, else its own content; null when it has neither. */
async function itemDoc(item: Parser.Item, n: number, feed: string, base: string | undefined, opts: Required<Omit<FeedOptions, 'cwd'>>): Promise<{ doc?: RawDoc; error?: string }> {
  let link: string | null = null;
  try {
    if (item.link) link = new URL(item.link, base).toString();
  } catch {
    // an item link that is no URL: the item's own content is used instead
    link = null;
  }
  const meta = { url: link, title: item.title?.trim() || null, published: item.isoDate ?? item.pubDate ?? null, author: item.creator ?? null };
  let pageError: string | null = null;
  if (link && opts.follow && isHttp(link)) {
    const got = await fetchBytes(link, opts.timeoutMs);
    if ('bytes' in got && /html|xml|text\/plain|^$/i.test(got.type)) {
      for await (const it of readBytes(link, got.bytes)) {
        if (it.doc) return { doc: { ...it.doc, origin: link, url: it.doc.url ?? meta.url, title: it.doc.title ?? meta.title, published: it.doc.published ?? meta.published, author: it.doc.author ?? meta.author } };
        if (it.error) pageError = it.error.message;
        break;
      }
    } else pageError = 'error' in got ? got.error : `not a page (${got.type})`;
  }
  const origin = `${feed}#${n}`;
  const content = (item as { 'content:encoded'?: string })['content:encoded'] || item.content || item.summary;
  if (content && content.trim()) return { doc: { origin, html: `<html><body><article>${meta.title ? `<h1>${escapeHtml(meta.title)}</h1>` : ''}${content}</article></body></html>`, ...meta } };
  if (item.contentSnippet && item.contentSnippet.trim()) return { doc: { origin, text: item.contentSnippet, ...meta } };
  return { error: pageError ? `linked page ${link}: ${pageError}, and the item has no content of its own` : 'the item has no link to fetch and no content' };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Reads a feed (http(s) URL or file) and yields one document per item, in feed order. Never throws. */
export async function* readFeed(source: string, opts: FeedOptions = {}): AsyncGenerator<IngestItem> {
  const o = { timeoutMs: opts.timeoutMs ?? 15_000, follow: opts.follow ?? true };
  const name = isHttp(source) ? source : resolve(opts.cwd ?? process.cwd(), source);
  let xml: string;
  if (isHttp(source)) {
    const got = await fetchBytes(source, o.timeoutMs);
    if ('error' in got) {
      yield { error: { origin: source, message: `feed not reachable: ${got.error}` }, bytesRead: 0, file: source };
      return;
    }
    xml = got.bytes.toString('utf8');
  } else {
    try {
      xml = await readFile(name, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { error: { origin: source, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a feed file' : (e as Error).message }, bytesRead: 0, file: source };
      return;
    }
  }
  let feed: Parser.Output<{ 'content:encoded'?: string }>;
  try {
    feed = await new Parser<Record<string, never>, { 'content:encoded'?: string }>({ customFields: { item: ['content:encoded'] } }).parseString(xml);
  } catch (e) {
    yield { error: { origin: source, message: `not an RSS or Atom feed: ${(e as Error).message.split('\n')[0]}` }, bytesRead: 0, file: source };
    return;
  }
  const base = isHttp(source) ? source : feed.link;
  let n = 0;
  for (const item of feed.items) {
    n++;
    const { doc, error } = await itemDoc(item, n, source, base, o);
    if (doc) yield { doc, bytesRead: 0, file: source };
    else yield { error: { origin: `${source}#${n}`, message: error ?? 'unreadable item' }, bytesRead: 0, file: source };
  }
}

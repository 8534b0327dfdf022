// WARC archives (warcio): response and resource records with HTML or text become documents; other records are skipped.
import { LimitReader, WARCParser } from 'warcio';
import { charsetFromContentType, decodeBytes } from '../decode.js';
import type { InputFormat, ReadContext, ReadItem } from './types.js';

/** WARC: response (and resource) records with HTML or text; other records are skipped. */
async function* readWarc(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<ReadItem> {
  const parser = new WARCParser(chunks as AsyncIterable<Uint8Array>, { keepHeadersCase: false });
  let n = 0;
  for await (const record of parser) {
    n++;
    const type = record.warcType;
    if (type !== 'response' && type !== 'resource') continue;
    const recOrigin = `${origin}#${n}`;
    const url = record.warcTargetURI ?? null;
    const ctype = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
    const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
    if (status < 200 || status >= 300) continue;
    if (ctype && !/html|text\/plain|xml/i.test(ctype)) continue;
    const body = await record.readFully(true);
    // warcio stops quietly at the end of the file. Bytes the record's Content-Length promised but never came (left
    // in its content reader, `_reader`, declared in warcio's types) mean the file was cut inside this record.
    const raw = record._reader;
    const missing = raw instanceof LimitReader ? raw.limit : 0;
    if (missing > 0) {
      yield { error: { origin: recOrigin, message: `record ${n} (${url}): truncated, the file ends ${missing} bytes before the record does; record skipped` } };
      continue;
    }
    if (body.length > maxDoc) {
      yield { error: { origin: recOrigin, message: `record ${n} (${url}): document too large (over ${Math.round(maxDoc / 1048576)} MB)` } };
      continue;
    }
    if (!body.length) continue;
    const isHtml = !/text\/plain/i.test(ctype);
    const content = decodeBytes(body, { declared: charsetFromContentType(ctype), html: isHtml });
    if (!content.trim()) continue;
    const crawledAt = record.warcDate ?? null;
    yield { doc: { origin: recOrigin, ...(isHtml ? { html: content } : { text: content }), url, crawledAt } };
  }
}

export const warc = {
  kind: 'warc',
  label: 'WARC',
  extensions: ['.warc'],
  signature: (start) => start.startsWith('WARC/'),
  // Records hold images and other binary payloads, skipped one by one.
  binary: true,
  read: (chunks: AsyncIterable<Buffer>, ctx: ReadContext) => readWarc(chunks, ctx.origin, ctx.maxDoc),
} as const satisfies InputFormat;

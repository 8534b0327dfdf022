// WARC archives (warcio): response and resource records with HTML or text become documents; other records are skipped.
import { LimitReader, WARCParser } from 'warcio';
import { charsetFromContentType, decodeBytes } from '../../util/decode.js';
import type { InputFormat, ReadContext, ReadItem } from './types.js';

/**
 * The bytes a record's Content-Length promised that the file does not hold, after reading what is left of it (kept by
 * no one): > 0 means the file was cut inside the record. warcio keeps them in the record's reader (`_reader`, declared
 * in its types), and stops quietly at the end of the file.
 */
async function unreadBytes(record: { _reader: unknown }): Promise<number> {
  const raw = record._reader;
  if (!(raw instanceof LimitReader)) return 0;
  for await (const chunk of raw) void chunk;
  return raw.limit;
}

/** WARC: response (and resource) records with HTML or text; other records are skipped. */
async function* readWarc(chunks: AsyncIterable<Buffer>, origin: string, maxDoc: number): AsyncGenerator<ReadItem> {
  const parser = new WARCParser(chunks as AsyncIterable<Uint8Array>, { keepHeadersCase: false });
  let n = 0;
  for await (const record of parser) {
    n++;
    // A Content-Length that is not a whole number ("344msgtype=…", "-5") sends warcio's skip of the record into an
    // endless loop, and leaves no way to find the next record: the file is read no further.
    const declared = record.warcHeader('Content-Length');
    if (declared !== null && declared !== undefined && !/^\s*\d{1,15}\s*$/.test(declared)) {
      yield { error: { origin: `${origin}#${n}`, message: `record ${n}: Content-Length "${declared.slice(0, 40)}" is not a number of bytes; the rest of the file cannot be read` } };
      return;
    }
    const type = record.warcType;
    const url = record.warcTargetURI ?? null;
    const ctype = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
    const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
    const wanted = (type === 'response' || type === 'resource') && status >= 200 && status < 300 && (!ctype || /html|text\/plain|xml/i.test(ctype));
    // A record is never left for warcio to skip: its skip loops for ever when the file ends inside the record.
    const body = wanted ? await record.readFully(true) : null;
    const missing = await unreadBytes(record);
    if (missing > 0) {
      yield { error: { origin: `${origin}#${n}`, message: `record ${n} (${url}): truncated, the file ends ${missing} bytes before the record does; record skipped` } };
      return;
    }
    if (!body) continue;
    const recOrigin = `${origin}#${n}`;
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

// One file, one document: the shared reader of the text and HTML formats.
import { decodeBytes } from '../../util/decode.js';
import type { ReadContext, ReadItem } from './types.js';

/** Reads the whole file as one document (refused over ctx.maxDoc, or when only whitespace). */
export async function* readDocument(chunks: AsyncIterable<Buffer>, ctx: ReadContext, html: boolean): AsyncGenerator<ReadItem> {
  const { origin, maxDoc } = ctx;
  const parts: Buffer[] = [];
  let len = 0;
  for await (const c of chunks) {
    len += c.length;
    if (len > maxDoc) {
      yield { error: { origin, message: `document too large: over ${Math.round(maxDoc / 1048576)} MB (one document; split it or use JSON Lines)` } };
      ctx.stop();
      return;
    }
    parts.push(c);
  }
  const content = decodeBytes(Buffer.concat(parts), { html });
  if (!content.trim()) {
    yield { error: { origin, message: 'empty document (only whitespace)' } };
    return;
  }
  yield { doc: html ? { origin, html: content } : { origin, text: content } };
}

// Plain text: one file, one document (a scraped article). The format of any file no other format claims.
import { readDocument } from './document.js';
import type { InputFormat } from './types.js';

export const text = {
  kind: 'text',
  label: 'text',
  extensions: [],
  // A .txt file is text even when it starts with `{` or `<p>`; only a WARC signature overrides it.
  likelyExtensions: ['.txt', '.text'],
  read: (chunks, ctx) => readDocument(chunks, ctx, false),
} as const satisfies InputFormat;

// HTML pages: one file, one document; the charset a page declares is honoured (decode.ts).
import { readDocument } from './document.js';
import type { InputFormat } from './types.js';

export const html = {
  kind: 'html',
  label: 'HTML',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  sniff: (start) => /^<(!doctype html|html|head|body|meta|\?xml)/i.test(start),
  read: (chunks, ctx) => readDocument(chunks, ctx, true),
} as const satisfies InputFormat;

// The registry of input formats. Adding a format: write a module exporting an InputFormat (types.ts) and list it here;
// folder walking (knownExtension), sniffing (sniffFormat) and the binary-file message follow from the list.
import { decodeBytes } from '../../util/decode.js';
import { html } from './html.js';
import { jsonl } from './jsonl.js';
import { text } from './text.js';
import type { InputFormat } from './types.js';
import { warc } from './warc.js';

export type { InputFormat, ReadContext, ReadItem } from './types.js';
export { isJsonDocument } from './jsonl.js';

/** Every format, in sniffing order (content sniffs are tried in this order). */
export const FORMATS = [text, html, jsonl, warc] as const;

export type InputKind = (typeof FORMATS)[number]['kind'];

const REGISTRY: readonly InputFormat<InputKind>[] = FORMATS;

/** The format of a file that no extension, signature or sniff claims. */
const FALLBACK: InputFormat<InputKind> = text;

const byExtension = (ext: string, which: 'extensions' | 'likelyExtensions') => REGISTRY.find((f) => f[which]?.includes(ext));

/** True when a file with this extension is read inside a folder (a file named explicitly is always read). */
export function knownExtension(ext: string): boolean {
  return !!(byExtension(ext, 'extensions') ?? byExtension(ext, 'likelyExtensions'));
}

/**
 * The format of a file: a decisive extension first, then a signature at the start of the content, then a likely
 * extension, then the first format whose sniff accepts the content, else text. `ext` is the extension after a
 * trailing .gz (innerExt), `head` the first (decompressed) bytes.
 */
export function sniffFormat(head: Buffer, ext: string): InputFormat<InputKind> {
  const decided = byExtension(ext, 'extensions');
  if (decided) return decided;
  const start = decodeBytes(head.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  return REGISTRY.find((f) => f.signature?.(start)) ?? byExtension(ext, 'likelyExtensions') ?? REGISTRY.find((f) => f.sniff?.(start)) ?? FALLBACK;
}

/** "text, HTML, JSON Lines or WARC": the formats a binary file is not, for its message. */
export const formatLabels = (): string => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(REGISTRY.map((f) => f.label));

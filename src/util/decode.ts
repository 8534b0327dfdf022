// Byte → string decoding: BOM first, then a declared charset (HTTP header, <meta charset>, XML prolog), else UTF-8.
// Invalid bytes become U+FFFD instead of throwing (TextDecoder non-fatal mode; Node ships full ICU, so legacy
// charsets such as windows-1252 or Shift_JIS decode without an extra package).

const CHARSET_ALIASES: Record<string, string> = { latin1: 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', utf8: 'utf-8', ascii: 'windows-1252', 'us-ascii': 'windows-1252' };

function decoderFor(label: string): TextDecoder | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  try {
    return new TextDecoder(CHARSET_ALIASES[l] ?? l, { fatal: false });
  } catch {
    // a charset label the decoder does not know: the caller falls back to its own detection
    return null;
  }
}

/** Charset declared in the first bytes of an HTML/XML document, if any. */
export function sniffDeclaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export function charsetFromContentType(ct: string | null | undefined): string | null {
  if (!ct) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct);
  return m ? m[1]! : null;
}

/** Decodes bytes to text. `declared` (e.g. from an HTTP header) wins over sniffing, a BOM wins over both. */
export function decodeBytes(buf: Uint8Array, opts: { declared?: string | null; html?: boolean } = {}): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const utf16 = sniffUtf16(buf);
  if (utf16) return new TextDecoder(utf16).decode(buf);
  let label = opts.declared ?? null;
  if (!label && opts.html) label = sniffDeclaredCharset(Buffer.from(buf.subarray(0, 4096)).toString('latin1'));
  if (label) {
    const d = decoderFor(label);
    // A page that declares a legacy charset but is valid UTF-8 is far more often mislabelled UTF-8.
    if (d && !/^utf-?8$/i.test(label) && !isValidUtf8(buf)) return d.decode(buf);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

function isValidUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    // (the fatal decoder throws on the first invalid sequence: not UTF-8)
    return false;
  }
}

/**
 * UTF-16 without a byte-order mark (some Windows tools write it): text in a Latin, Greek or Cyrillic script has a
 * zero high byte in most code units, so NULs sit on one parity of positions and almost never on the other.
 * A binary file has NULs scattered over both.
 */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= 0.4 * units && even <= 0.02 * units) return 'utf-16le';
  if (even >= 0.4 * units && odd <= 0.02 * units) return 'utf-16be';
  return null;
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control characters). */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  if (n === 0) return false;
  // UTF-16 text has NULs but starts with a BOM.
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || sniffUtf16(buf)) return false;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl / n > 0.1;
}

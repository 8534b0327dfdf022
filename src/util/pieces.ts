// Cutting long text into pieces of bounded length at the best break available, so that no stage is handed more text
// at once than it can process in bounded time and memory (a megabyte-long line without punctuation).

const BREAKS: RegExp[] = [
  /\n[ \t]*\n\s*/g, // a blank line: a paragraph ends
  /[.!?]["'”’)\]]*\s+/g, // a sentence ends
  /[;:,]\s+|\s[-–—]+\s+/g, // a clause ends
  /\s+/g, // a word ends
];

/**
 * [start, end) offsets of pieces covering `text`, each at most `max` UTF-16 units long. A piece ends at the best
 * break in the second half of its window: after a blank line, else after a sentence end, else after a clause mark,
 * else after a space; only text without any space is cut mid-word, and never inside a surrogate pair.
 */
export function pieces(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const lo = start + Math.floor(max / 2), hi = start + max;
    let cut = -1;
    for (const re of BREAKS) {
      const window = text.slice(lo, hi);
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        if (!m[0].length) re.lastIndex++;
        else cut = lo + m.index + m[0].length;
      }
      if (cut > start) break;
    }
    if (cut <= start) cut = isHighSurrogate(text.charCodeAt(hi - 1)) ? hi - 1 : hi;
    out.push([start, cut]);
    start = cut;
  }
  if (start < text.length || !out.length) out.push([start, text.length]);
  return out;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The same pieces, with every run of more than `maxRun` non-space characters cut into runs of at most `maxRun` (never
 * inside a surrogate pair). A tokenizer's patterns can cost more than linearly in the length of a "word" (wink-nlp's
 * URL pattern: 12 000 characters without a space took 0.85 s), and no real word or URL is that long.
 */
export function boundedRuns(text: string, [start, end]: [number, number], maxRun: number): [number, number][] {
  // A last piece no longer than maxRun holds no longer run (the usual case: a sentence or a paragraph): no scan.
  if (end === text.length && end - start <= maxRun) return [[start, end]];
  const out: [number, number][] = [];
  const long = new RegExp(`\\S{${maxRun + 1},}`, 'g');
  long.lastIndex = start;
  let at = start;
  for (let m = long.exec(text); m && m.index < end; m = long.exec(text)) {
    const runEnd = Math.min(end, m.index + m[0].length);
    if (m.index > at) out.push([at, m.index]);
    for (let a = m.index; a < runEnd; ) {
      let b = Math.min(runEnd, a + maxRun);
      if (b < runEnd && isHighSurrogate(text.charCodeAt(b - 1))) b--;
      out.push([a, b]);
      a = b;
    }
    at = runEnd;
    long.lastIndex = runEnd;
  }
  if (at < end || !out.length) out.push([at, end]);
  return out;
}

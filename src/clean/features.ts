// Shape features of one paragraph: lines that are page furniture whatever the site (URLs, XPath/meta lines,
// image sizes, locales, contact lines, tag lines, comment metadata) and phrase-list matches from data/clean.
import { boilerplate, phraseKey } from './data.js';
import { endsLikeSentence, stopRatio, wordCount, words } from './text.js';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;
// International numbers (+CC…), or grouped local numbers (555-123-4567, (01) 234 5678).
const PHONE_RE = /(?:^|[\s(:])\+\d[\d\s().-]{6,}\d|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/;
const IMAGE_EXT = /\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:[?#]\S*)?$/i;

/** What every URL_RE match contains: most paragraphs have neither and skip the URL tests. */
const URL_START = /https?:\/\/|www\./i;

export function urlsIn(p: string): string[] {
  return p.match(URL_RE) ?? [];
}

/** Only URLs (one or more), nothing else. */
export function isUrlLine(p: string): boolean {
  if (!URL_START.test(p)) return false;
  const rest = p.replace(URL_RE, ' ').replace(/[\s|,;·•]+/g, '');
  return urlsIn(p).length > 0 && rest.length === 0;
}

export function isImageUrlLine(p: string): boolean {
  return isUrlLine(p) && urlsIn(p).every((u) => IMAGE_EXT.test(u) || /\/(?:img|image|images|media|photos?|thumbs?|uploads)\//i.test(u));
}

/** XPath / CSS-selector / og:meta residue of a scraper template. */
export function isMetaLine(p: string): boolean {
  if (/(^|\s)\/html\/(head|body)\b/i.test(p)) return true;
  if (/\[@[\w:-]+=['"][^'"]*['"]\]/.test(p) || /\/@(content|href|src)\b/.test(p)) return true;
  if (/^(og|twitter|article|fb|al):[\w:]+(\s|=|$)/i.test(p)) return true;
  return false;
}

/** Image geometry residue: "1920 1080 true", "800x600". */
export function isImageSizeLine(p: string): boolean {
  const t = p.trim();
  // Both forms start with a digit or a true/false token: most paragraphs stop at this test.
  if (!/^[\dtf]/i.test(t)) return false;
  if (/^\d{2,5}\s*[x×]\s*\d{2,5}$/i.test(t)) return true;
  const toks = t.split(/\s+/);
  return toks.length >= 2 && toks.length <= 4 && toks.every((x) => /^\d{1,5}$/.test(x) || /^(true|false)$/i.test(x)) && toks.some((x) => /^\d{3,5}$/.test(x));
}

/** Locale code line: "en_EN", "es-ES", "pt_BR". */
export function isLocaleLine(p: string): boolean {
  return /^[a-z]{2,3}[_-][A-Za-z]{2,3}$/.test(p.trim());
}

/** Numbers and separators only (page numbers, counters). */
export function isNumberLine(p: string): boolean {
  return /^[\d\s.,:;/|+-]+$/.test(p.trim()) && /\d/.test(p);
}

export function hasEmail(p: string): boolean {
  return p.includes('@') && EMAIL_RE.test(p);
}

export function hasPhone(p: string): boolean {
  return PHONE_RE.test(p);
}

/** Publisher/contact line: an e-mail address or phone number in a short, non-sentence paragraph. */
export function isContactLine(p: string): boolean {
  if (!hasEmail(p) && !hasPhone(p)) return false;
  const n = wordCount(p);
  return n <= 25 && !(endsLikeSentence(p) && stopRatio(p) >= 0.25 && n >= 10);
}

/**
 * Bare tag/keyword line: one word; or lowercase-only words without sentence punctuation; or a comma/pipe list
 * of short items. Headlines and sentences are not tag lines.
 */
export function isTagLine(p: string): boolean {
  const t = p.trim();
  if (/[.!?:;"“”]$/.test(t)) return false;
  const ws = words(t);
  if (!ws.length) return false;
  if (ws.length === 1 && !/\d/.test(t) && t.length <= 30) return true;
  if (ws.length <= 6 && t === t.toLowerCase() && /\p{L}/u.test(t) && !/[.!?]/.test(t)) return true;
  const items = t.split(/\s*[,|·•]\s*/).filter(Boolean);
  if (items.length >= 3 && items.every((i) => words(i).length <= 3) && stopRatio(t) < 0.1) return true;
  return false;
}

/** Byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". Returns the name part. */
export function bylineName(p: string): string | null {
  const m = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|y|e|et|und|de|da|van|von|del|la))*?)(?:\s*[,|–—-]\s*.*)?$/u.exec(p.trim());
  if (!m || wordCount(p) > 14) return null;
  return m[1]!.trim();
}

/** A line that looks like a user handle in a comment thread: "• imoyaro", "@user", one short token. */
export function isHandleLine(p: string): boolean {
  const t = p.trim();
  if (/^[•·●▪◦*-]\s*\S+(\s+\S+)?$/.test(t) && t.length <= 40 && /\p{L}/u.test(t)) return true;
  if (/^@[\w.]+$/.test(t)) return true;
  if (/^[\p{L}\p{N}_.-]{2,30}\s+(says|said|wrote|dice|escribió|a écrit|schrieb)\s*:?\s*$/iu.test(t)) return true;
  return false;
}

/** Comment action/vote residue: "Reply", "Like", "12 likes", "Report", "0", "-1". */
export function isCommentActionLine(p: string): boolean {
  const t = cachedKey(p);
  return /^(reply|responder|répondre|antworten|rispondi|like|likes|report|flag|share|upvote|downvote|\d+\s*(likes?|points?|votes?|replies)|[+-]?\d+)$/i.test(t);
}

let anyPattern: { anchored: RegExp; other: RegExp } | null = null;

/** Whether a pattern can only match at the start: it begins with ^ and has no | outside brackets and parentheses. */
export function anchoredAtStart(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0, inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) { if (c === ']') inClass = false; }
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/** The phrase patterns in two combined scans: those anchored at the start in one regex tried at the start only (one
 *  alternation holding an unanchored pattern was tried at every position of every paragraph), the others in another. */
function combinedPatterns(patterns: { re: RegExp }[]): { anchored: RegExp; other: RegExp } {
  const combine = (list: string[], prefix: string) => new RegExp(list.length ? prefix + `(?:${list.map((x) => `(?:${x})`).join('|')})` : '(?!)', 'iu');
  const sources = patterns.map((x) => x.re.source);
  return { anchored: combine(sources.filter(anchoredAtStart).map((x) => x.slice(1)), '^'), other: combine(sources.filter((x) => !anchoredAtStart(x)), '') };
}

/** Phrase-list classification of a paragraph, or null. */
export function phraseReason(p: string): string | null {
  const bp = boilerplate();
  const key = cachedKey(p);
  if (!key) return null;
  // Combined scans first: most paragraphs match none of the patterns (which use no backreferences).
  anyPattern ??= combinedPatterns(bp.patterns);
  if (anyPattern.anchored.test(key) || anyPattern.other.test(key)) for (const pat of bp.patterns) if (pat.re.test(key)) return pat.reason;
  if (bp.lines.has(key)) return 'boilerplate phrase';
  const n = wordCount(p);
  if (n <= bp.maxWords) {
    const low = p.toLowerCase();
    for (const c of bp.contains) if (low.includes(c)) return 'boilerplate phrase';
  }
  return null;
}

/**
 * Phrase keys of recent paragraphs: every paragraph is keyed by several tests (phrase list, comment start,
 * teaser heading, comment actions), often more than once per pass. Bounded so long runs stay flat.
 */
const keyCache = new Map<string, string>();
function cachedKey(p: string): string {
  let k = keyCache.get(p);
  if (k === undefined) {
    if (keyCache.size >= 4096) keyCache.clear();
    k = phraseKey(p);
    keyCache.set(p, k);
  }
  return k;
}

/** Multi-word entries of a phrase list, grouped by length: "key starts with one of them" is one Set probe per length. */
interface Prefixes { set: Set<string>; lengths: number[] }
function multiWordPrefixes(list: Iterable<string>, suffix: string): Prefixes {
  const set = new Set<string>();
  for (const s of list) if (s.split(' ').length >= 2) set.add(s + suffix);
  return { set, lengths: [...new Set([...set].map((s) => s.length))].sort((a, b) => a - b) };
}
function startsWithAny(key: string, pre: Prefixes): boolean {
  for (const n of pre.lengths) {
    if (n > key.length) break;
    if (pre.set.has(key.slice(0, n))) return true;
  }
  return false;
}
let commentPrefixes: Prefixes | null = null;
let teaserPrefixes: Prefixes | null = null;

export function isCommentStart(p: string): boolean {
  const key = cachedKey(p);
  if (!key) return false;
  const bp = boilerplate();
  if (bp.commentStart.has(key)) return true;
  // "Comments (12)", "12 Comments", "Leave a comment: …"
  if (/\d/.test(key)) {
    const noCount = key.replace(/\(?\b\d+\b\)?/g, '').replace(/\s+/g, ' ').trim();
    if (noCount !== key && bp.commentStart.has(noCount)) return true;
  }
  commentPrefixes ??= multiWordPrefixes(bp.commentStart, '');
  if (wordCount(p) <= 8 && startsWithAny(key, commentPrefixes)) return true;
  return false;
}

export function isTeaserHeading(p: string): boolean {
  const key = cachedKey(p);
  if (!key || wordCount(p) > 6) return false;
  const bp = boilerplate();
  if (bp.teaserHeadings.has(key)) return true;
  teaserPrefixes ??= multiWordPrefixes(bp.teaserHeadings, ' ');
  return startsWithAny(key, teaserPrefixes);
}

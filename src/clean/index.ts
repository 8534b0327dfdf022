// Clean stage: RawDoc → CleanArticle. Text scrapes are split into paragraphs; HTML pages go through the HTML
// reader (./html) first and then through the same paragraph passes. Every removal is recorded with its reason.
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { CleanArticle, DateCandidate, RawDoc, Removal } from '../types.js';
import { extractHtml } from './html/index.js';
import { normalizeDateValue } from './html/index.js';
import {
  bylineName,
  isCommentActionLine,
  isCommentStart,
  isContactLine,
  isHandleLine,
  isImageSizeLine,
  isImageUrlLine,
  isLocaleLine,
  isMetaLine,
  isNumberLine,
  isTagLine,
  isTeaserHeading,
  isUrlLine,
  phraseReason,
} from './features.js';
import { dateLine, explicitDates, isBareTimeLine, type FoundDate } from './dates.js';
import { choosePublished, dateFromUrlPath, modifiedDate } from './published.js';
import { dedupeSentences } from './sentences.js';
import { detectLanguage } from '../util/language.js';
import {
  containment,
  contentWords,
  endsLikeSentence,
  endsWithEllipsis,
  isProse,
  normalizeText,
  repeatKey,
  splitParagraphs,
  splitSentences,
  squash,
  stem,
  stopRatio,
  wordCount,
} from './text.js';

export { dateLine, explicitDates, numericDates } from './dates.js';

/**
 * Every date form dateLine accepts has its year written with four digits (ISO, numeric d.m.yyyy, month-name dates
 * whose match must contain \d{4}; years 1900–2999 cover Buddhist-era forms that chrono converts). Lines without
 * such a number cannot be date lines, so they skip the (costly, multi-locale) date parsers.
 */
const YEARISH = /(?:19|2\d)\d\d/;
const maybeDateLine = (t: string): FoundDate | null => (YEARISH.test(t) ? dateLine(t) : null);

/** One paragraph while it goes through the passes. */
export interface Para {
  text: string;
  /** Reason it was removed, or null while kept. */
  removed: string | null;
  /** A date line: the date it states. */
  date: FoundDate | null;
  /** A byline: the name it gives. */
  byline?: string | null;
  /** Sentence-level removals inside a kept paragraph. */
  cut: Removal[];
}

const RECORD_HEADER = [
  /^\s*(?:date\s*[:=]?\s*)?((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?:url\s*[:=]?\s*)?(https?:\/\/\S+)\s*$/i,
  /^\s*(?:url\s*[:=]?\s*)?(https?:\/\/\S+)\s+(?:date\s*[:=]?\s*)?((?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)\s*$/i,
];

/** Crawl record header "date YYYY-MM-DD URL" (or URL first) on the first line. */
export function parseRecordHeader(line: string): { date: string; url: string } | null {
  const a = RECORD_HEADER[0]!.exec(line);
  if (a) return { date: a[1]!, url: a[2]! };
  const b = RECORD_HEADER[1]!.exec(line);
  if (b) return { date: b[2]!, url: b[1]! };
  return null;
}

/** Headline shape: a few words, capitalised, no closing period, no ellipsis, no "CITY (Agency) -" dateline. */
export function isTitleShaped(p: string): boolean {
  const n = wordCount(p);
  if (n < 2 || n > 25 || p.length > 220) return false;
  if (/(\.\.\.|…)/.test(p)) return false;
  if (/[.;,:]$/.test(p.trim()) && !/\b\p{Lu}\.$/u.test(p.trim())) return false;
  if (!/\p{Lu}/u.test(p)) return false;
  if (/^\p{Lu}{3,}[\p{Lu} ,.'-]*(\([^)]*\))?\s*[-–—]/u.test(p)) return false;
  return true;
}

function sameText(a: string, b: string): boolean {
  const ka = repeatKey(a), kb = repeatKey(b);
  return ka.length > 0 && ka === kb;
}

/** Stems of recent paragraphs: the title, header and standfirst passes ask them of the same paragraphs several times.
 *  The sets are shared: read them, never change them. Bounded so long runs stay flat. */
const stemCache = new Map<string, ReadonlySet<string>>();
function stems(s: string): ReadonlySet<string> {
  let r = stemCache.get(s);
  if (r === undefined) {
    r = new Set(contentWords(s).map(stem));
    if (stemCache.size >= 4096) stemCache.clear();
    stemCache.set(s, r);
  }
  return r;
}

/** Site-name line: a short label that names the site of the URL ("Example News" for examplenews.com). */
function isSiteNameLine(p: string, label: string | null): boolean {
  if (!label || label.length < 4 || wordCount(p) > 5 || endsLikeSentence(p)) return false;
  const compact = p.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const first = (p.toLowerCase().match(/[\p{L}\p{N}]+/u) ?? [''])[0]!;
  return compact === label || compact.startsWith(label) || (first.length >= 4 && label.startsWith(first));
}

/** A short name-like line at the top of a scrape: "Example Press, en Español" → "Example Press". */
function siteNameFromHeader(p: string): string | null {
  const head = p.split(/\s*[,|–—:-]\s*/)[0]!.trim();
  if (wordCount(head) < 1 || wordCount(head) > 3 || /\d/.test(head) || !/^\p{Lu}/u.test(head)) return null;
  return head;
}

/**
 * The headline among the lines above the first body paragraph: the last headline-shaped line, unless it is a
 * subtitle (a longer, sentence-like line right under another headline-shaped line, with no date between them).
 */
function chooseTitle(paras: Para[], limit: number, kept: (i: number) => boolean): number {
  let last = -1;
  for (let i = limit - 1; i >= 0; i--) if (kept(i) && isTitleShaped(paras[i]!.text)) { last = i; break; }
  if (last < 0) return -1;
  // A headline shares words with the body; navigation labels, section names and promos do not. Among the
  // headline-shaped lines above the body, the one the body echoes most wins; nearness breaks ties.
  const body = new Set<string>();
  let taken = 0;
  for (let i = limit; i < paras.length && taken < 4; i++) {
    if (!kept(i) || !isProse(paras[i]!.text)) continue;
    for (const w of stems(paras[i]!.text)) body.add(w);
    taken++;
  }
  let best = last, bestScore = echo(paras[last]!.text, body);
  for (let i = last - 1, seen = 0; i >= 0 && seen < 15; i--) {
    if (!kept(i)) continue;
    seen++;
    if (!isTitleShaped(paras[i]!.text)) continue;
    const sc = echo(paras[i]!.text, body) - 0.01 * seen;
    if (sc > bestScore + 0.15) { best = i; bestScore = sc; }
  }
  last = best;
  let prev = -1;
  for (let i = last - 1; i >= 0; i--) {
    const p = paras[i]!;
    if (p.date || p.byline) break;
    if (p.removed) continue;
    prev = i;
    break;
  }
  if (prev < 0 || !isTitleShaped(paras[prev]!.text)) return last;
  const a = paras[prev]!.text, b = paras[last]!.text;
  const subtitle = wordCount(b) >= 10 && wordCount(b) > wordCount(a) && wordCount(a) >= 4 && stopRatio(b) > stopRatio(a);
  return subtitle ? prev : last;
}

/** How much the body echoes a headline: share of its content stems found in the body, damped below two matches. */
function echo(title: string, body: Set<string>): number {
  const t = stems(title);
  if (!t.size) return 0;
  let m = 0;
  for (const w of t) if (body.has(w)) m++;
  return (m / t.size) * Math.min(1, m / 2);
}

/**
 * First paragraph of the article body: the first running-prose paragraph that another prose paragraph follows
 * closely (a lone prose line among navigation is a promo); else the first prose paragraph.
 */
function findBodyStart(paras: Para[], kept: (i: number) => boolean): number {
  let first = -1;
  for (let i = 0; i < paras.length; i++) {
    if (!kept(i) || !isProse(paras[i]!.text)) continue;
    if (first < 0) first = i;
    for (let j = i + 1, seen = 0; j < paras.length && seen < 4; j++) {
      if (!kept(j)) continue;
      seen++;
      if (isProse(paras[j]!.text)) return i;
    }
  }
  return first;
}

const META_FIELD = /^\s*(url|link|source|date|published|publication date|title|headline|author|byline|language|lang)\s*[:=]\s*(\S.*)$/i;

/** A "Key: value" metadata block at the top of a scrape (url/date/title/author/language fields). */
export function parseMetaBlock(lines: string[]): { fields: Record<string, string>; consumed: number } {
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  let n = 0;
  for (; i < lines.length; i++) {
    const m = META_FIELD.exec(lines[i]!);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const norm = key === 'link' ? 'url' : key === 'published' || key === 'publication date' ? 'date' : key === 'headline' ? 'title' : key === 'byline' ? 'author' : key === 'lang' ? 'language' : key;
    fields[norm] = m[2]!.trim();
    n++;
  }
  // Two fields at least, one of them a URL or a date: a lone "Source: …" line may be article text.
  if (n < 2 || !(fields.url || fields.date)) return { fields: {}, consumed: 0 };
  return { fields, consumed: i };
}

/** Weights of the publication-date evidence the text passes find (choosePublished ranks candidates by them; the HTML
 *  reader weighs its own evidence in ./html/pubdate.ts). A revision date weighs nothing: it is never the publication
 *  date. One table, so that the tunables of the clean stage are read in one place. */
export const DATE_EVIDENCE = {
  recordMetadata: 8,
  recordHeader: 9,
  siteHeader: 2,
  modified: 0,
  timestampLine: 5,
  bylineUnderTitle: 6,
  textInHead: 3,
  datelineUnderStandfirst: 5,
  textInBody: 2,
  trailingDateline: 5,
} as const;

/** What the passes of cleanDocument read and update, one document at a time. */
interface CleanState {
  raw: RawDoc;
  /** Removals made before the paragraphs exist (record headers; the HTML reader's prunings). */
  removedFirst: Removal[];
  cands: DateCandidate[];
  url: string | null;
  title: string | null;
  description: string | null;
  author: string | null;
  siteName: string | null;
  declaredLanguage: string | null;
  /** The paragraphs come from the HTML reader (main content already), not from a text scrape. */
  htmlMode: boolean;
  htmlPublished: { value: string; from: string | null } | null;
  paras: Para[];
  /** The site's name as its domain says it (for site-name lines). */
  label: string | null;
  /** Index of the title line (-1: none in the text), of the first body paragraph (-1: none), and of the end of the
   *  article's head (where the title/body passes stop looking for datelines and standfirsts). */
  titleIdx: number;
  bodyStart: number;
  headEnd: number;
}

const kept = (s: CleanState, i: number) => !s.paras[i]!.removed && !s.paras[i]!.date && !s.paras[i]!.byline;

/** The document's metadata, and its paragraphs: from the HTML reader, or split from the text after a record header
 *  or metadata block. */
function readSource(raw: RawDoc): CleanState {
  const s: CleanState = {
    raw, removedFirst: [], cands: [], url: raw.url?.trim() || null, title: raw.title?.trim() ? squash(raw.title) : null, description: null,
    author: raw.author?.trim() || null, siteName: null, declaredLanguage: raw.language?.trim() || null, htmlMode: false, htmlPublished: null,
    paras: [], label: null, titleIdx: -1, bodyStart: -1, headEnd: 0,
  };
  if (raw.published?.trim()) {
    const v = normalizeDateValue(raw.published);
    if (v) s.cands.push({ value: v, from: 'record-metadata', evidence: raw.published.trim(), weight: DATE_EVIDENCE.recordMetadata });
  }
  let texts: string[];
  if (raw.html != null && raw.html !== '') {
    s.htmlMode = true;
    const ex = extractHtml(raw.html, s.url);
    s.url = ex.url ?? s.url;
    s.title = s.title ?? (ex.title ? squash(ex.title) : null);
    s.description = ex.description ? squash(ex.description) : null;
    s.author = s.author ?? ex.author;
    s.siteName = ex.siteName;
    s.declaredLanguage = s.declaredLanguage ?? ex.language;
    s.cands.push(...ex.dateCandidates);
    if (ex.published) s.htmlPublished = { value: ex.published, from: ex.publishedFrom };
    s.removedFirst.push(...ex.removed);
    texts = ex.paragraphs.map(squash).filter((p) => p.length > 0);
  } else texts = splitParagraphs(readTextHeader(s, normalizeText(raw.text ?? '')));
  s.paras = texts.map((text) => ({ text, removed: null, date: null, cut: [] }));
  s.label = s.url ? getDomainWithoutSuffix(s.url)?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? null : null;
  return s;
}

/** A text scrape's record header ("2024-03-01 https://…") or metadata block ("Title: …"): read into the state and cut;
 *  the rest of the text is returned. */
function readTextHeader(s: CleanState, text: string): string {
  const lines = text.split('\n');
  const firstIdx = lines.findIndex((l) => l.trim().length > 0);
  if (firstIdx < 0) return text;
  const h = parseRecordHeader(lines[firstIdx]!);
  if (h) {
    s.url = s.url ?? h.url;
    const v = normalizeDateValue(h.date);
    if (v) s.cands.push({ value: v, from: 'record-header', evidence: lines[firstIdx]!.trim(), weight: DATE_EVIDENCE.recordHeader });
    s.removedFirst.push({ text: lines[firstIdx]!.trim(), reason: 'record header' });
    return lines.slice(firstIdx + 1).join('\n');
  }
  const mb = parseMetaBlock(lines);
  if (!mb.consumed) return text;
  const f = mb.fields;
  if (f.url && /^https?:\/\//i.test(f.url)) s.url = s.url ?? f.url;
  if (f.title) s.title = s.title ?? squash(f.title);
  if (f.author) s.author = s.author ?? f.author;
  if (f.language) s.declaredLanguage = s.declaredLanguage ?? f.language;
  if (f.source && !/^https?:/i.test(f.source)) s.siteName = s.siteName ?? f.source;
  const v = f.date ? normalizeDateValue(f.date) : null;
  if (v) s.cands.push({ value: v, from: 'record-header', evidence: f.date!, weight: DATE_EVIDENCE.recordHeader });
  for (const l of lines.slice(0, mb.consumed)) if (l.trim()) s.removedFirst.push({ text: l.trim(), reason: 'record header' });
  return lines.slice(mb.consumed).join('\n');
}

/** Shape features and phrase lists, paragraph by paragraph. HTML paragraphs are already the main content (the reader
 *  pruned navigation and footers), and short lines there are often list items or table cells: only template residue
 *  and phrase-list furniture go. */
function markFurniture(s: CleanState): void {
  const scrape = !s.htmlMode;
  for (const p of s.paras) {
    const t = p.text;
    if (isMetaLine(t)) p.removed = 'meta xpath';
    else if (isImageUrlLine(t)) p.removed = 'image url';
    else if (isUrlLine(t)) p.removed = 'url line';
    else if (isImageSizeLine(t)) p.removed = 'image size';
    else if (isLocaleLine(t)) p.removed = 'locale line';
    else if (scrape && isContactLine(t)) p.removed = 'contact line';
    else if ((p.date = maybeDateLine(t))) continue;
    else if ((p.byline = bylineName(t))) continue;
    else if (scrape && isBareTimeLine(t)) p.removed = 'timestamp line';
    else if (scrape && isNumberLine(t)) p.removed = 'number line';
    else {
      const r = phraseReason(t);
      if (r) p.removed = r;
      else if (scrape && isSiteNameLine(t, s.label) && !(s.title && sameText(t, s.title))) {
        p.removed = 'site name';
        s.siteName = s.siteName ?? t;
      } else if (scrape && isTagLine(t) && !(s.title && sameText(t, s.title))) p.removed = 'tag line';
    }
  }
  s.bodyStart = findBodyStart(s.paras, (i) => kept(s, i));
}

/** The title. A known title (record/HTML metadata): its copies in the text go. Otherwise the last headline-shaped
 *  line above the first body paragraph. */
function markTitle(s: CleanState): void {
  const { paras } = s;
  const limit = s.bodyStart >= 0 ? s.bodyStart : Math.min(paras.length, 8);
  if (!s.title && !s.htmlMode) {
    s.titleIdx = chooseTitle(paras, limit, (i) => kept(s, i));
    // A headline-shaped line that is the only text left is the article itself (a one-line record), not its title.
    if (s.titleIdx >= 0 && !paras.some((_, i) => i !== s.titleIdx && kept(s, i))) s.titleIdx = -1;
    if (s.titleIdx >= 0) s.title = paras[s.titleIdx]!.text;
  }
  const title = s.title;
  if (!title) return;
  let first = true;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.date || !sameText(p.text, title)) continue;
    if (s.titleIdx < 0 && i <= limit) s.titleIdx = i;
    p.removed = first ? 'title' : 'repeated title';
    first = false;
  }
  // A given title without an exact copy: a headline line above the body that carries the title's words
  // (the page's own variant, e.g. with a site-name suffix) is the title line.
  if (s.titleIdx < 0) {
    const ts = stems(title);
    for (let i = 0; i < limit && ts.size >= 2; i++) {
      if (!kept(s, i) || !isTitleShaped(paras[i]!.text)) continue;
      const ps = stems(paras[i]!.text);
      if (containment(ts, ps) >= 0.8 && containment(ps, ts) >= 0.6) { s.titleIdx = i; paras[i]!.removed = 'title'; break; }
    }
  }
  // The last copy above the body is where the article starts.
  for (let i = limit - 1; i > s.titleIdx; i--) if (paras[i]!.removed === 'repeated title') { s.titleIdx = i; break; }
}

/** The page header above the title (text scrapes): site name, navigation, the page's own date. */
function markPageHeader(s: CleanState): void {
  const { paras, titleIdx } = s;
  if (s.htmlMode || titleIdx <= 0) return;
  // Running prose above the chosen title that the body echoes is article text (an intro above a
  // subheading), not page header: it stays.
  const bodyStems = new Set<string>();
  for (let i = titleIdx + 1, n = 0; i < paras.length && n < 6; i++) {
    if (!kept(s, i) || !isProse(paras[i]!.text)) continue;
    for (const w of stems(paras[i]!.text)) bodyStems.add(w);
    n++;
  }
  // A page header is short: with much running prose above the title, that prose is content, whatever the
  // title choice says.
  const proseAbove = proseWordsBefore(paras, 0, titleIdx);
  for (let i = 0; i < titleIdx; i++) {
    const p = paras[i]!;
    if (p.removed === 'title' || p.removed === 'repeated title') continue;
    if (!p.removed && !p.date && isProse(p.text, 15) && (proseAbove >= 80 || containment(stems(p.text), bodyStems) >= 0.35)) continue;
    if (p.date) {
      const modified = p.date.note === 'modified';
      s.cands.push({ value: p.date.value, from: modified ? 'modified' : 'site-header', evidence: p.text, weight: modified ? DATE_EVIDENCE.modified : DATE_EVIDENCE.siteHeader });
      p.removed = 'page date';
    } else if (!p.removed) {
      if (!s.siteName && i === paras.findIndex((_, j) => kept(s, j))) s.siteName = siteNameFromHeader(p.text);
      p.removed = 'site header';
    }
  }
}

/** Between title and body: datelines, bylines, timestamp lines, the description. */
function markHead(s: CleanState): void {
  const { paras, titleIdx } = s;
  const top = titleIdx >= 0 ? titleIdx + 1 : 0;
  s.headEnd = s.bodyStart >= 0 ? s.bodyStart : paras.length;
  let firstLoose = -1;
  for (let i = top; i < s.headEnd; i++) {
    const p = paras[i]!;
    if (p.date) {
      if (p.date.note === 'modified') {
        s.cands.push({ value: p.date.value, from: 'modified', evidence: p.text, weight: DATE_EVIDENCE.modified });
        p.removed = 'dateline';
        continue;
      }
      const isoOnly = /^\d{4}-\d{2}-\d{2}/.test(p.text.trim());
      s.cands.push({ value: p.date.value, from: isoOnly ? 'timestamp-line' : titleIdx >= 0 ? 'byline' : 'text', evidence: p.text, weight: isoOnly ? DATE_EVIDENCE.timestampLine : titleIdx >= 0 ? DATE_EVIDENCE.bylineUnderTitle : DATE_EVIDENCE.textInHead });
      p.removed = isoOnly ? 'timestamp line' : 'dateline';
      continue;
    }
    if (p.removed) continue;
    if (p.byline) { s.author = s.author ?? p.byline; p.removed = 'byline'; continue; }
    if (!s.htmlMode && wordCount(p.text) <= 8 && !endsLikeSentence(p.text)) { p.removed = 'meta line'; continue; }
    // A running-prose paragraph here is body (a lede standing apart); only a summary that is not running
    // prose (truncated, or trailing a dateline/site name) is the description.
    if (isProse(p.text) && !endsWithEllipsis(p.text)) {
      if (firstLoose < 0) firstLoose = i;
      continue;
    }
    if (titleIdx >= 0 && !s.htmlMode && !s.description) {
      s.description = stripTrailingDateline(p.text, s.cands);
      p.removed = 'description';
    }
  }
  if (firstLoose >= 0 && (s.bodyStart < 0 || firstLoose < s.bodyStart)) s.bodyStart = firstLoose;
}

/** A standfirst directly under the title: one sentence that the next paragraph restates. */
function markStandfirst(s: CleanState): void {
  const { paras } = s;
  if (s.htmlMode || s.titleIdx < 0 || s.description || s.bodyStart < 0) return;
  const first = paras[s.bodyStart]!;
  const nextIdx = paras.findIndex((p, i) => i > s.bodyStart && kept(s, i) && isProse(p.text));
  if (nextIdx > 0 && wordCount(first.text) <= 45 && (splitSentences(first.text).length === 1 || endsWithEllipsis(first.text))) {
    if (containment(stems(first.text), stems(paras[nextIdx]!.text)) >= 0.5) {
      s.description = first.text;
      first.removed = 'description';
      s.bodyStart = nextIdx;
    }
  }
}

/** Teaser lists, comment sections and comment blocks after the body's start. */
function markSections(s: CleanState): void {
  if (s.bodyStart < 0) return;
  markTeasers(s.paras, s.bodyStart);
  markCommentSections(s.paras, s.bodyStart);
  markCommentBlocks(s.paras, s.bodyStart);
}

/** Date lines left: a dateline under a standfirst still belongs to the head; in the body (text scrapes) timestamps
 *  and "updated" lines go (in HTML main content they are more often table cells or list entries, and stay). */
function markLateDates(s: CleanState): void {
  const { paras } = s;
  if (s.titleIdx >= 0 && s.bodyStart >= 0) {
    for (let i = s.bodyStart + 1; i < paras.length; i++) {
      const p = paras[i]!;
      if (!p.removed && !p.date && isProse(p.text)) break;
      if (!p.date || p.removed) continue;
      const modified = p.date.note === 'modified';
      s.cands.push({ value: p.date.value, from: modified ? 'modified' : 'byline', evidence: p.text, weight: modified ? DATE_EVIDENCE.modified : DATE_EVIDENCE.datelineUnderStandfirst });
      p.removed = 'dateline';
    }
  }
  if (s.htmlMode) return;
  for (let i = Math.max(s.headEnd, 0); i < paras.length; i++) {
    const p = paras[i]!;
    if (!p.date || p.removed) continue;
    const modified = p.date.note === 'modified';
    s.cands.push({ value: p.date.value, from: modified ? 'modified' : 'text', evidence: p.text, weight: modified ? DATE_EVIDENCE.modified : DATE_EVIDENCE.textInBody });
    p.removed = 'timestamp line';
  }
  for (const p of paras) if (p.date && !p.removed) p.removed = 'timestamp line';
}

/** Bylines left, repeated paragraphs, the footer (text scrapes) and repeated sentences. */
function markRepeats(s: CleanState): void {
  for (const p of s.paras) if (p.byline && !p.removed) { s.author = s.author ?? p.byline; p.removed = 'byline'; }
  if (!s.htmlMode) {
    markRepeatedParagraphs(s.paras, s.bodyStart);
    markFooter(s.paras);
  }
  dedupeSentences(s.paras, s.htmlMode ? 'captions' : 'all');
}

/** The passes of the clean stage, in order. */
const PASSES: ((s: CleanState) => void)[] = [markFurniture, markTitle, markPageHeader, markHead, markStandfirst, markSections, markLateDates, markRepeats];

export function cleanDocument(raw: RawDoc): CleanArticle {
  const s = readSource(raw);
  for (const pass of PASSES) pass(s);
  return finish(s);
}

/** The article: the kept paragraphs, the removals with their reasons, and the publication date chosen among the
 *  candidates. */
function finish(s: CleanState): CleanArticle {
  const removed: Removal[] = [...s.removedFirst];
  const out: string[] = [];
  for (const p of s.paras) {
    if (p.removed) removed.push({ text: p.text, reason: p.removed });
    else {
      removed.push(...p.cut);
      out.push(p.text);
    }
  }
  const text = out.join('\n\n');
  const u = dateFromUrlPath(s.url);
  if (u) s.cands.push(u);
  const pub = choosePublished(s.cands, text);
  // The HTML reader already ranked the page's own evidence (JSON-LD, meta, <time>) and left weak candidates
  // unused on purpose: its decision stands unless the record's own metadata gives a date.
  if (s.htmlMode && !s.cands.some((c) => c.from === 'record-metadata' || c.from === 'record-header')) {
    pub.published = s.htmlPublished?.value ?? null;
    pub.publishedFrom = s.htmlPublished?.from ?? null;
  }
  const raw = s.raw;
  return {
    origin: raw.origin,
    url: s.url,
    source: sourceOf(s.url, raw.source),
    siteName: s.siteName ?? (raw.source && !/\.\w{2,}$/.test(raw.source.trim()) ? raw.source.trim() : null),
    title: s.title,
    description: s.description,
    author: s.author,
    published: pub.published,
    publishedFrom: pub.publishedFrom,
    pageDate: pub.pageDate,
    modified: modifiedDate(pub.candidates, pub.published),
    language: detectLanguage(text, s.declaredLanguage),
    text,
    removed,
    dateCandidates: pub.candidates,
  };
}

function sourceOf(url: string | null, source: string | null | undefined): string | null {
  if (url) {
    const d = getDomain(url);
    if (d) return d;
  }
  if (source && /^[\w.-]+\.\w{2,}$/.test(source.trim())) return getDomain(source.trim()) ?? null;
  return null;
}

/** "Summary text... 02.01.2023, Example News" → "Summary text..." (the dateline becomes a date candidate). */
function stripTrailingDateline(p: string, cands: DateCandidate[]): string {
  const ds = explicitDates(p);
  const last = ds[ds.length - 1];
  if (!last) return p;
  const tail = p.slice(last.index + last.text.length);
  if (p.length - last.index > 60 || !/^[\s,|–—-]*(\p{Lu}[\p{L}'’.-]*\s*){0,4}$/u.test(tail)) return p;
  cands.push({ value: last.value, from: 'dateline', evidence: p.slice(last.index).trim(), weight: DATE_EVIDENCE.trailingDateline });
  return p.slice(0, last.index).replace(/[\s,|–—-]+$/, '').trim();
}

/** After a "Latest News"-type heading: headlines and truncated snippets go until running prose resumes. */
function markTeasers(paras: Para[], bodyStart: number): void {
  for (let i = bodyStart + 1; i < paras.length; i++) {
    if (!isTeaserHeading(paras[i]!.text)) continue;
    if (!paras[i]!.removed) paras[i]!.removed = 'teaser heading';
    let j = i + 1;
    for (; j < paras.length; j++) {
      const q = paras[j]!;
      if (isTeaserHeading(q.text)) { if (!q.removed) q.removed = 'teaser heading'; continue; }
      if (q.removed) continue;
      if (isCommentStart(q.text)) break;
      if (isProse(q.text, 25) && !endsWithEllipsis(q.text)) break;
      q.removed = 'teaser';
    }
    i = j - 1;
  }
}

/** Shape-only reasons that a comment section's reason replaces. */
const GENERIC = new Set(['tag line', 'number line', 'timestamp line', 'page footer']);

/** Comment timestamp: a date line with a clock time or a trailing vote count ("Mar 3rd, 2022 - 10:30 am 0"). */
function isCommentTimestamp(p: Para): boolean {
  return !!p.date && (p.date.value.length > 10 || /\s[+-]?\d{1,4}$/.test(p.text.slice(p.date.index + p.date.text.length)));
}

function isCommentMeta(p: Para): boolean {
  return isCommentTimestamp(p) || isHandleLine(p.text) || isCommentActionLine(p.text);
}

/** Running-prose words before index i (from the body start): a comment marker needs an article above it. */
function proseWordsBefore(paras: Para[], from: number, i: number): number {
  let n = 0;
  for (let k = Math.max(from, 0); k < i; k++) if (!paras[k]!.removed && isProse(paras[k]!.text)) n += wordCount(paras[k]!.text);
  return n;
}

/** An article above a comment marker: two running-prose paragraphs or 60 words of prose. */
const MIN_ARTICLE_WORDS = 60;

/**
 * A comment-section marker after the body cuts everything to the end, unless a clearly new article body
 * resumes: three running-prose paragraphs in a row with no comment metadata (handles, timestamps, votes)
 * anywhere since the marker.
 */
function markCommentSections(paras: Para[], bodyStart: number): void {
  let i = bodyStart + 1;
  while (i < paras.length) {
    const p = paras[i]!;
    if (!(isCommentStart(p.text) || p.removed === 'comment form')) { i++; continue; }
    if (proseWordsBefore(paras, bodyStart, i) < MIN_ARTICLE_WORDS) {
      // Too early for a comment section: a comment link or counter, which goes on its own.
      if (!p.removed && wordCount(p.text) <= 6) p.removed = 'comment link';
      i++;
      continue;
    }
    let resume = paras.length;
    let sawMeta = false;
    let run = 0;
    for (let j = i + 1; j < paras.length; j++) {
      const q = paras[j]!;
      if (isCommentMeta(q) || isCommentStart(q.text) || q.removed === 'comment form') { sawMeta = true; run = 0; continue; }
      if (q.removed) continue;
      if (isProse(q.text, 15)) run++;
      else run = 0;
      if (run >= 3 && !sawMeta) { resume = j - 2; break; }
    }
    for (let j = i; j < resume; j++) {
      const q = paras[j]!;
      if (!q.removed || q.date || GENERIC.has(q.removed)) q.removed = 'comment section';
    }
    i = resume + 1;
  }
}

/** Comment blocks without a section marker: handle line, ≤ 2 paragraphs, a timestamp line (and vote/reply lines). */
function markCommentBlocks(paras: Para[], bodyStart: number): void {
  for (let i = bodyStart + 1; i < paras.length; i++) {
    const d = paras[i]!;
    if (!d.date || d.removed) continue;
    let h = -1;
    for (let k = i - 1; k >= Math.max(bodyStart + 1, i - 3); k--) {
      if (isHandleLine(paras[k]!.text)) { h = k; break; }
    }
    let after = i + 1;
    if (h < 0) {
      // handle, timestamp, then the comment text up to the next handle line
      if (i - 1 > bodyStart && isHandleLine(paras[i - 1]!.text)) {
        h = i - 1;
        let k = i + 1;
        while (k < paras.length && k <= i + 3 && !isHandleLine(paras[k]!.text)) k++;
        if (k < paras.length && k <= i + 3 && isHandleLine(paras[k]!.text)) after = k;
        else if (k >= paras.length) after = paras.length;
      } else continue;
    }
    while (after < paras.length && isCommentActionLine(paras[after]!.text)) after++;
    for (let k = h; k < after; k++) {
      const q = paras[k]!;
      if (!q.removed || q.date || GENERIC.has(q.removed)) q.removed = 'comment';
    }
  }
}

/** Exact repeats: a paragraph seen before goes; short non-prose furniture lines seen twice or more all go. */
function markRepeatedParagraphs(paras: Para[], bodyStart: number): void {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  let lastProse = -1;
  for (let i = paras.length - 1; i >= 0; i--) if (!paras[i]!.removed && isProse(paras[i]!.text)) { lastProse = i; break; }
  // Short lines repeated inside the body may be list or table entries (the first copy stays); a short line that
  // also appears outside the body (header, footer) is page furniture (every copy goes).
  const outside = new Set<string>();
  paras.forEach((p, i) => {
    if (p.removed) return;
    const k = repeatKey(p.text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (i < bodyStart || i > lastProse) outside.add(k);
  });
  for (const p of paras) {
    if (p.removed) continue;
    const k = repeatKey(p.text);
    if (!k) continue;
    if ((counts.get(k) ?? 0) >= 2 && !isProse(p.text, 8) && wordCount(p.text) <= 10 && outside.has(k)) { p.removed = 'repeated line'; continue; }
    if (seen.has(k)) p.removed = 'repeated paragraph';
    else seen.set(k, 1);
  }
}

/** After the last running-prose paragraph: short non-sentence lines are page footer. */
function markFooter(paras: Para[]): void {
  let last = -1;
  for (let i = paras.length - 1; i >= 0; i--) if (!paras[i]!.removed && isProse(paras[i]!.text, 8)) { last = i; break; }
  if (last < 0) return;
  for (let i = last + 1; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.removed) continue;
    if (wordCount(p.text) <= 12 && !endsLikeSentence(p.text) && stopRatio(p.text) < 0.34) p.removed = 'page footer';
  }
}

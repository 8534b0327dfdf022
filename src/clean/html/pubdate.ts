// Publication-date evidence from one page: JSON-LD, <meta>, <time>, byline/date elements, URL, text near the title.
// Modified/updated dates are never candidates.
import type { DateCandidate } from '../../types.js';
import type { HtmlPatterns } from './patterns.js';
import { dateFromUrl, datesInText, normalizeDateValue, numericOrderFor, parseDateInText, type NumericOrder } from './dates.js';
import { readData } from '../../util/data.js';
import { dayDiff } from '../../util/calendar.js';

import { ldPages, ldString, type JsonObj, type MetaIndex } from './meta.js';
import { joinedText, normSpace } from './text.js';

function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/** Candidates from structured metadata (call before the DOM is pruned or mutated). */
export function metaDateCandidates(meta: MetaIndex, articles: JsonObj[], pats: HtmlPatterns): DateCandidate[] {
  const out: DateCandidate[] = [];
  articles.forEach((a, i) => {
    for (const [key, w] of [['datePublished', 10], ['dateCreated', 6], ['uploadDate', 7]] as const) {
      const raw = ldString(a[key]);
      const v = normalizeDateValue(raw);
      if (v && raw) out.push({ value: v, from: `jsonld:${key}`, evidence: raw, weight: i === 0 ? w : w - 1 });
    }
  });
  for (const p of ldPages(meta, pats)) {
    const raw = ldString(p['datePublished']);
    const v = normalizeDateValue(raw);
    if (v && raw) out.push({ value: v, from: 'jsonld-page:datePublished', evidence: raw, weight: 4 });
  }
  // Modified dates are evidence only (weight 0): a date shown on the page that equals one of them is an update.
  for (const a of articles.slice(0, 1)) {
    const v = normalizeDateValue(ldString(a['dateModified']));
    if (v) out.push({ value: v, from: 'modified', evidence: `jsonld:dateModified ${v}`, weight: 0 });
  }
  for (const [key, values] of meta.byKey) {
    if (pats.modifiedHint.test(key)) {
      const v = /date|time/.test(key) ? normalizeDateValue(values[0]) : null;
      if (v) out.push({ value: v, from: 'modified', evidence: `meta:${key} ${values[0]}`, weight: 0 });
      continue;
    }
    let w = pats.publishedMeta.get(key);
    if (key === 'datepublished') w = 9;
    // Unlisted names that say "published" ("w-published-date", "published"): a little below the listed ones.
    if (w === undefined && /(^|[-_.:])(publish(ed)?|pub)([-_.:]?(date|time|at|on))?$|(^|[-_.:])(publish(ed)?|pub)[-_.:]?(date|time)/.test(key)) w = 7;
    if (w === undefined) continue;
    const raw = values[0]!;
    const v = normalizeDateValue(raw);
    if (v) out.push({ value: v, from: `meta:${key}`, evidence: raw, weight: w });
  }
  return out;
}

function inModifiedContext(el: Element, pats: HtmlPatterns): boolean {
  let cur: Element | null = el;
  for (let i = 0; i < 3 && cur; i++) {
    if (pats.modifiedHint.test(attrText(cur))) return true;
    cur = cur.parentElement;
  }
  return false;
}

/** Containers that end the search for a date's label: the label of a date is written inside its own block. */
const LABEL_STOP = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML', 'SECTION', 'HEADER', 'FOOTER', 'ASIDE', 'NAV']);

/**
 * The label of the date held by `el`, read from the text written right before it (its earlier siblings, then its
 * ancestors' earlier siblings, at most 60 characters, and only what follows the last year written there: the label
 * of an earlier date is not this one's) and from its own text before the date: "Last updated: <time>",
 * "<h3>Published</h3><p><time>", "Date last reviewed: …".
 */
function labelOfElement(el: Element, own: string, dateIndex: number): DateLabel {
  const inner = labelBefore(own.slice(0, Math.max(0, dateIndex)));
  if (inner) return inner;
  let s = '';
  let cur: Element = el;
  for (let depth = 0; depth < 4 && s.length < 60; depth++) {
    for (let p = cur.previousSibling; p && s.length < 60; p = p.previousSibling) {
      if (p.nodeType === 1 ? SKIP_TAGS.has((p as Element).tagName) : p.nodeType !== 3) continue;
      s = `${p.textContent ?? ''} ${s}`;
    }
    const parent = cur.parentElement;
    if (!parent || LABEL_STOP.has(parent.tagName)) break;
    cur = parent;
  }
  s = normSpace(s);
  const years = [...s.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)];
  const last = years[years.length - 1];
  return labelBefore(last ? s.slice(last.index! + 4) : s);
}

const YEAR_RE = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * Short text that holds a full date without a label: a teaser card's date line (not a long excerpt that happens to
 * name a year, not one of the labelled "Published …", "Updated …", "Reviewed …" lines of a page's own details).
 */
function holdsDate(el: Element): boolean {
  const t = el.textContent ?? '';
  if (t.length > 600 || !YEAR_RE.test(t)) return false;
  const s = chunkText(el);
  if (s.length > 300) return false;
  const d = parseDateInText(s);
  return !!d && labelOfElement(el, s, d.index) === null;
}

/**
 * A card of a list (related articles, events, search results): the element or one of its three nearest ancestors
 * has a sibling of the same kind (tag and class) that also holds a date. The page's own date line is one of a kind.
 */
function inDatedList(el: Element): boolean {
  let cur: Element | null = el;
  for (let depth = 0; depth < 4 && cur && !LABEL_STOP.has(cur.tagName); depth++) {
    const tag = cur.tagName;
    const cls = cur.getAttribute('class') ?? '';
    let same = 0;
    for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
      let n = 0;
      for (let sib = cur[dir]; sib && n < 12 && !same; sib = sib[dir], n++) {
        if (sib.tagName === tag && (sib.getAttribute('class') ?? '') === cls && holdsDate(sib)) same++;
      }
    }
    if (same) return true;
    cur = cur.parentElement;
  }
  return false;
}

/**
 * Inside an <article> of another page (a teaser card): when the headline sits in an <article>, any <article>
 * around the element must be that one or hold it; otherwise the element is foreign when the page has several
 * <article> elements side by side (nested ones, such as an author box inside the article, do not count).
 */
const topArticleCount = new WeakMap<Document, number>();
/** Number of <article> elements not nested in another one (counted once per document). */
function topArticles(doc: Document): number {
  let n = topArticleCount.get(doc);
  if (n === undefined) {
    n = Array.from(doc.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article')).length;
    topArticleCount.set(doc, n);
  }
  return n;
}

function inOtherArticle(el: Element, h1: Element | null): boolean {
  const first = el.closest('article');
  if (!first) return false;
  if (h1?.closest('article')) {
    for (let a: Element | null = first; a; a = a.parentElement?.closest('article') ?? null) if (a.contains(h1)) return false;
    return true;
  }
  return topArticles(el.ownerDocument) > 1;
}

function headerContext(el: Element, pats: HtmlPatterns): number {
  let cur: Element | null = el.parentElement;
  let bonus = 0;
  for (let i = 0; i < 5 && cur; i++) {
    const tag = cur.tagName;
    if (tag === 'HEADER') bonus = Math.max(bonus, 2);
    if (tag === 'ARTICLE' || tag === 'MAIN') bonus = Math.max(bonus, 1);
    if (pats.dateClassHint.test(attrText(cur)) || pats.bylineHint.test(attrText(cur))) bonus = Math.max(bonus, 2);
    cur = cur.parentElement;
  }
  return bonus;
}

/** A date element of another page or of another kind (teaser card, list entry, "Updated", "Reviewed"): skipped. */
function foreignOrLabelled(el: Element, own: string, dateIndex: number, h1: Element | null, out: DateCandidate[], value: string): boolean {
  if (inOtherArticle(el, h1) || inDatedList(el)) return true;
  const label = labelOfElement(el, own, dateIndex);
  if (label === 'modified') out.push({ value, from: 'modified', evidence: own.slice(0, 100), weight: 0 });
  return label === 'modified' || label === 'other';
}

interface DatedElement {
  el: Element;
  value: string;
  evidence: string;
}

/** Tag and class of an element and of its parent: date elements of one kind come from one template. */
function kindOf(el: Element): string {
  const p = el.parentElement;
  return `${el.tagName}.${el.getAttribute('class') ?? ''}<${p?.tagName ?? ''}.${p?.getAttribute('class') ?? ''}`;
}

/**
 * Drops date elements of a kind that shows two or more different days on the page: one template repeated with
 * other dates is a list (related posts, comments, a feed), and none of its entries is the page's own date.
 */
function withoutRepeatedKinds(items: DatedElement[]): DatedElement[] {
  const days = new Map<string, Set<string>>();
  for (const x of items) {
    const k = kindOf(x.el);
    const set = days.get(k) ?? new Set<string>();
    set.add(x.value.slice(0, 10));
    days.set(k, set);
  }
  return items.filter((x) => days.get(kindOf(x.el))!.size < 2);
}

const PUBLISHED_PROP = /^(date-?published|published-?date|publish-?date|pub-?date)$/i;
const DATA_PUBLISHED = /^data-(pub-?date|publish(ed)?-?(date|time|at|on)?|date-?published)$/;

/** Whether most words of the title appear in a text (an <h1> that is a variant of the title). */
function sharesWords(text: string, title: string): boolean {
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  const have = new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  return words.length > 0 && words.filter((w) => have.has(w)).length >= 0.5 * words.length;
}

/**
 * The headline element: the first <h1> with text (an empty one is a logo or a placeholder), unless no <h1> reads
 * like the page title (none at all, or only the site's name in a masthead) while a heading, legend or paragraph does.
 */
export function headlineElement(doc: Document, title: string | null = null): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => normSpace(h.textContent));
  const key = normSpace(title).toLowerCase();
  const same = (el: Element): boolean => {
    const t = el.textContent ?? '';
    return t.length < key.length + 20 && normSpace(t).toLowerCase() === key;
  };
  if (key.length < 8 || h1s.some(same) || h1s.some((h) => sharesWords(h.textContent ?? '', key))) return h1s[0] ?? null;
  for (const el of Array.from(doc.querySelectorAll('h2, h3, legend, p'))) if (same(el)) return el;
  return h1s[0] ?? null;
}

/**
 * Candidates from machine-readable date elements of the page body: <time>, itemprop microdata, data attributes.
 * Read before pruning (a <time> in the article's own <aside> is the article's); teaser cards, dated lists and
 * labelled "updated"/"reviewed" dates are left out.
 */
export function dateElementCandidates(doc: Document, h1: Element | null, pats: HtmlPatterns): DateCandidate[] {
  const out: DateCandidate[] = [];
  let accepted = 0;
  // "Last modified <time>Jan 17</time> @ <time>1:39 PM</time>": a second <time> of the same day in the same line
  // belongs to the labelled one.
  const skipped: { box: Element; day: string }[] = [];
  const times: DatedElement[] = [];
  for (const t of Array.from(doc.querySelectorAll('time')).slice(0, 12)) {
    if (inModifiedContext(t, pats)) continue;
    const dt = t.getAttribute('datetime') ?? t.getAttribute('content');
    const own = normSpace(t.textContent);
    const inText = parseDateInText(own);
    const v = dt ? normalizeDateValue(dt) : inText?.value ?? null;
    if (!v || skipped.some((x) => x.day === v.slice(0, 10) && x.box.contains(t))) continue;
    if (foreignOrLabelled(t, own, inText?.index ?? 0, h1, out, v)) {
      const box = t.parentElement?.parentElement;
      if (box) skipped.push({ box, day: v.slice(0, 10) });
      continue;
    }
    times.push({ el: t, value: v, evidence: (dt ?? own).slice(0, 80) });
  }
  for (const { el: t, value, evidence } of withoutRepeatedKinds(times)) {
    const ip = (t.getAttribute('itemprop') ?? '').toLowerCase();
    let w = 4 + headerContext(t, pats) + (accepted === 0 ? 1 : 0);
    if (ip === 'datepublished') w = 9;
    // The HTML5 pubdate attribute is the page's own statement of its publication date.
    if (t.hasAttribute('pubdate')) w = 11;
    out.push({ value, from: ip === 'datepublished' ? 'time-element:itemprop' : 'time-element', evidence, weight: w });
    accepted++;
  }
  // Microdata outside <meta>/<time>: itemprop="datePublished" (and its spelled-out variants) on a span or div.
  const props: DatedElement[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (props.length >= 6) break;
    if (el.tagName === 'META' || el.tagName === 'TIME' || !PUBLISHED_PROP.test(el.getAttribute('itemprop') ?? '')) continue;
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? normSpace(el.textContent);
    const v = normalizeDateValue(raw);
    if (v && !inOtherArticle(el, h1) && !inDatedList(el)) props.push({ el, value: v, evidence: raw.slice(0, 80) });
  }
  for (const p of withoutRepeatedKinds(props).slice(0, 3)) out.push({ value: p.value, from: 'itemprop:datePublished', evidence: p.evidence, weight: 9 });
  // Publication dates that a page template writes as data attributes of the page or article container.
  for (const el of [doc.documentElement, doc.body, h1?.closest('article'), h1?.closest('main')]) {
    for (const a of Array.from(el?.attributes ?? [])) {
      if (!DATA_PUBLISHED.test(a.name)) continue;
      const v = normalizeDateValue(a.value);
      if (v) out.push({ value: v, from: `data:${a.name}`, evidence: a.value.slice(0, 80), weight: 7 });
    }
  }
  return out;
}

/** Candidates from date/byline elements written for people (read after pruning: sidebars are gone) and the URL. */
export function bodyDateCandidates(doc: Document, url: string | null, h1: Element | null, pats: HtmlPatterns): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Byline/date elements written for people: "Published March 3, 2024". The first one in document order is the
  // article's own; later ones usually belong to teasers of other articles, so they weigh less.
  const found: DatedElement[] = [];
  let last: Element | null = null;
  let lastText = '';
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (found.length >= 8) break;
    const tag = el.tagName;
    if (tag === 'TIME' || tag === 'BODY' || tag === 'HTML' || tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (!pats.dateClassHint.test(attrText(el)) || pats.modifiedHint.test(attrText(el))) continue;
    if (last && (last.contains(el) || el.contains(last))) continue;
    const text = chunkText(el);
    if (!text || text.length > 160 || text === lastText) continue;
    const d = parseDateInText(text);
    if (!d) continue;
    last = el;
    lastText = text;
    if (foreignOrLabelled(el, text, d.index, h1, out, d.value)) continue;
    found.push({ el, value: d.value, evidence: text.slice(0, 100) });
  }
  withoutRepeatedKinds(found)
    .slice(0, 4)
    .forEach((b, i) => out.push({ value: b.value, from: 'byline', evidence: b.evidence, weight: i === 0 ? 5 : 3 }));
  const u = dateFromUrl(url);
  if (u) out.push({ value: u.value, from: 'url', evidence: u.evidence, weight: u.weight });
  return out;
}

/** A date needs this much support to be reported: a lone weak hint (a WebPage date, a teaser date) is not enough. */
export const MIN_DATE_SCORE = 5;

/**
 * Best candidate: per calendar day, the strongest weight plus 1 for every other independent source (different
 * `from`) naming the same day; earliest day wins ties. Null when no day reaches MIN_DATE_SCORE.
 */
/** Dates read from the page as shown to readers (as opposed to machine-readable published metadata). */
const VISIBLE = new Set(['header', 'byline', 'time-element', 'original']);

/**
 * A site's front page (root path, an index file or a bare language folder, no query): it lists articles and has no
 * publication date of its own; the dates in its metadata are those of the page template.
 */
export function isFrontPage(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return !u.search && /^\/(?:(?:index|default|home)(?:\.\w+)?|[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(u.pathname);
  } catch {
    // a malformed URL is no front page
    return false;
  }
}

export function pickPublished(cands: DateCandidate[], url: string | null = null): DateCandidate | null {
  if (isFrontPage(url)) return null;
  // A date shown without a label next to the headline that equals the page's modified date, while published
  // metadata names another day, is the "updated" date printed on its own: not a publication date.
  const modified = new Set(cands.filter((c) => c.from === 'modified').map((c) => c.value.slice(0, 10)));
  if (modified.size) {
    const pubDays = cands.filter((c) => c.weight > 0 && !VISIBLE.has(c.from)).map((c) => c.value.slice(0, 10));
    cands = cands.map((c) => {
      const day = c.value.slice(0, 10);
      if (!VISIBLE.has(c.from) || c.weight >= 13 || !modified.has(day)) return c;
      // Only when published metadata names another day: published and updated on the same day is common.
      if (!pubDays.length || pubDays.some((p) => Math.abs(dayDiff(p, day)) <= 1)) return c;
      return { ...c, weight: 0 };
    });
  }
  // An all-numeric date read from the page (03/10/2023) may be day-first or month-first: the reading that the
  // machine-readable evidence confirms wins over the language convention.
  const machine = cands.filter((c) => c.weight > 0 && !VISIBLE.has(c.from)).map((c) => c.value.slice(0, 10));
  if (machine.length) {
    cands = cands.map((c) => {
      if (!VISIBLE.has(c.from) || !/(?<!\d)\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}/.test(c.evidence)) return c;
      const [y, mo, d] = c.value.slice(0, 10).split('-');
      if (+d! > 12 || mo === d) return c;
      const swapped = `${y}-${d}-${mo}`;
      const near = (day: string) => machine.some((x) => Math.abs(dayDiff(x, day)) <= 1);
      return !near(c.value) && near(swapped) ? { ...c, value: swapped } : c;
    });
  }
  // A URL date confirmed by the page's metadata was fixed when the article was filed: an unlabelled header date
  // days away from it belongs to something else (a teaser, a list entry).
  const u = cands.find((c) => c.from === 'url');
  if (u && cands.some((c) => /^(jsonld|meta)/.test(c.from) && c.weight > 0 && Math.abs(dayDiff(c.value, u.value)) <= 1)) {
    cands = cands.map((c) => (c.from === 'header' && c.weight < 13 && Math.abs(dayDiff(c.value, u.value)) > 1 ? { ...c, weight: 3 } : c));
  }
  const byDay = new Map<string, { max: number; froms: Set<string>; best: DateCandidate }>();
  for (const c of cands) {
    if (c.weight <= 0) continue;
    const day = c.value.slice(0, 10);
    const src = c.from.replace(/:.*$/, '');
    const e = byDay.get(day);
    if (!e) byDay.set(day, { max: c.weight, froms: new Set([src]), best: c });
    else {
      e.froms.add(src);
      e.max = Math.max(e.max, c.weight);
      if (c.weight > e.best.weight || (c.weight === e.best.weight && c.value.length > e.best.value.length)) e.best = c;
    }
  }
  let best: { day: string; score: number; best: DateCandidate } | null = null;
  for (const [day, e] of byDay) {
    const score = e.max + Math.min(3, e.froms.size - 1);
    if (!best || score > best.score || (score === best.score && day < best.day)) best = { day, score, best: e.best };
  }
  if (!best || best.score < MIN_DATE_SCORE) return null;
  // The day is settled; a machine-readable timestamp written for that same day adds the time of day.
  if (best.best.value.length === 10) {
    const timed = cands.filter((c) => c.weight > 0 && c.value.length > 10 && c.value.slice(0, 10) === best!.day && !VISIBLE.has(c.from));
    if (timed.length) return timed.reduce((a, b) => (b.weight > a.weight ? b : a));
  }
  return best.best;
}

// ---------------------------------------------------------------- dates written next to the headline

interface DateLabels {
  modified: string[];
  published: string[];
  notPublished: string[];
  rangeConnectors: string[];
  originallyPublished: string[];
}
type LabelRes = { modified: RegExp; published: RegExp; notPublished: RegExp; modifiedWord: RegExp; rangeAfterDate: RegExp; rangeAfterDay: RegExp; original: RegExp };
let labelRes: LabelRes | null = null;
function labelRegexes(): LabelRes {
  if (!labelRes) {
    const L = readData<DateLabels>('clean/dates.json');
    const alt = (ws: string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
    // The label ends right before the date: "Updated: ", "Published on ", "publié le ", "Veröffentlicht am ".
    const tail = '(?:\\s+(?:on|at|le|am|el|em|il|op|the|in|:))*[\\s:|,–—-]*$';
    const mk = (ws: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${alt(ws)})${tail}`, 'iu');
    const range = `(?:[-–—]|(?<![\\p{L}])(?:${alt(L.rangeConnectors)})(?![\\p{L}]))`;
    labelRes = {
      modified: mk(L.modified),
      published: mk(L.published),
      notPublished: mk(L.notPublished ?? []),
      modifiedWord: new RegExp(`(?:^|[^\\p{L}])(?:${alt(L.modified)})(?![\\p{L}])`, 'iu'),
      // Text between two dates that makes them a period; a day number and a connector right before a date.
      rangeAfterDate: new RegExp(`^\\s*${range}\\s*$`, 'iu'),
      rangeAfterDay: new RegExp(`(?<![\\d.:/])\\d{1,2}\\.?\\s*${range}\\s*$`, 'iu'),
      original: new RegExp(`(?<![\\p{L}])(?:${alt(L.originallyPublished)})(?![\\p{L}])`, 'giu'),
    };
  }
  return labelRes;
}

export type DateLabel = 'modified' | 'published' | 'other' | null;

/**
 * Whether the text between a date and the one before it (`afterDate`) or the text right before a date joins it
 * into a period: "2025-12-12 – 2025-12-17", "12 - 17 December 2025", "3 March to 5 April 2024".
 */
export function inRange(between: string, afterDate: boolean): boolean {
  const L = labelRegexes();
  return (afterDate && L.rangeAfterDate.test(between)) || L.rangeAfterDay.test(between.slice(-12));
}

/** The label written right before a date (within 40 characters): modified, published, other, or none. */
export function labelBefore(before: string): DateLabel {
  const t = before.slice(-40);
  const L = labelRegexes();
  if (L.modified.test(t)) return 'modified';
  if (L.published.test(t)) return 'published';
  // "Updated by Jane Doe 2024-04-10": the label and the date are split by a name.
  if (L.modifiedWord.test(t)) return 'modified';
  if (L.notPublished.test(t)) return 'other';
  return null;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'FORM', 'NAV', 'FOOTER', 'ASIDE', 'FIGCAPTION']);
/** A text chunk longer than this is prose (or a teaser list), not a date line: dates inside it are not looked at. */
const SHORT_CHUNK = 140;

/** Text of an element with spaces between child elements; <time> without a written year contributes its datetime. */
function chunkText(el: Element): string {
  if (el.tagName === 'TIME') return timeText(el);
  return normSpace(joinedText(el, (c) => (SKIP_TAGS.has(c.tagName) ? { skip: true } : c.tagName === 'TIME' ? { text: timeText(c) } : { gap: ' ' })));
}

/** A <time> element's valid datetime attribute, else its own text. */
function timeText(el: Element): string {
  const dt = el.getAttribute('datetime');
  return dt && normalizeDateValue(dt) ? dt.trim() : normSpace(el.textContent);
}

/**
 * Short text chunks (date lines, bylines) inside an element in document order: an element whose text is short is
 * one chunk; a longer one is split into its children, and its own loose text is ignored (prose). One post-order
 * walk (each text node is read once); it stops when the budget of characters is used up.
 */
function shortChunks(el: Element, out: string[], budget: WalkBudget): void {
  const r = chunkWalk(el, budget);
  if (r.short !== null) {
    if (/\d/.test(r.short)) out.push(r.short);
  } else out.push(...r.chunks);
}

/** Characters left to read, and the page's host (a link to another site describes that site's page). */
interface WalkBudget {
  n: number;
  host: string | null;
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\d?\./, '').toLowerCase() : null;
  } catch {
    // a malformed URL has no host
    return null;
  }
}

/**
 * A link to another site whose text describes that site's page: "Posted on <a href=//other.example/…>the
 * association's forum on 2025-07-09</a>". A link that is only a date may be the article's own permalink on a
 * platform host, and is kept.
 */
function describesOtherSite(el: Element, host: string | null): boolean {
  const href = el.getAttribute('href');
  if (!host || !href || !/^(https?:)?\/\//i.test(href)) return false;
  const h = hostOf(href.startsWith('//') ? `https:${href}` : href);
  if (!h || h === host || h.endsWith(`.${host}`) || host.endsWith(`.${h}`)) return false;
  return (normSpace(el.textContent).match(/\p{L}{2,}/gu) ?? []).length >= 3;
}

/**
 * A list of dated entries (events, teasers): two or more children of the same kind (tag and class) hold a date.
 * A byline holds one date, or one date and an "updated" one.
 */
function datedListContainer(el: Element): boolean {
  if (el.childElementCount < 2) return false;
  // Children of one kind that name a year (cheap), then the full test only on kinds with two or more of them.
  const groups = new Map<string, Element[]>();
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.textContent ?? '';
    if (t.length > 600 || !YEAR_RE.test(t)) continue;
    const k = `${c.tagName} ${c.getAttribute('class') ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  for (const g of groups.values()) if (g.length >= 2 && g.filter(holdsDate).length >= 2) return true;
  return false;
}

function chunkWalk(el: Element, budget: WalkBudget): { short: string | null; chunks: string[] } {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag) || tag === 'H1') return { short: '', chunks: [] };
  if (tag === 'TIME') return { short: chunkText(el), chunks: [] };
  if (tag === 'A' && describesOtherSite(el, budget.host)) return { short: '', chunks: [] };
  const segs: { text: string; element: boolean; chunks?: string[] }[] = [];
  let long = false;
  let len = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (budget.n <= 0) {
      long = true;
      break;
    }
    if (c.nodeType === 3) {
      const d = (c as Text).data;
      const n = d.trim().length;
      if (!n) continue;
      budget.n -= n;
      len += n;
      segs.push({ text: d, element: false });
    } else if (c.nodeType === 1) {
      const r = chunkWalk(c as Element, budget);
      if (r.short === null) {
        long = true;
        segs.push({ text: '', element: true, chunks: r.chunks });
      } else if (r.short) {
        len += r.short.length;
        segs.push({ text: r.short, element: true });
      }
    }
  }
  // A list of dated entries gives nothing; only an element whose text names a year is tested (the test reads text).
  const dated = (t: string): boolean => YEAR_RE.test(t);
  if (!long && len <= SHORT_CHUNK) {
    const t = normSpace(segs.map((x) => (x.element ? ` ${x.text} ` : x.text)).join(''));
    if (t.length <= SHORT_CHUNK) return dated(t) && datedListContainer(el) ? { short: '', chunks: [] } : { short: t, chunks: [] };
  }
  const chunks: string[] = [];
  for (const x of segs) {
    if (x.chunks) chunks.push(...x.chunks);
    else if (x.element && /\d/.test(x.text)) chunks.push(x.text);
  }
  if (chunks.some(dated) && datedListContainer(el)) return { short: '', chunks: [] };
  return { short: null, chunks };
}

interface ZoneDate {
  value: string;
  label: DateLabel;
  evidence: string;
  side: 'after' | 'before';
}

/** The article header: chunks just before the headline (same containers) and just after it. */
export function headerZone(h1: Element, url: string | null = null): { before: string[]; after: string[] } {
  const after: string[] = [];
  const before: string[] = [];
  const host = hostOf(url);
  const budA = { n: 2000, host };
  let cur: Element | null = h1;
  for (let hops = 0; hops < 14 && cur && budA.n > 0; hops++) {
    // Loose text right after the headline counts too: "<legend>Title</legend> 20 December 2025 <div>…".
    for (let t = cur.nextSibling; t && t.nodeType !== 1; t = t.nextSibling) {
      const text = t.nodeType === 3 ? normSpace((t as Text).data) : '';
      if (text && text.length <= SHORT_CHUNK && /\d/.test(text)) after.push(text);
    }
    const next: Element | null = cur.nextElementSibling;
    if (next) {
      cur = next;
      shortChunks(next, after, budA);
    } else {
      cur = cur.parentElement;
      if (!cur || cur.tagName === 'BODY' || cur.tagName === 'MAIN') break;
    }
  }
  // Before the headline: only inside the headline's own containers (a kicker, a date over the title), never the
  // site header or navigation above them.
  const budB = { n: 300, host };
  cur = h1;
  for (let level = 0; level < 3 && cur && budB.n > 0; level++) {
    const parts: string[][] = [];
    for (let prev = cur.previousElementSibling; prev && budB.n > 0; prev = prev.previousElementSibling) {
      if (prev.tagName === 'HEADER' || prev.tagName === 'NAV' || prev.getAttribute('role') === 'banner') break;
      const list: string[] = [];
      shortChunks(prev, list, budB);
      parts.push(list);
    }
    for (const list of parts) before.unshift(...list);
    cur = cur.parentElement;
    if (!cur || cur.tagName === 'BODY' || cur.tagName === 'MAIN' || cur.tagName === 'ARTICLE') break;
  }
  return { before, after };
}

function zoneDates(chunks: string[], side: 'after' | 'before', order: NumericOrder, english: boolean): ZoneDate[] {
  const out: ZoneDate[] = [];
  for (const chunk of chunks) {
    const ds = datesInText(chunk, order, english);
    if (!ds.length) continue;
    // A date line holds few other words: a byline with a name, a label, a reading time, a category. In a wordier
    // chunk only a date written right after a "published" label is read.
    let rest = chunk;
    for (const d of ds) rest = rest.replace(d.text, ' ');
    const wordy = (rest.match(/\p{L}{2,}/gu) ?? []).length > 14;
    let prevEnd = 0;
    const found: ZoneDate[] = [];
    ds.forEach((d, i) => {
      const before = chunk.slice(prevEnd, d.index);
      let label = labelBefore(before);
      prevEnd = d.index + d.text.length;
      // A period ("12–17 December 2025", "2025-12-12 - 2025-12-17") is not a publication date.
      const next = ds[i + 1];
      if (d.range || inRange(before, i > 0 && ds[i - 1]!.value !== d.value) || (next && next.value !== d.value && inRange(chunk.slice(prevEnd, next.index), true))) label = 'other';
      // "Page last modified 2025-01-17 @ 2025-01-17 13:39": the same date written again keeps its label.
      const prev = found[found.length - 1];
      if (label === null && prev && prev.value === d.value) label = prev.label;
      if (wordy && label !== 'published') return;
      found.push({ value: d.value, label, evidence: chunk.slice(0, 100), side });
    });
    // "3 May 2023 · Updated 5 June 2024": an unlabelled date set against an updated one is the published one.
    const mi = found.findIndex((d) => d.label === 'modified');
    if (mi > 0 && found[0]!.label === null) found[0]!.label = 'published';
    out.push(...found);
  }
  return out;
}

/** How the page writes dates: numeric day/month order and whether month names are English only (from its language). */
function pageDateConventions(doc: Document): { order: NumericOrder; english: boolean } {
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  return { order: numericOrderFor(lang), english: !lang || /^en\b/i.test(lang) };
}

/**
 * Dates written for people in the article header, next to the headline: "Published 3 March 2023", "By Jane Doe ·
 * Mar 3, 2023", "Veröffentlicht am 3. März 2023". The first unlabelled or "published" date after the headline (or
 * the last one over it) is the article's date as shown to readers; "updated" dates are kept as evidence only.
 */
export function headerZoneCandidates(doc: Document, h1: Element | null, url: string | null = null): DateCandidate[] {
  const { order, english } = pageDateConventions(doc);
  const out: DateCandidate[] = [];
  const head = h1 ?? doc.querySelector('article h2, main h2');
  if (!head) return out;
  const { before, after } = headerZone(head, url);
  const dates = [...zoneDates(after, 'after', order, english), ...zoneDates(before, 'before', order, english).reverse()];
  for (const d of dates) if (d.label === 'modified') out.push({ value: d.value, from: 'modified', evidence: d.evidence, weight: 0 });
  const pub = dates.find((d) => d.label === 'published');
  const plain = dates.find((d) => d.label === null);
  const pick = pub ?? plain;
  if (pick) out.push({ value: pick.value, from: 'header', evidence: pick.evidence, weight: pub ? 13 : pick.side === 'after' ? 12 : 11 });
  return out;
}

/**
 * "This article was originally published on 26 Sep 2019 but has been updated": an article that states when it first
 * appeared, anywhere in its text, outranks the (updated) date in its header. The date must follow the label within
 * the same sentence. `text` is the article's extracted text (teasers and sidebars are not read).
 */
export function originalPublicationCandidates(doc: Document, text: string): DateCandidate[] {
  const re = labelRegexes().original;
  re.lastIndex = 0;
  if (!re.test(text)) return [];
  const { order, english } = pageDateConventions(doc);
  re.lastIndex = 0;
  const out: DateCandidate[] = [];
  for (let m = re.exec(text), n = 0; m && n < 3; m = re.exec(text), n++) {
    const window = normSpace(text.slice(m.index + m[0].length, m.index + m[0].length + 90));
    const d = datesInText(window, order, english)[0];
    if (!d || d.index > 50 || /[.!?]\s/.test(window.slice(0, d.index))) continue;
    out.push({ value: d.value, from: 'original', evidence: normSpace(`${m[0]} ${window.slice(0, d.index + d.text.length)}`).slice(0, 100), weight: 14 });
  }
  return out;
}

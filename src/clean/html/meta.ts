// Page metadata for the HTML reader: JSON-LD, <meta>, title, author, site name, language, canonical URL.
import type { HtmlPatterns } from './patterns.js';
import { decodeEntities, joinedText, normKey, normSpace } from './text.js';
import { readData } from '../../util/data.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObj = { [k: string]: Json };

export interface MetaIndex {
  /** Lower-cased name/property/itemprop/http-equiv → contents in document order. */
  byKey: Map<string, string[]>;
  jsonld: JsonObj[];
}

function isObj(v: Json | undefined): v is JsonObj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function flattenLd(v: Json, out: JsonObj[], depth = 0): void {
  if (depth > 6 || v === null) return;
  if (Array.isArray(v)) {
    for (const x of v) flattenLd(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  out.push(v);
  const g = v['@graph'];
  if (g) flattenLd(g, out, depth + 1);
  // Articles nested as mainEntity / mainEntityOfPage of a WebPage.
  for (const k of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
    const sub = v[k];
    if (sub && typeof sub === 'object') flattenLd(sub, out, depth + 1);
  }
}

function parseLd(text: string): Json | null {
  const t = text.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  if (!t) return null;
  try {
    return JSON.parse(t) as Json;
  } catch {
    // Common breakage: raw control characters inside strings, trailing commas.
    try {
      // (control characters, raw in some pages' JSON-LD strings, make JSON.parse fail: they are read as spaces)
      // eslint-disable-next-line no-control-regex -- the control characters are what this pattern is for
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      // JSON-LD that still does not parse is left out; the page's other metadata remains
      return null;
    }
  }
}

export function indexMeta(doc: Document): MetaIndex {
  const byKey = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content') ?? m.getAttribute('value') ?? m.getAttribute('datetime');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(attr);
      if (!k) continue;
      for (const key of k.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const arr = byKey.get(key);
        if (arr) arr.push(content);
        else byKey.set(key, [content]);
      }
    }
  }
  const jsonld: JsonObj[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]'))) {
    const v = parseLd(s.textContent ?? '');
    if (v !== null) flattenLd(v, jsonld);
  }
  return { byKey, jsonld };
}

export function metaFirst(meta: MetaIndex, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.byKey.get(k);
    if (v) for (const x of v) {
      const s = normSpace(decodeEntities(x));
      if (s) return s;
    }
  }
  return null;
}

export function ldTypes(o: JsonObj): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/:#]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
  return [];
}

/** JSON-LD objects of article type, in document order. */
export function ldArticles(meta: MetaIndex, pats: HtmlPatterns): JsonObj[] {
  return meta.jsonld.filter((o) => ldTypes(o).some((t) => pats.articleTypes.has(t)));
}
export function ldPages(meta: MetaIndex, pats: HtmlPatterns): JsonObj[] {
  return meta.jsonld.filter((o) => ldTypes(o).some((t) => pats.pageTypes.has(t)));
}

export function ldString(v: Json | undefined): string | null {
  if (typeof v === 'string') return normSpace(decodeEntities(v)) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(x);
      if (s) return s;
    }
    return null;
  }
  if (isObj(v)) {
    if (typeof v['@value'] === 'string') return ldString(v['@value']);
    if (typeof v['name'] === 'string') return ldString(v['name']);
  }
  return null;
}

/** Names of persons/organisations in a JSON-LD author value; resolves @id references within the page. */
export function ldNames(v: Json | undefined, meta: MetaIndex, depth = 0): string[] {
  if (v === null || v === undefined || depth > 3) return [];
  if (typeof v === 'string') return [normSpace(decodeEntities(v))].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(x, meta, depth + 1));
  if (isObj(v)) {
    if (typeof v['name'] === 'string') return [normSpace(decodeEntities(v['name']))].filter(Boolean);
    if (Array.isArray(v['name'])) return ldNames(v['name'], meta, depth + 1);
    const id = v['@id'];
    if (typeof id === 'string') {
      const ref = meta.jsonld.find((o) => o['@id'] === id && o !== v);
      if (ref) return ldNames(ref, meta, depth + 1);
    }
  }
  return [];
}

// ---------------------------------------------------------------- title

const SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • ', ' » ', ' « ', ' / ', ' ~ ', ': '];

function hostWords(url: string | null): string[] {
  if (!url) return [];
  try {
    const h = new URL(url).hostname.replace(/^www\d?\./, '');
    const parts = h.split('.');
    return [normKey(parts.slice(0, -1).join(' ')), normKey(parts[0] ?? '')].filter(Boolean);
  } catch {
    // a malformed URL names no site
    return [];
  }
}

function looksLikeSite(seg: string, siteName: string | null, url: string | null): boolean {
  const k = normKey(seg);
  if (!k) return true;
  const compact = k.replace(/ /g, '');
  if (siteName) {
    const sk = normKey(siteName);
    const sc = sk.replace(/ /g, '');
    if (sk && (k === sk || compact === sc || (sc.length > 3 && (compact.includes(sc) || sc.includes(compact))))) return true;
  }
  for (const hw of hostWords(url)) {
    const hc = hw.replace(/ /g, '');
    if (hc.length > 2 && (compact === hc || compact.includes(hc) || (compact.length > 3 && hc.includes(compact)))) return true;
  }
  return false;
}

/** Strips a site-name suffix/prefix (" | Site", " - Site", "Site: ") from a page title. */
export function stripSiteName(title: string, siteName: string | null, url: string | null): string {
  let t = normSpace(title);
  for (let round = 0; round < 2; round++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0) {
        const head = t.slice(0, i).trim();
        const tail = t.slice(i + sep.length).trim();
        if (head.length >= 10 && looksLikeSite(tail, siteName, url)) {
          t = head;
          changed = true;
          break;
        }
      }
      const j = t.indexOf(sep);
      if (j > 0 && sep !== ': ') {
        const head = t.slice(0, j).trim();
        const tail = t.slice(j + sep.length).trim();
        if (tail.length >= 10 && looksLikeSite(head, siteName, url)) {
          t = tail;
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  // A trailing " | Anything short" left: strip on the strongest separator when the head is clearly a headline.
  const bar = t.lastIndexOf(' | ');
  if (bar > 0) {
    const head = t.slice(0, bar).trim();
    const tail = t.slice(bar + 3).trim();
    if (head.split(' ').length >= 3 && tail.split(' ').length <= 5) t = head;
  }
  return t;
}

const BREAKING = new Set(['BR', 'DIV', 'P', 'LI', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Text of a heading where a line break or a block child separates words ("WEEKEND<br>CODING" is two words). */
function headingText(el: Element): string {
  return joinedText(el, (c) => (c.tagName === 'SCRIPT' || c.tagName === 'STYLE' ? { skip: true } : { gap: BREAKING.has(c.tagName) ? ' ' : '' }));
}

export interface TitleInfo {
  title: string | null;
  h1: string | null;
}

function overlap(a: string, b: string): number {
  const ta = new Set(normKey(a).split(' ').filter(Boolean));
  const tb = normKey(b).split(' ').filter(Boolean);
  if (!ta.size || !tb.length) return 0;
  let n = 0;
  for (const t of tb) if (ta.has(t)) n++;
  return n / Math.max(ta.size, tb.length);
}

/**
 * The headline as printed (<h1>) is preferred: metadata titles are often SEO variants. Metadata (og:title,
 * JSON-LD headline, <title> without site name) decides between several <h1>, trims an <h1> that carries extra
 * byline text, and is the answer when the page has no usable <h1>.
 */
export function pickTitle(doc: Document, meta: MetaIndex, articles: JsonObj[], siteName: string | null, url: string | null): TitleInfo {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => normSpace(decodeEntities(headingText(h))))
    .filter((s) => s.length > 3 && s.length < 300 && !looksLikeSite(s, siteName, url));
  const og = metaFirst(meta, 'og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title');
  let ld: string | null = null;
  for (const a of articles) {
    ld = ldString(a['headline']) ?? ldString(a['name']);
    if (ld) break;
  }
  const docTitle = normSpace(decodeEntities(doc.querySelector('title')?.textContent ?? '')) || null;
  const cands = [og, ld, docTitle].filter((x): x is string => !!x).map((s) => stripSiteName(s, siteName, url)).filter((s) => s.length > 0);
  for (const h of h1s) {
    const hk = normKey(h);
    for (const c of cands) {
      const ck = normKey(c);
      if (!ck || !hk) continue;
      if (ck === hk) return { title: h, h1: h };
      // One is the other plus extra words (site name, "Posted on … by …"): the shorter is the headline.
      if (ck.length > 15 && hk.length > 15 && (hk.startsWith(ck) || ck.startsWith(hk))) return { title: hk.length <= ck.length ? h : c, h1: h };
    }
  }
  // A single <h1> that shares no word with any metadata title is a section or site label ("Our blog"), not the
  // headline: the metadata title is.
  if (h1s.length === 1 && cands.length && cands.every((c) => overlap(c, h1s[0]!) === 0)) return { title: cands[0]!, h1: h1s[0]! };
  if (h1s.length === 1) return { title: h1s[0]!, h1: h1s[0]! };
  if (h1s.length > 1 && cands.length) {
    let best = h1s[0]!;
    let score = -1;
    for (const h of h1s) {
      const sc = Math.max(...cands.map((c) => overlap(c, h)));
      if (sc > score) {
        score = sc;
        best = h;
      }
    }
    if (score >= 0.3) return { title: best, h1: best };
  }
  return { title: cands[0] ?? h1s[0] ?? null, h1: h1s[0] ?? null };
}

// ---------------------------------------------------------------- author

const URL_RE = /^(https?:)?\/\/|^www\.|\.(com|org|net)\b|^@/i;

/** Text of an element with a space between child elements (textContent glues "By" and the name together). */
export function spacedText(el: Element): string {
  return normSpace(joinedText(el, (c) => (c.tagName === 'SCRIPT' || c.tagName === 'STYLE' || c.tagName === 'TIME' ? { skip: true } : { gap: ' ' })));
}

/** "A", "A and B", "A, B, and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

interface AuthorWords {
  roles: string[];
  labels: string[];
  placeholders: string[];
}
let authorWords: { roles: Set<string>; labels: Set<string>; placeholders: Set<string> } | null = null;
function authorLexicon(): { roles: Set<string>; labels: Set<string>; placeholders: Set<string> } {
  if (!authorWords) {
    const w = readData<AuthorWords>('clean/authors.json');
    authorWords = { roles: new Set(w.roles), labels: new Set(w.labels), placeholders: new Set(w.placeholders) };
  }
  return authorWords;
}

/**
 * "Jane Doe Senior Reporter", "Liz Kenny Former McKinsey Consultant": a role written after the name without a
 * separator (the byline's elements glued together). The name is kept up to the word where the role begins: a role
 * word at the third word or later, or one or two words before it ("Tech Reporter", "Content Marketing Coordinator").
 */
export function stripRole(name: string): string {
  const { roles } = authorLexicon();
  const toks = name.split(' ');
  for (let i = 2; i < toks.length; i++) {
    // "Mayank Gupta, CEO of CaseBasix": a role set off by a comma is part of the byline as written.
    if (/[,;]$/.test(toks[i - 1]!)) return name;
    const near = toks.slice(i, i + 3).map((t) => t.toLowerCase().replace(/[^\p{L}-]/gu, ''));
    if (near.some((t) => roles.has(t))) return toks.slice(0, i).join(' ').replace(/[\s,;:-]+$/, '');
  }
  return name;
}

export function cleanAuthor(raw: string | null | undefined, pats: HtmlPatterns): string | null {
  let s = normSpace(decodeEntities(raw ?? ''));
  if (!s) return null;
  if (URL_RE.test(s)) return null;
  // Template placeholders left unrendered ("page.head.extra.author", "{{author}}"); a user name ("jane.r.doe") stays.
  if (/^[\w-]+(\.[\w-]+)+\.(author|authors|byline|name|creator)$/i.test(s) || /\{\{|\}\}|\$\{/.test(s)) return null;
  // Link texts around a name: "Read more about The Upwork Team", "Guide by Will Judd", "Authored by: Dr. Jane Roe".
  s = s.replace(/^(?:read more|more|all posts|articles)\s+(?:about|from|by)\s+/i, '');
  s = s.replace(/^(?:[\p{L}]+\s+)?(?:authored|written|guide|review|reviewed|story|words)\s+by\s*:?\s+/iu, '');
  s = s.replace(pats.authorNoise, '');
  s = s.replace(pats.authorNoise, '');
  // Cut trailing dates, roles and separators: "Jane Doe | Staff Writer", "Jane Doe, 3 March 2024", "Jane Doe Updated ...".
  s = s.replace(/\s*(\||•|·|—|–| - )\s*.*$/, '');
  s = s.replace(/\s+\d+\s*(min|mins|minutes?)\b.*$/i, '');
  s = s.replace(/\s+(updated|published|posted|on|last updated|last)\b.*$/i, '');
  s = s.replace(/,?\s+(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i, '');
  s = s.replace(/,?\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*$/, '');
  s = s.replace(/^[\s,:;-]+|[\s,:;-]+$/g, '');
  if (!s || s.length > 100 || !/\p{L}/u.test(s)) return null;
  if (s.split(/\s+/).length > 12) return null;
  // Not a name: dates, reading times, form labels, user handles, placeholders.
  if (/(?<!\d)(19|20)\d{2}(?!\d)|\bmin(ute)?s? read\b|[*@©<>{}=]|\bhttps?\b/i.test(s)) return null;
  if (/^[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d-]+$/u.test(s) && /\d/.test(s)) return null; // generated ids
  if (/^(undefined|null|none|the author|author|name)$/i.test(s)) return null;
  const lex = authorLexicon();
  if (lex.labels.has(s.toLowerCase().replace(/[:\s]+$/, '')) || lex.placeholders.has(s.toLowerCase())) return null;
  s = stripRole(s);
  // Comment headers ("Jane says") and author-archive links ("View all posts by Jane").
  if (/\s(says|said|wrote)\s*:?$/i.test(s) || /^(view|see|read) (all|more) (posts|articles|stories)/i.test(s)) return null;
  return s;
}

function isOrg(v: Json | undefined): boolean {
  return isObj(v) && ldTypes(v).some((t) => /Organization|Corporation|NewsMediaOrganization|WebSite|Brand/i.test(t));
}

export function pickAuthor(doc: Document, meta: MetaIndex, articles: JsonObj[], pats: HtmlPatterns, siteName: string | null = null): string | null {
  void siteName;
  const ok = (c: string | null): c is string => !!c;
  for (const a of articles) {
    const raw = a['author'];
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    // Organisations named as author come after persons.
    const persons = list.filter((x) => !isOrg(x));
    const names = (persons.length ? persons : list).flatMap((x) => ldNames(x, meta)).map((n) => cleanAuthor(n, pats)).filter(ok);
    const uniq = [...new Set(names)];
    if (uniq.length) return joinNames(uniq);
  }
  const m = cleanAuthor(metaFirst(meta, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'), pats);
  if (ok(m)) return m;
  const selectors = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', 'a[href*="/author/"]'];
  for (const sel of selectors) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 3)) {
      const c = cleanAuthor(el.getAttribute('content') ?? spacedText(el), pats);
      if (ok(c)) return c;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]')).slice(0, 4000)) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!pats.bylineHint.test(attr)) continue;
    const text = spacedText(el);
    if (!text || text.length > 80) continue;
    const c = cleanAuthor(text, pats);
    if (ok(c)) return c;
  }
  return null;
}

// ---------------------------------------------------------------- site, language, url, description

export function pickSiteName(meta: MetaIndex, articles: JsonObj[]): string | null {
  const og = metaFirst(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'dc.publisher', 'cxenseparse:site');
  if (og) return og;
  for (const a of articles) {
    const p = ldNames(a['publisher'], meta)[0];
    if (p) return p;
  }
  const site = meta.jsonld.find((o) => ldTypes(o).includes('WebSite'));
  return site ? ldString(site['name']) : null;
}

export function pickLanguage(doc: Document, meta: MetaIndex): string | null {
  const cands = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    metaFirst(meta, 'og:locale'),
    metaFirst(meta, 'content-language', 'language', 'dc.language', 'inlanguage'),
  ];
  for (const c of cands) {
    const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(normSpace(c ?? ''));
    if (m) return m[1]!.toLowerCase().slice(0, 3);
  }
  return null;
}

export function pickUrl(doc: Document, meta: MetaIndex, given: string | null | undefined): string | null {
  const canon = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = metaFirst(meta, 'og:url');
  for (const c of [canon, og]) {
    const s = normSpace(c ?? '');
    if (!s) continue;
    try {
      return new URL(s, given ?? undefined).href;
    } catch {
      /* relative without base: ignore */
    }
  }
  return given ?? null;
}

export function pickDescription(meta: MetaIndex, articles: JsonObj[]): string | null {
  const d = metaFirst(meta, 'og:description', 'description', 'twitter:description', 'dc.description');
  if (d) return d;
  for (const a of articles) {
    const s = ldString(a['description']);
    if (s) return s;
  }
  return null;
}

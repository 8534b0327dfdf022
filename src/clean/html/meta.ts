// Page metadata for the HTML reader: JSON-LD, <meta>, title, author, site name, language, canonical URL.
import type { HtmlPatterns } from './patterns.js';
import { decodeEntities, normKey, normSpace } from './text.js';

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
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
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

export interface TitleInfo {
  title: string | null;
  h1: string | null;
}

export function pickTitle(doc: Document, meta: MetaIndex, articles: JsonObj[], siteName: string | null, url: string | null): TitleInfo {
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => normSpace(h.textContent)).filter((s) => s.length > 3);
  const og = metaFirst(meta, 'og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title');
  let ld: string | null = null;
  for (const a of articles) {
    ld = ldString(a['headline']) ?? ldString(a['name']);
    if (ld) break;
  }
  const docTitle = normSpace(doc.querySelector('title')?.textContent ?? '') || null;
  const cands = [og, ld, docTitle].filter((x): x is string => !!x).map((s) => stripSiteName(s, siteName, url));
  // An <h1> that agrees with the metadata is the printed headline: prefer it (exact wording on the page).
  for (const h of h1s) {
    const hk = normKey(h);
    if (!hk) continue;
    for (const c of cands) {
      const ck = normKey(c);
      if (ck === hk || (ck.length > 15 && (hk.startsWith(ck) || ck.startsWith(hk)) && Math.min(ck.length, hk.length) / Math.max(ck.length, hk.length) > 0.6)) {
        return { title: h, h1: h };
      }
    }
  }
  const h1 = h1s.length === 1 ? h1s[0]! : null;
  const first = cands.find((c) => c.length > 0) ?? h1 ?? null;
  return { title: first, h1: h1s[0] ?? null };
}

// ---------------------------------------------------------------- author

const URL_RE = /^(https?:)?\/\/|^www\.|\.(com|org|net)\b|^@/i;

export function cleanAuthor(raw: string | null | undefined, pats: HtmlPatterns): string | null {
  let s = normSpace(decodeEntities(raw ?? ''));
  if (!s) return null;
  if (URL_RE.test(s)) return null;
  s = s.replace(pats.authorNoise, '');
  s = s.replace(pats.authorNoise, '');
  // Cut trailing dates, roles and separators: "Jane Doe | Staff Writer", "Jane Doe, 3 March 2024", "Jane Doe Updated ...".
  s = s.replace(/\s*(\||•|·|—|–)\s.*$/, '');
  s = s.replace(/\s+(updated|published|posted|on)\b.*$/i, '');
  s = s.replace(/,?\s+(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i, '');
  s = s.replace(/,?\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*$/, '');
  s = s.replace(/^[\s,:;-]+|[\s,:;-]+$/g, '');
  if (!s || s.length > 100 || !/\p{L}/u.test(s)) return null;
  if (s.split(/\s+/).length > 12) return null;
  if (/^(admin|administrator|staff|editor|guest|unknown|anonymous|null|undefined)$/i.test(s)) return s.length ? s : null;
  return s;
}

export function pickAuthor(doc: Document, meta: MetaIndex, articles: JsonObj[], pats: HtmlPatterns): string | null {
  for (const a of articles) {
    const names = ldNames(a['author'], meta).map((n) => cleanAuthor(n, pats)).filter((x): x is string => !!x);
    const uniq = [...new Set(names)];
    if (uniq.length) return uniq.join(', ');
  }
  const m = cleanAuthor(metaFirst(meta, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'), pats);
  if (m) return m;
  const selectors = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', 'a[href*="/author/"]'];
  for (const sel of selectors) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 3)) {
      const c = cleanAuthor(el.getAttribute('content') ?? el.textContent, pats);
      if (c) return c;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]')).slice(0, 4000)) {
    const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!pats.bylineHint.test(attr)) continue;
    const text = normSpace(el.textContent);
    if (!text || text.length > 80) continue;
    const c = cleanAuthor(text, pats);
    if (c) return c;
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

// JSON API handlers: each takes the store and the query, returns a JSON-able value or throws HttpError.
import type { Store } from '../store/index.js';
import type { StoryEvent } from '../types.js';
import { sortTimeline, dyadSeries, contractEvent, toContractArticle, toContractMention, formatEventDate, eventRow, toCsv, filterEvents, searchEvents, outletOf, EVENT_COLUMNS } from '../merge/index.js';
import type { EventFilter } from '../store/index.js';
import { codeName, allCodes } from '../events/index.js';

export { codeName };
import { HttpError, Paged, bad, eventFilter, intParam, numberParam, single, actorParam, oneOf, dyadParam, pageParams, pageOf } from './params.js';
import { buildDigest, digestJson, keyMoments, salienceFields, scoredEvents, type KeyMomentOptions } from '../salience/index.js';
import { actorLabel } from './labels.js';

export type Query = URLSearchParams;

/** An event as the API sends it: the contract shape plus labels the page shows (date at its precision, code name). */
export function apiEvent(e: StoryEvent) {
  return { ...contractEvent(e), dateLabel: formatEventDate(e.date), codeName: codeName(e.code) };
}

export async function articles(store: Store, q: Query) {
  const { limit, offset } = pageParams(q, 50, 1000);
  return new Paged((await store.listArticles({ limit, offset })).map(toContractArticle), await store.countArticles(), offset, limit);
}

export async function article(store: Store, id: string) {
  if (!/^[\w.:-]{1,200}$/.test(id)) throw bad('article id may only hold letters, digits and . _ : -');
  const a = await store.getArticle(id);
  if (!a) throw new HttpError(404, `no article with id ${id}`);
  const mentions = await store.listMentions({ articleId: a.id });
  return { ...toContractArticle(a), removed: a.removed, dateCandidates: a.dateCandidates, mentions: mentions.map((m) => ({ ...toContractMention(m), dateLabel: formatEventDate(m.date), codeName: codeName(m.code) })) };
}

/** Articles (full-text index) or events (summaries and evidence sentences; the event filters apply) matching `q`. */
export async function search(store: Store, q: Query) {
  const query = single(q, 'q');
  if (!query) throw bad('parameter "q" (the search query) is required');
  if (query.length > 500) throw bad('parameter "q" is too long (at most 500 characters)');
  const where = oneOf(q, 'in', ['articles', 'events'] as const, 'articles');
  const page = pageParams(q, 20, 200);
  const f = eventFilter(q);
  if (where === 'articles') {
    if (Object.keys(f).length) throw bad(`the event filters (${Object.keys(f).join(', ')}) apply to in=events only`);
    return new Paged(await store.search(query, page.limit, page.offset), await store.countSearch(query), page.offset, page.limit);
  }
  return pageOf(searchEvents(await filteredEvents(store, f), query), page, (h) => ({ ...apiEvent(h.event), score: h.score }));
}

/** The events of a filter: the store narrows what it can, filterEvents the rest (QuadClass, outlet, dated). */
async function filteredEvents(store: Store, f: EventFilter) {
  return filterEvents(await store.listEvents(f), f);
}

export async function events(store: Store, q: Query) {
  const f = eventFilter(q);
  return pageOf(await filteredEvents(store, f), pageParams(q, 1000, 10000), apiEvent);
}

/** top, perDay, min as key-moment options, or null when neither top nor min is given. */
function keyMomentParams(q: Query): KeyMomentOptions | null {
  const top = q.has('top') ? intParam(q, 'top', 10, 1, 100_000) : undefined;
  const perDay = q.has('perDay') ? intParam(q, 'perDay', 1, 1, 1000) : undefined;
  const min = numberParam(q, 'min', 0, 1);
  if (top === undefined && min === undefined) {
    if (perDay !== undefined) throw bad('parameter "perDay" needs "top" or "min" (it limits the key moments per day)');
    return null;
  }
  return { top, perDay, min };
}

/**
 * Events in date order (undated last), a page at a time. `actor` or `dyad`, not both; the other filters narrow
 * further. With `top=N` (and/or `min=S`): the key moments, the N most salient events (salience ≥ S), one per day
 * unless `perDay=K`, each with its salience and the evidence behind it.
 */
export async function timeline(store: Store, q: Query) {
  if (q.has('actor') && q.has('dyad')) throw bad('give either "actor" or "dyad", not both');
  const filter = eventFilter(q);
  const key = keyMomentParams(q);
  const page = pageParams(q, 1000, 10000);
  if (!key) return pageOf(sortTimeline(await filteredEvents(store, filter)), page, apiEvent);
  const { events, scores } = await scoredEvents(store, filter);
  return pageOf(keyMoments(filterEvents(events, filter), scores, key), page, (e) => ({ ...apiEvent(e), ...salienceFields(scores.get(e.id)) }));
}

/** Per week or month (`by`), the `top` key events (default 3) with a readable sentence each and numbered sources. */
export async function digest(store: Store, q: Query) {
  if (q.has('actor') && q.has('dyad')) throw bad('give either "actor" or "dyad", not both');
  const filter = eventFilter(q);
  const by = oneOf(q, 'by', ['week', 'month'] as const, 'week');
  const top = intParam(q, 'top', 3, 1, 1000);
  const perDay = intParam(q, 'perDay', 1, 1, 1000);
  const min = numberParam(q, 'min', 0, 1);
  const { events, scores } = await scoredEvents(store, filter);
  const d = digestJson(buildDigest(filterEvents(events, filter), scores, { by, top, perDay, min }));
  return { ...d, periods: d.periods.map((p) => ({ ...p, events: p.events.map((e) => ({ ...e, dateLabel: formatEventDate(e.date), codeName: codeName(e.code) })) })) };
}

/** Cooperation–conflict series: /api/dyad?a=USA&b=VEN&by=month (or dyad=USA,VEN). */
export async function dyad(store: Store, q: Query) {
  let a = actorParam(q, 'a');
  let b = actorParam(q, 'b');
  const pair = dyadParam(q);
  if (pair && (a || b)) throw bad('give either "a" and "b", or "dyad", not both');
  if (pair) [a, b] = pair;
  if (!a || !b) throw bad('parameters "a" and "b" (two actor codes, such as a=USA&b=VEN) are required');
  const by = oneOf(q, 'by', ['month', 'quarter', 'year'] as const, 'month');
  const evs = await store.listEvents({ dyad: [a, b] });
  return { ...dyadSeries(evs, a, b, by), aLabel: actorLabel(a), bLabel: actorLabel(b) };
}

export async function mentions(store: Store, q: Query) {
  const article = single(q, 'article');
  const page = pageParams(q, 1000, 100_000);
  let ms = await store.listMentions(eventFilter(q));
  if (article) ms = ms.filter((m) => m.articleId === article || m.articleId.startsWith(article));
  return pageOf(ms, page, toContractMention);
}

/** CAMEO roots (all twenty, with their names) and the codes present in the events, each with its number of events. */
export async function codes(store: Store) {
  const byCode = new Map<string, number>();
  const byRoot = new Map<string, number>();
  for (const e of await store.listEvents()) {
    byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
    byRoot.set(e.root, (byRoot.get(e.root) ?? 0) + 1);
  }
  return {
    roots: allCodes().filter((c) => c.code.length === 2).map((c) => ({ code: c.code, name: c.name, quadClass: c.quadClass, events: byRoot.get(c.code) ?? 0 })),
    codes: [...byCode].sort(([x], [y]) => (x < y ? -1 : 1)).map(([code, events]) => ({ code, name: codeName(code), events })),
  };
}

/** The news sources (outlets) of the events, with how many events each reports, most first. */
export async function sources(store: Store) {
  const counts = new Map<string, number>();
  for (const e of await store.listEvents()) {
    for (const o of new Set(e.mentions.map(outletOf))) if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  return [...counts].map(([outlet, events]) => ({ outlet, events })).sort((x, y) => y.events - x.events || (x.outlet < y.outlet ? -1 : 1));
}

/**
 * Actors present in the events, for the page's picker: countries first (they group every actor of the
 * country), then the full actor codes; each with how many events it takes part in.
 */
export async function actors(store: Store) {
  const countries = new Map<string, number>();
  const codes = new Map<string, { country: string | null; n: number }>();
  for (const e of await store.listEvents()) {
    const seenC = new Set<string>();
    const seenA = new Set<string>();
    for (const [code, country] of [[e.source, e.sourceCountry], [e.target, e.targetCountry]] as const) {
      if (country && !seenC.has(country)) { seenC.add(country); countries.set(country, (countries.get(country) ?? 0) + 1); }
      if (code && !seenA.has(code)) { seenA.add(code); const c = codes.get(code) ?? { country, n: 0 }; c.n++; codes.set(code, c); }
    }
  }
  const byCount = <T extends { events: number; code: string }>(x: T, y: T) => y.events - x.events || x.code.localeCompare(y.code);
  return {
    countries: [...countries].map(([code, events]) => ({ code, label: actorLabel(code), events })).sort(byCount),
    actors: [...codes]
      .filter(([code, v]) => code !== v.country)
      .map(([code, v]) => ({ code, country: v.country, label: actorLabel(code, v.country), events: v.n }))
      .sort(byCount),
  };
}

/** Events as CSV, in date order, with the columns of `storyline export` (cells guarded against spreadsheet formulas). */
export async function exportCsv(store: Store, q: Query): Promise<string> {
  return toCsv(sortTimeline(await filteredEvents(store, eventFilter(q))).map(eventRow), EVENT_COLUMNS);
}

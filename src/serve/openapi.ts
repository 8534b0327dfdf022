// The HTTP API described once: each endpoint's path, parameters and response. The server checks every request's
// parameters against this table (an unknown one is a 400 naming the nearest valid one), and serves it as an
// OpenAPI 3 document at /api and /api/openapi.json.

export interface ParamSpec {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  required?: boolean;
}

export interface Endpoint {
  /** OpenAPI path (`{id}` for a path parameter). */
  path: string;
  summary: string;
  description?: string;
  params: ParamSpec[];
  /** A list endpoint: limit/offset paging, the total in X-Total-Count and the next page in a Link header. */
  paged?: boolean;
  /** Schema of the 200 response body. */
  response: Record<string, unknown>;
  /** Media type of the 200 response (default JSON). */
  mediaType?: string;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (name: string) => ({ type: 'array', items: ref(name) });
const p = (name: string, description: string, schema: Record<string, unknown>, required = false): ParamSpec => ({ name, description, schema, ...(required ? { required } : {}) });
const actorSchema = { type: 'string', pattern: '^[A-Za-z]{2,15}$', example: 'USA' };

/** limit and offset of a list endpoint. */
export const pageParams = (def: number, max: number): ParamSpec[] => [
  p('limit', `Items per page (default ${def}, at most ${max}).`, { type: 'integer', minimum: 1, maximum: max, default: def }),
  p('offset', 'Items to skip (default 0); the Link header gives the next page.', { type: 'integer', minimum: 0, default: 0 }),
];

/** The filter of the event endpoints, as far as the stores read it (also the mentions filter). */
const STORE_FILTER: ParamSpec[] = [
  p('actor', 'An actor code or country, either side (USA matches USAGOV).', actorSchema),
  p('dyad', 'Two actor codes or countries, either direction.', { type: 'string', pattern: '^[A-Za-z]{2,15},[A-Za-z]{2,15}$', example: 'USA,VEN' }),
  p('from', 'Events ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; a partial date stands for its period).', { type: 'string', example: '2022-03' }),
  p('to', 'Events starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).', { type: 'string', example: '2022' }),
  p('code', 'A CAMEO code or prefix: a root (04) or a code (043).', { type: 'string', pattern: '^\\d{2,4}$', example: '04' }),
];

/** Every event filter: the store's, plus QuadClass, news source and dated/undated. */
export const FILTER_PARAMS: ParamSpec[] = [
  ...STORE_FILTER,
  p('quad', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', { type: 'integer', enum: [1, 2, 3, 4] }),
  p('outlet', 'Reported by this news source (registrable domain, as /api/sources lists them).', { type: 'string', example: 'reuters.com' }),
  p('dated', 'true: dated events only; false: undated events only.', { type: 'boolean' }),
];

/** The key-moment selection of /api/timeline. */
const KEY_MOMENT_PARAMS: ParamSpec[] = [
  p('top', 'The N most salient events (key moments).', { type: 'integer', minimum: 1, maximum: 100000 }),
  p('perDay', 'Key moments per day (default 1; needs top or min).', { type: 'integer', minimum: 1, maximum: 1000 }),
  p('min', 'Least salience of a key moment, 0–1.', { type: 'number', minimum: 0, maximum: 1 }),
];

export const ENDPOINTS: Endpoint[] = [
  { path: '/api', summary: 'This description of the API (OpenAPI 3).', params: [], response: { type: 'object' } },
  { path: '/api/openapi.json', summary: 'This description of the API (OpenAPI 3).', params: [], response: { type: 'object' } },
  { path: '/api/articles', summary: 'Cleaned articles, in ingest order.', params: pageParams(50, 1000), paged: true, response: list('Article') },
  { path: '/api/articles/{id}', summary: 'One article (an id or a unique id prefix) with removals, date evidence and its mentions.', params: [], response: ref('ArticleDetail') },
  {
    path: '/api/search', summary: 'Full-text search of articles, or of events (their summaries and evidence sentences).',
    description: 'Words are ANDed, "quoted words" are a phrase, word* is a prefix. The event filters apply to in=events.',
    params: [p('q', 'The query.', { type: 'string', maxLength: 500 }, true), p('in', 'What to search (default articles).', { type: 'string', enum: ['articles', 'events'], default: 'articles' }), ...pageParams(20, 200), ...FILTER_PARAMS],
    paged: true, response: { oneOf: [list('SearchHit'), list('EventHit')] },
  },
  { path: '/api/events', summary: 'Merged real-world events with their evidence, in store order.', params: [...FILTER_PARAMS, ...pageParams(1000, 10000)], paged: true, response: list('Event') },
  {
    path: '/api/timeline', summary: 'Events in date order, undated ones last; with top or min, the key moments by salience.',
    description: 'Give either actor or dyad, not both. With top=N (and/or min=S): the N most salient events (salience ≥ S), one per day unless perDay=K, each with its salience and the evidence behind it.',
    params: [...FILTER_PARAMS, ...KEY_MOMENT_PARAMS, ...pageParams(1000, 10000)], paged: true, response: list('Event'),
  },
  {
    path: '/api/digest', summary: 'Per week or month, the key events with one readable sentence each and numbered sources.',
    params: [...FILTER_PARAMS, p('by', 'Period (default week).', { type: 'string', enum: ['week', 'month'], default: 'week' }), p('top', 'Key events per period (default 3).', { type: 'integer', minimum: 1, maximum: 1000, default: 3 }), p('perDay', 'Key events per day (default 1).', { type: 'integer', minimum: 1, maximum: 1000, default: 1 }), p('min', 'Least salience, 0–1.', { type: 'number', minimum: 0, maximum: 1 })],
    response: { type: 'object', properties: { by: { type: 'string' }, periods: { type: 'array' } } },
  },
  {
    path: '/api/dyad', summary: 'Cooperation–conflict series of a pair of actors: per period, counts by QuadClass and Goldstein sum and mean, each direction.',
    params: [p('a', 'First actor.', actorSchema), p('b', 'Second actor.', actorSchema), p('dyad', 'Both actors, A,B (instead of a and b).', { type: 'string', example: 'USA,VEN' }), p('by', 'Period (default month).', { type: 'string', enum: ['month', 'quarter', 'year'], default: 'month' })],
    response: ref('DyadSeries'),
  },
  { path: '/api/mentions', summary: 'Event mentions, one per coded sentence clause.', params: [p('article', 'Mentions of one article (id or id prefix).', { type: 'string' }), ...STORE_FILTER, ...pageParams(1000, 100000)], paged: true, response: list('Mention') },
  { path: '/api/actors', summary: 'Countries and actor codes present in the events, with how many events each takes part in.', params: [], response: ref('Actors') },
  { path: '/api/codes', summary: 'CAMEO roots (all twenty, named) and the codes present in the events, with how many events each has.', params: [], response: { type: 'object', properties: { roots: { type: 'array' }, codes: { type: 'array' } } } },
  { path: '/api/sources', summary: 'News sources (outlets) of the events, with how many events each reports.', params: [], response: { type: 'array', items: { type: 'object', properties: { outlet: { type: 'string' }, events: { type: 'integer' } } } } },
  { path: '/api/export.csv', summary: 'Events as CSV (the columns of storyline export); cells that would start a spreadsheet formula are defused.', params: FILTER_PARAMS, response: { type: 'string' }, mediaType: 'text/csv' },
];

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });
const span = { type: ['array', 'null'], items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end) offsets in the sentence' };
const eventDate = {
  type: ['object', 'null'],
  properties: {
    start: { type: 'string', format: 'date' }, end: { type: 'string', format: 'date' },
    precision: { type: 'string', enum: ['day', 'week', 'month', 'quarter', 'year', 'decade'] },
    basis: { type: 'string', enum: ['stated', 'inherited', 'published'], description: 'stated: the summary sentence states the date; inherited: other merged mentions state it; published: no text states a date, it is the publication day of a report of the day (weak evidence).' },
    expression: nullable('string', { description: 'The words that state the date ("on Saturday").' }),
    articleId: nullable('string', { description: 'The article that states the date, or whose publication day it is.' }),
  },
};
const coded = {
  source: { type: 'string', description: 'CAMEO actor code' }, sourceCountry: nullable('string'), target: { type: 'string' }, targetCountry: nullable('string'),
  code: { type: 'string', description: 'CAMEO code (ICEWS numbering)' }, root: { type: 'string' }, plover: { type: 'string' }, goldstein: { type: 'number' }, quadClass: { type: 'integer', enum: [1, 2, 3, 4] },
};
const SCHEMAS: Record<string, Record<string, unknown>> = {
  Article: {
    type: 'object',
    properties: {
      id: { type: 'string' }, origin: { type: 'string' }, url: nullable('string'), source: nullable('string'), siteName: nullable('string'), title: nullable('string'),
      description: nullable('string'), author: nullable('string'), published: nullable('string'), publishedFrom: nullable('string'), pageDate: nullable('string'),
      modified: nullable('string'), language: nullable('string'), text: { type: 'string' }, duplicateOf: nullable('string'),
    },
  },
  ArticleDetail: { allOf: [ref('Article'), { type: 'object', properties: { removed: { type: 'array' }, dateCandidates: { type: 'array' }, mentions: list('Mention') } }] },
  Mention: {
    type: 'object',
    properties: {
      id: { type: 'string' }, articleId: { type: 'string' }, origin: { type: 'string' }, url: nullable('string'), published: nullable('string'), ...coded,
      date: eventDate, dateFrom: nullable('string', { enum: ['expression', 'published', null] }), dateText: nullable('string'), sentence: { type: 'string' },
      sentenceStart: nullable('integer'), trigger: nullable('string'), triggerSpan: span, sourceSpan: span, targetSpan: span, confidence: { type: 'number' },
    },
  },
  Event: {
    type: 'object',
    properties: {
      id: { type: 'string' }, date: eventDate, ...coded, summary: { type: 'string' },
      mentions: { type: 'array', description: 'The evidence: each sentence once.', items: { type: 'object', properties: { articleId: { type: 'string' }, origin: { type: 'string' }, sentence: { type: 'string' }, url: nullable('string'), published: nullable('string'), outlet: nullable('string'), triggerSpan: span, sourceSpan: span, targetSpan: span } } },
      sources: { type: 'integer', description: 'Independent sources (near-duplicates and one outlet count once)' }, background: { type: 'boolean' }, firstReported: nullable('string'),
      alternatives: { type: 'array', items: { type: 'object', properties: { field: { type: 'string', enum: ['date', 'source', 'target'] }, value: { type: 'string' }, articleIds: { type: 'array', items: { type: 'string' } } } } },
      dateLabel: { type: 'string' }, codeName: nullable('string'),
    },
  },
  EventHit: { allOf: [ref('Event'), { type: 'object', properties: { score: { type: 'number' } } }] },
  SearchHit: { type: 'object', properties: { articleId: { type: 'string' }, title: nullable('string'), origin: { type: 'string' }, published: nullable('string'), snippet: { type: 'string', description: 'Matches marked [like this]' }, score: { type: 'number' } } },
  DyadSeries: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, by: { type: 'string' }, periods: { type: 'array' }, undated: { type: 'integer' }, coarser: { type: 'integer' }, aLabel: { type: 'string' }, bLabel: { type: 'string' } } },
  Actors: { type: 'object', properties: { countries: { type: 'array' }, actors: { type: 'array' } } },
  Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
};

/** The endpoint a request path belongs to (`/api/articles/abc` → `/api/articles/{id}`), or undefined. */
export function endpointOf(path: string): Endpoint | undefined {
  const clean = path.length > 1 ? path.replace(/\/$/, '') : path;
  return ENDPOINTS.find((e) => new RegExp('^' + e.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+') + '$').test(clean));
}

/** The OpenAPI 3.1 document of the API. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...(e.path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] : []),
      ...e.params.map((x) => ({ name: x.name, in: 'query', description: x.description, required: !!x.required, schema: x.schema })),
    ];
    const headers = e.paged
      ? { 'X-Total-Count': { description: 'Items matching the request, over all pages.', schema: { type: 'integer' } }, Link: { description: 'The next page, as <url>; rel="next" (absent on the last page).', schema: { type: 'string' } } }
      : undefined;
    const error = { description: 'A bad parameter (named, with the nearest valid one for an unknown parameter).', content: { 'application/json': { schema: ref('Error') } } };
    paths[e.path] = {
      get: {
        summary: e.summary, ...(e.description ? { description: e.description } : {}), parameters,
        responses: { 200: { description: 'OK', ...(headers ? { headers } : {}), content: { [e.mediaType ?? 'application/json']: { schema: e.response } } }, 400: error, ...(e.path.includes('{id}') ? { 404: { ...error, description: 'Not found.' } } : {}) },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Storyline API', version, description: 'Read-only JSON API over a Storyline database: who did what to whom, and when, with the sentences each event rests on. Every parameter not listed for an endpoint is refused (400).' },
    paths,
    components: { schemas: SCHEMAS },
  };
}

// `storyline serve`: the JSON API and the web page over one Store, on Node's own http module.
import http from 'node:http';
import type { Store } from '../store/index.js';
import * as api from './api.js';
import { HttpError, Paged, checkParams } from './params.js';
import { endpointOf, openApiDocument } from './openapi.js';
import { loadAssets, type Asset } from './static.js';

export { HttpError } from './params.js';
export { apiEvent, codeName } from './api.js';
export { actorLabel } from './labels.js';

/**
 * The page's script, styles and data all come from this origin; no inline script or style, no plugins, no
 * framing. Article text is shown with textContent, so even a bug there could not run a script.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface ServerOptions {
  /** Folder with index.html, app.js, style.css (default: src/serve/web). */
  webDir?: string;
  /** Where request failures are logged (default: stderr). Clients never see a stack trace. */
  log?: (line: string) => void;
}

type Handler = (store: Store, q: URLSearchParams, m: RegExpExecArray) => Promise<unknown>;

const VERSION = '0.1.0';

const ROUTES: [RegExp, Handler][] = [
  [/^\/api(\/|\/openapi\.json)?$/, async () => openApiDocument(VERSION)],
  [/^\/api\/articles\/?$/, (s, q) => api.articles(s, q)],
  [/^\/api\/articles\/([^/]+)\/?$/, (s, _q, m) => api.article(s, decodeURIComponent(m[1]!))],
  [/^\/api\/search\/?$/, (s, q) => api.search(s, q)],
  [/^\/api\/events\/?$/, (s, q) => api.events(s, q)],
  [/^\/api\/timeline\/?$/, (s, q) => api.timeline(s, q)],
  [/^\/api\/digest\/?$/, (s, q) => api.digest(s, q)],
  [/^\/api\/dyad\/?$/, (s, q) => api.dyad(s, q)],
  [/^\/api\/mentions\/?$/, (s, q) => api.mentions(s, q)],
  [/^\/api\/actors\/?$/, (s) => api.actors(s)],
  [/^\/api\/sources\/?$/, (s) => api.sources(s)],
  [/^\/api\/codes\/?$/, (s) => api.codes(s)],
];

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}, head = false): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(head ? undefined : body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, head = false, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'Cache-Control': 'no-store', ...extra }, head);
}

/** The headers of a page: the total, and a Link to the next page (same query, the next offset) unless it is the last. */
function pageHeaders(page: Paged<unknown>, path: string, q: URLSearchParams): Record<string, string> {
  const h: Record<string, string> = { 'X-Total-Count': String(page.total) };
  const next = page.offset + page.limit;
  if (next < page.total) {
    const nq = new URLSearchParams(q);
    nq.set('offset', String(next));
    nq.set('limit', String(page.limit));
    h.Link = `<${path}?${nq.toString()}>; rel="next"`;
  }
  return h;
}

export function createServer(store: Store, opts: ServerOptions = {}): http.Server {
  const assets: Map<string, Asset> = loadAssets(opts.webDir);
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));

  return http.createServer((req, res) => {
    const head = req.method === 'HEAD';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      sendJson(res, 400, { error: 'malformed request URL' }, head);
      return;
    }
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: `method ${req.method} not allowed; the API is read-only (GET)` });
      return;
    }
    const path = url.pathname;

    if (path.startsWith('/api/') || path === '/api') {
      void handleApi(store, path, url.searchParams, res, head, log);
      return;
    }
    const asset = assets.get(path);
    if (!asset) {
      sendJson(res, 404, { error: `not found: ${path.length > 80 ? path.slice(0, 80) + '…' : path}` }, head);
      return;
    }
    if (req.headers['if-none-match'] === asset.etag) {
      res.writeHead(304, { ...SECURITY_HEADERS, ETag: asset.etag });
      res.end();
      return;
    }
    send(res, 200, asset.type, asset.body, { ETag: asset.etag, 'Cache-Control': 'no-cache' }, head);
  });
}

async function handleApi(store: Store, path: string, q: URLSearchParams, res: http.ServerResponse, head: boolean, log: (l: string) => void): Promise<void> {
  try {
    // Every parameter must be one the endpoint takes (see openapi.ts): a misspelt one is an error, not ignored.
    const endpoint = endpointOf(path);
    if (endpoint) checkParams(q, endpoint.params.map((p) => p.name));
    if (path === '/api/export.csv') {
      const csv = await api.exportCsv(store, q);
      send(res, 200, 'text/csv; charset=utf-8', csv, { 'Content-Disposition': 'attachment; filename="storyline-events.csv"', 'Cache-Control': 'no-store' }, head);
      return;
    }
    for (const [re, handler] of ROUTES) {
      const m = re.exec(path);
      if (m) {
        const out = await handler(store, q, m);
        if (out instanceof Paged) sendJson(res, 200, out.items, head, pageHeaders(out, path, q));
        else sendJson(res, 200, out, head);
        return;
      }
    }
    throw new HttpError(404, `no API endpoint ${path.length > 80 ? path.slice(0, 80) + '…' : path}`);
  } catch (e) {
    if (e instanceof HttpError) sendJson(res, e.status, { error: e.message }, head);
    else if (e instanceof URIError) sendJson(res, 400, { error: 'malformed percent-encoding in the URL' }, head);
    else {
      log(`storyline serve: ${path}: ${(e as Error)?.message ?? String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error; see the server log' }, head);
      else res.destroy();
    }
  }
}

export interface Running {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves with the URL. */
export function listen(store: Store, port: number, host: string, opts: ServerOptions = {}): Promise<Running> {
  const server = createServer(store, opts);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      const h = host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        url: `http://${h}:${p}/`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

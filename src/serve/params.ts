// Query-parameter parsing for the HTTP API. Every bad value becomes an HttpError(400) with a message
// that names the parameter and says what is expected; nothing user-supplied reaches the store unchecked.
import type { EventFilter } from '../store/index.js';
import { normalizeBound } from '../merge/index.js';
import { nearest } from '../util/nearest.js';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const bad = (message: string) => new HttpError(400, message);

/** Refuses a parameter the endpoint does not take, naming the nearest one it does. */
export function checkParams(q: URLSearchParams, allowed: readonly string[]): void {
  for (const name of new Set(q.keys())) {
    if (allowed.includes(name)) continue;
    const [near] = nearest(name, allowed);
    throw bad(`unknown parameter "${clip(name)}"${near ? `; the nearest valid one is "${near}"` : '; this endpoint takes no parameters'}${allowed.length ? ` (valid: ${allowed.join(', ')})` : ''}`);
  }
}

/** A page of a list: the server sends `items` as the body, the total in X-Total-Count and the next page in Link. */
export class Paged<T> {
  constructor(readonly items: T[], readonly total: number, readonly offset: number, readonly limit: number) {}
}

/** limit and offset of a list endpoint. */
export function pageParams(q: URLSearchParams, def: number, max: number): { limit: number; offset: number } {
  return { limit: intParam(q, 'limit', def, 1, max), offset: intParam(q, 'offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

/** One page of an in-memory list. */
export function pageOf<T, U>(all: T[], page: { limit: number; offset: number }, map: (x: T) => U): Paged<U> {
  return new Paged(all.slice(page.offset, page.offset + page.limit).map(map), all.length, page.offset, page.limit);
}

/** Actor code or ISO country: letters only (CAMEO codes are 3-letter blocks: USA, USAGOV, IGOUNO). */
const ACTOR = /^[A-Za-z]{2,15}$/;
const CAMEO = /^\d{2,4}$/;

/** The one value of a parameter; repeated parameters are refused rather than silently merged. */
export function single(q: URLSearchParams, name: string): string | undefined {
  const all = q.getAll(name);
  if (all.length > 1) throw bad(`parameter "${name}" is given ${all.length} times; give it once`);
  const v = all[0]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

export function intParam(q: URLSearchParams, name: string, def: number, min: number, max: number): number {
  const v = single(q, name);
  if (v === undefined) return def;
  if (!/^\d+$/.test(v)) throw bad(`parameter "${name}" must be a whole number, got "${clip(v)}"`);
  const n = Number(v);
  if (n < min || n > max) throw bad(`parameter "${name}" must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** A decimal number between min and max (such as a salience 0 … 1). */
export function numberParam(q: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = single(q, name);
  if (v === undefined) return undefined;
  if (!/^\d{0,6}(\.\d{1,6})?$/.test(v) || v === '.') throw bad(`parameter "${name}" must be a number, got "${clip(v)}"`);
  const n = Number(v);
  if (n < min || n > max) throw bad(`parameter "${name}" must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function actorParam(q: URLSearchParams, name: string): string | undefined {
  const v = single(q, name);
  if (v === undefined) return undefined;
  if (!ACTOR.test(v)) throw bad(`parameter "${name}" must be an actor code or country such as USA or USAGOV, got "${clip(v)}"`);
  return v.toUpperCase();
}

export function dyadParam(q: URLSearchParams, name = 'dyad'): [string, string] | undefined {
  const v = single(q, name);
  if (v === undefined) return undefined;
  const parts = v.split(',').map((s) => s.trim());
  if (parts.length !== 2 || !parts.every((p) => ACTOR.test(p))) {
    throw bad(`parameter "${name}" must be two actor codes separated by a comma, such as USA,VEN; got "${clip(v)}"`);
  }
  return [parts[0]!.toUpperCase(), parts[1]!.toUpperCase()];
}

/**
 * A date bound: YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for its whole period, so `from`
 * expands to the period's first day and `to` to its last day ("to=2022" includes 2022-12-31).
 */
export function dateParam(q: URLSearchParams, name: string, edge: 'start' | 'end'): string | undefined {
  const v = single(q, name);
  if (v === undefined) return undefined;
  const b = normalizeBound(v, edge === 'end');
  if (!b) throw bad(`parameter "${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${clip(v)}"`);
  return b;
}

export function cameoParam(q: URLSearchParams, name = 'code'): string | undefined {
  const v = single(q, name);
  if (v === undefined) return undefined;
  if (!CAMEO.test(v)) throw bad(`parameter "${name}" must be a CAMEO code or prefix of 2 to 4 digits, such as 04 or 043; got "${clip(v)}"`);
  return v;
}

/** actor, dyad, from, to, code — the filter shared by /api/events, /api/timeline, /api/mentions, /api/export.csv;
 *  quad, outlet and dated too for the event endpoints. */
export function eventFilter(q: URLSearchParams): EventFilter {
  const f: EventFilter = {};
  const actor = actorParam(q, 'actor');
  const dyad = dyadParam(q);
  const from = dateParam(q, 'from', 'start');
  const to = dateParam(q, 'to', 'end');
  const code = cameoParam(q);
  if (actor) f.actor = actor;
  if (dyad) f.dyad = dyad;
  if (from) f.from = from;
  if (to) f.to = to;
  if (from && to && from > to) throw bad(`"from" (${from}) is after "to" (${to})`);
  if (code) f.code = code;
  const quad = single(q, 'quad');
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) throw bad(`parameter "quad" must be a QuadClass 1, 2, 3 or 4; got "${clip(quad)}"`);
    f.quadClass = Number(quad) as 1 | 2 | 3 | 4;
  }
  const outlet = single(q, 'outlet');
  if (outlet !== undefined) {
    if (!/^[\w.-]{1,253}$/.test(outlet)) throw bad(`parameter "outlet" must be a news source's domain such as reuters.com; got "${clip(outlet)}"`);
    f.outlet = outlet.toLowerCase();
  }
  const dated = single(q, 'dated');
  if (dated !== undefined) {
    if (dated !== 'true' && dated !== 'false') throw bad(`parameter "dated" must be true or false; got "${clip(dated)}"`);
    f.dated = dated === 'true';
  }
  return f;
}

export function oneOf<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], def: T): T {
  const v = single(q, name);
  if (v === undefined) return def;
  if (!(allowed as readonly string[]).includes(v)) throw bad(`parameter "${name}" must be one of ${allowed.join(', ')}; got "${clip(v)}"`);
  return v as T;
}

/** Echoed values are cut short so an error message never becomes a vehicle for large input. */
function clip(v: string): string {
  return v.length > 40 ? v.slice(0, 40) + '…' : v;
}

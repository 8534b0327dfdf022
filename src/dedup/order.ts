// Which copy of a story came first. `duplicateOf` always points at the earliest copy.

export interface Dated {
  published: string | null;
  /** Insertion (ingest) order; lower = ingested earlier. When absent, the first argument counts as earlier. */
  order?: number;
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** Day (YYYY-MM-DD) and, when the value has a time, its epoch ms; null when not a usable date. */
function parse(published: string | null): { day: string; ms: number | null } | null {
  if (!published || !DATE_PREFIX.test(published)) return null;
  const day = published.slice(0, 10);
  if (published.length <= 10) return { day, ms: null };
  const ms = Date.parse(published);
  return { day, ms: Number.isNaN(ms) ? null : ms };
}

/**
 * Total order "which is earlier": dated copies by publication date (compared to the minute when both carry a
 * time, else by day), then undated copies; ties broken by ingest order. Negative when `a` is earlier.
 * Undated copies sort after dated ones so the order stays transitive (mixing "by date when both dated, else by
 * ingest order" is not).
 */
export function compareAge(a: Dated, b: Dated): number {
  const pa = parse(a.published);
  const pb = parse(b.published);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  if (pa && pb) {
    if (pa.ms !== null && pb.ms !== null) {
      if (pa.ms !== pb.ms) return pa.ms - pb.ms;
    } else if (pa.day !== pb.day) {
      return pa.day < pb.day ? -1 : 1;
    }
  }
  return (a.order ?? 0) - (b.order ?? 0);
}

/** The earlier of two copies (publication date, then ingest order; `a` on a full tie). */
export function earliest<T extends Dated>(a: T, b: T): T {
  return compareAge(a, b) <= 0 ? a : b;
}

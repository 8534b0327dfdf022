// Key moments: the most salient events, at most `perDay` per day (or per date of coarser precision), in date order.
import type { EventDate, StoryEvent } from '../types.js';
import { formatEventDate, sortTimeline } from '../merge/index.js';
import type { Salience } from './score.js';

export interface KeyMomentOptions {
  /** How many events at most (all qualifying events when absent). */
  top?: number;
  /** Events per day at most (default 1). */
  perDay?: number;
  /** Lowest salience kept (default 0). */
  min?: number;
}

/** The slot an event fills: its day, or its date as written at a coarser precision (2011-02, 2011-Q1). */
export function slotOf(d: EventDate): string {
  return d.precision === 'day' ? d.start : formatEventDate(d);
}

/** Most salient first; ties by more independent sources, more mentions, earlier date, id. */
export function bySalience(scores: Map<string, Salience>): (x: StoryEvent, y: StoryEvent) => number {
  const s = (e: StoryEvent) => scores.get(e.id);
  return (x, y) =>
    (s(y)?.salience ?? 0) - (s(x)?.salience ?? 0) ||
    (s(y)?.sources ?? 0) - (s(x)?.sources ?? 0) ||
    y.mentions.length - x.mentions.length ||
    (x.date!.start < y.date!.start ? -1 : x.date!.start > y.date!.start ? 1 : 0) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The key moments among `events` (dated, salience > 0 and ≥ min), chosen by salience, returned in date order. */
export function keyMoments(events: readonly StoryEvent[], scores: Map<string, Salience>, opts: KeyMomentOptions = {}): StoryEvent[] {
  const perDay = opts.perDay ?? 1;
  const min = opts.min ?? 0;
  const top = opts.top ?? Infinity;
  const ranked = events.filter((e) => e.date && (scores.get(e.id)?.salience ?? 0) > 0 && (scores.get(e.id)?.salience ?? 0) >= min).sort(bySalience(scores));
  const used = new Map<string, number>();
  const chosen: StoryEvent[] = [];
  for (const e of ranked) {
    if (chosen.length >= top) break;
    const slot = slotOf(e.date!);
    const n = used.get(slot) ?? 0;
    if (n >= perDay) continue;
    used.set(slot, n + 1);
    chosen.push(e);
  }
  return sortTimeline(chosen);
}

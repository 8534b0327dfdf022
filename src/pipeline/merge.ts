// Keeps the merged events up to date with the stored mentions, inside the store's merge lock (one merger at a time,
// whatever the process or machine). Events are kept per partition: a set of actor-pair keys that must be merged
// together (see Store.mentionPartitions); merging partition by partition gives the events of merging every mention
// at once. A batch marks its pair keys stale; mergeStale recomputes only the partitions holding stale keys, so adding
// articles costs time in proportion to their actor pairs' mentions, not to the store.
import { mergeMentions, timelineKey } from '../merge/index.js';
import { partitionPairKeys, type MergeSession, type Store } from '../store/index.js';

/** Recomputes every merged event, partition by partition (one partition's mentions in memory); returns their number. */
export async function remerge(store: Store): Promise<number> {
  return store.mergeSession(mergeAll);
}

async function mergeAll(s: MergeSession): Promise<number> {
  const { upTo } = await s.dirtyKeys();
  await s.clearEvents('all');
  for (const keys of partitionPairKeys(await s.allKeys(), await s.copyGroups())) await writePartition(s, keys);
  await s.clearDirty(upTo);
  return s.countEvents();
}

async function writePartition(s: MergeSession, keys: string[]): Promise<void> {
  await s.writePartition(keys[0]!, keys, mergeMentions(await s.mentions(keys)), timelineKey);
}

/** The stale keys' partitions as they are now: the keys, grown through recorded partitions and wire-copy groups. */
async function affected(s: MergeSession, stale: string[]): Promise<{ keys: string[]; oldParts: string[]; links: Record<string, unknown>[] }> {
  const keys = new Set(stale);
  let parts: Map<string, string>;
  let groups: Record<string, unknown>[];
  for (;;) {
    const before = keys.size;
    parts = await s.partsOf([...keys]);
    for (const k of await s.keysOfParts([...new Set(parts.values())])) keys.add(k);
    groups = await s.copyGroups([...keys]);
    for (const g of groups) keys.add(String(g.pk));
    if (keys.size === before) break;
  }
  // A recorded partition stays joined (joining more keys than needed gives the same events).
  const partLinks = [...parts].map(([pk, part]) => ({ g_root: '\u0000part', g_code: part, g_source: '', g_target: '', pk }));
  return { keys: [...keys], oldParts: [...new Set(parts.values())], links: [...groups, ...partLinks] };
}

/**
 * Brings the events up to date with the mentions stored since the last merge (every merge when the store holds
 * events written another way); returns the number of events in the store.
 */
export async function mergeStale(store: Store): Promise<number> {
  return store.mergeSession(async (s) => {
    const { keys: stale, upTo } = await s.dirtyKeys();
    if (!stale.length) return s.countEvents();
    if (await s.hasUnpartitionedEvents()) return mergeAll(s);
    const { keys, oldParts, links } = await affected(s, stale);
    await s.clearEvents(oldParts);
    for (const part of partitionPairKeys(keys, links)) await writePartition(s, part);
    await s.clearDirty(upTo);
    return s.countEvents();
  });
}

// Salience stage: merged events + their stored mentions → how much each event matters (0 … 1), the key moments (the
// most salient events, one per day) and the digest (per week or month, with numbered citations). Pure functions over
// typed records; the formula's weights live in data/salience/weights.json.
import type { Store, EventFilter } from '../store/index.js';
import type { StoryEvent } from '../types.js';
import { filterEvents } from '../merge/index.js';
import { scoreEvents, type Salience } from './score.js';

export { scoreEvents, independentSources, evidenceOf, reportKind, statesDate, wireKey, type Salience, type Evidence, type Citation, type ReportKind } from './score.js';
export { keyMoments, slotOf, bySalience, type KeyMomentOptions } from './select.js';
export { buildDigest, digestJson, formatDigest, readableSentence, periodOf, digestRules, mdText, type Digest, type DigestBy, type DigestOptions, type DigestEntry, type DigestPeriod, type DigestFormat } from './digest.js';
export { salienceWeights, parseWeights, FEATURES, type SalienceWeights, type Feature } from './data.js';

/** Every event of the store scored against the whole corpus, and those the filter selects. */
export async function scoredEvents(store: Store, filter: EventFilter = {}): Promise<{ events: StoryEvent[]; scores: Map<string, Salience> }> {
  const [all, mentions, publications] = await Promise.all([store.listEvents(), store.listMentions(), store.listPublications()]);
  const scores = scoreEvents(all, mentions, undefined, publications);
  return { events: filterEvents(all, filter), scores };
}

/** The contract Event shape's extra fields for a scored event: its salience and the evidence behind it. */
export function salienceFields(s: Salience | undefined) {
  if (!s) return { salience: 0 };
  return {
    salience: s.salience,
    salienceEvidence: { sources: s.sources, fresh: s.fresh, later: s.later, background: s.background, dateStated: s.dateStated, features: s.features, factor: s.factor },
  };
}

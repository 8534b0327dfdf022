// Merge stage: event mentions → real-world events, and the story outputs built on them (timeline, dyad
// series, export). Pure functions over typed records.
export { mergeMentions, sortTimeline, timelineKey, countSources, codesCompatible, dateWithBasis, MERGE_RULES } from './merge.js';
export { filterEvents, matchesFilter, outletOf, sideMatches, normalizeBound, parseEventFilter } from './filter.js';
export { dyadSeries, sparkline, periodOf, formatDyadTable, type DyadSeries, type DyadPeriod, type DirectionStats, type Period } from './series.js';
export { formatTimeline, formatTimelineLine, dateBasisNote, type TimelineOptions } from './format.js';
export { toCsv, toJsonl, csvField, csvTable, eventRow, mentionRows, contractEvent, toContractArticle, toContractMention, EVENT_COLUMNS, MENTION_COLUMNS, type ExportRow } from './export.js';
export { formatEventDate, dayNumber } from './dates.js';
export { searchEvents, type EventHit } from './search.js';

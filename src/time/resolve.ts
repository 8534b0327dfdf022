// Resolution of rule matches (data/time/<lang>/patterns.json) to TIMEX3 values: one resolver per rule kind. A rule's `kind`
// names its resolver; RULE_KINDS is the closed list of kinds, RESOLVERS the table the compiler checks against it (a
// kind without a resolver, or a resolver for no kind, does not compile), the loader refuses a rule whose kind is not
// listed (lexicon.ts), and a test checks that every kind is used by some rule, so the data and the code cannot drift.
import type { Ctx, G, Resolved, Resolver } from './kinds/context.js';
import {
  resolveCentury, resolveDecade, resolveHalf, resolveHoliday, resolveIso, resolveMonth, resolveMonthDay, resolveMonthRelYear,
  resolveMonthYear, resolveNumDate, resolveSeason, resolveWeekOf, resolveYear,
} from './kinds/calendar.js';
import {
  resolveClock, resolveClockPod, resolveDayNextTo, resolveDayWord, resolvePodAlone, resolveRelativeDay, resolveWeekday, resolveWeekend,
} from './kinds/days.js';
import { resolveOffset, resolvePeriod, resolveQuarter, resolveRelUnit, resolveTheUnit, resolveYearEarlier } from './kinds/periods.js';
import {
  resolveDuration, resolveRef, resolveSet, resolveSetWeekday, resolveUnitLong, resolveVagueDuration, resolveVaguePlural,
  resolveVagueRelative,
} from './kinds/durations.js';

import type { RuleKind } from './kinds/list.js';

export type { Anchor, Ctx, G, Mod, Resolved, Resolver } from './kinds/context.js';
export { RULE_KINDS, type RuleKind, isRuleKind } from './kinds/list.js';
export { weekdayDate } from './kinds/days.js';
export { durationValue, fractionalDuration } from './kinds/units.js';
export { easterSunday } from './kinds/calendar.js';

/** The resolver of each kind. */
export const RESOLVERS: { readonly [K in RuleKind]: Resolver } = {
  numdate: resolveNumDate,
  iso: resolveIso,
  weekOf: resolveWeekOf,
  monthDay: resolveMonthDay,
  monthYear: resolveMonthYear,
  monthRelYear: resolveMonthRelYear,
  month: resolveMonth,
  year: resolveYear,
  decade: resolveDecade,
  century: resolveCentury,
  half: resolveHalf,
  season: resolveSeason,
  holiday: resolveHoliday,
  weekday: resolveWeekday,
  dayWord: resolveDayWord,
  relativeDay: resolveRelativeDay,
  dayNextTo: resolveDayNextTo,
  podAlone: resolvePodAlone,
  clockPod: resolveClockPod,
  clock: resolveClock,
  weekend: resolveWeekend,
  quarter: resolveQuarter,
  period: resolvePeriod,
  relUnit: resolveRelUnit,
  theUnit: resolveTheUnit,
  yearEarlier: resolveYearEarlier,
  offset: resolveOffset,
  duration: resolveDuration,
  unitLong: resolveUnitLong,
  vaguePlural: resolveVaguePlural,
  vagueDuration: resolveVagueDuration,
  vagueRelative: resolveVagueRelative,
  set: resolveSet,
  setWeekday: resolveSetWeekday,
  ref: resolveRef,
};

/** Resolves one rule match. Returns null when the match is rejected (not a date in this context). */
export function resolveRule(kind: RuleKind, g: G, ctx: Ctx): Resolved | null {
  return RESOLVERS[kind](g, ctx);
}

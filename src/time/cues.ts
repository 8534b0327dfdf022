// Context cues: the named regular expressions the time code tests around or inside a match ("'since' right before",
// "a plural noun follows"). Their patterns are language data (data/time/<lang>/cues.json); the code knows only the names.
// A language may leave a cue out: it then never matches.
export const CUE_NAMES = [
  // context of a rule match (src/time/kinds/)
  'sinceBefore', 'deadlineBefore', 'temporalPrepBefore', 'byUntilBefore', 'definiteBefore', 'pluperfect', 'ofBefore', 'ofAfter',
  'ofNotYearAfter', 'seasonWordBefore', 'percentAfter', 'ageAfter', 'quantityUnitAfter', 'pluralNounAfter', 'determinerBefore',
  'yearBlockedBefore', 'clockAfter', 'clockRestatedBefore', 'countOfAfter', 'yearWord', 'fiscalYear', 'fiscalWord', 'halfOfYear', 'definiteStart', 'thatUnit', 'periodEndedAfter',
  'endedMonthAfter', 'relativeDayBlockAfter', 'openRelativeDay', 'partOfDayAtEnd', 'podPrefix', 'genericDayWord', 'oneDayCount',
  'oneDayBefore', 'modalBefore', 'quarterShareCount', 'rateQuantityBefore', 'landingSignalAfter', 'attributiveAfter',
  'countAfter', 'soonConjunctionAfter', 'soonDegreeBefore', 'andAHalf', 'unitNoise', 'yearWordsPrefix', 'ageBefore',
  'sinceOffsetBefore',
  // extents and chrono results (src/time/index.ts)
  'possessiveEnd', 'possessiveAfter', 'abbreviationEnd', 'articleBeforeHyphenated', 'hyphenQuarterEnd', 'determinerStart',
  'chronoUnitWord', 'chronoMonthOrWeekday', 'chronoClock', 'chronoLead', 'chronoBareHourEnd', 'chronoDeadlineBefore', 'chronoDeterminerBefore',
  'agoEnd',
  // tense of the clause (src/time/tense.ts)
  'futureForm', 'pastForm', 'notPastForm', 'regularPastEnd', 'attributiveDeterminerBefore', 'passiveBeBefore', 'presentAuxBefore', 'pastAux',
  'futureAfterAux', 'pluperfectBefore', 'nounAfterTo',
] as const;

export type CueName = (typeof CUE_NAMES)[number];

export interface CueSpec {
  re: string;
  flags?: string;
  about: string;
  match: string[];
  noMatch: string[];
}

export type Cues = { readonly [K in CueName]: RegExp };

const CUE_SET: ReadonlySet<string> = new Set(CUE_NAMES);

export function isCueName(s: string): s is CueName {
  return CUE_SET.has(s);
}

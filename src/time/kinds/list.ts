// The closed list of rule kinds: how a match of a rule in data/time/<lang>/patterns.json is resolved. Each kind has exactly
// one resolver in src/time/resolve.ts (checked by the compiler); the rule loader refuses any other kind.
export const RULE_KINDS = [
  'numdate', 'iso', 'weekOf', 'monthDay', 'monthYear', 'monthRelYear', 'month', 'year', 'decade', 'century', 'half', 'season',
  'holiday', 'weekday', 'dayWord', 'relativeDay', 'dayNextTo', 'podAlone', 'clockPod', 'clock', 'weekend', 'quarter', 'period',
  'relUnit', 'theUnit', 'yearEarlier', 'offset', 'duration', 'unitLong', 'vaguePlural', 'vagueDuration', 'vagueRelative',
  'set', 'setWeekday', 'ref',
] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

const KIND_SET: ReadonlySet<string> = new Set(RULE_KINDS);

export function isRuleKind(s: string): s is RuleKind {
  return KIND_SET.has(s);
}

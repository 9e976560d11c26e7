/**
 * Signs that survey responses did not come from distinct service users, for the verifier to judge. A flag
 * never removes a response: a queue at a busy counter can look like a burst, so only a person excludes.
 */
export const surveyResponseFlags = [
  'client-burst',
  'client-repeated-pattern',
  'pattern-burst',
  'unit-burst',
  'client-many',
  'outside-service-hours',
] as const;
export type SurveyResponseFlag = (typeof surveyResponseFlags)[number];

export interface FlaggableSurveyResponse {
  id: string;
  /** The keyed hash of address + user agent; null when unknown (demo data, rows from before the cap). */
  clientHash: string | null;
  levels: Readonly<Record<string, number>>;
  submittedAt: Date;
}

export interface SurveyFlagRules {
  /** The window in which bursts are looked for. */
  burstWindowMinutes: number;
  /** This many responses from one client inside the window flag them all (`client-burst`). */
  clientBurstCount: number;
  /** The same answers this many times from one client, at any time, flag them all (`client-repeated-pattern`). */
  clientRepeatCount: number;
  /**
   * The same answers this many times inside the window from any clients flag them all (`pattern-burst`): the
   * trace left by one person who rotates addresses or user agents.
   */
  patternBurstCount: number;
  /**
   * This many responses inside the window from any clients and with any answers flag them all
   * (`unit-burst`): a counter rarely serves that many people in a few minutes. Off when absent.
   */
  unitBurstCount?: number;
  /**
   * This many responses from one client at any time flag them all (`client-many`): one network (the keyed
   * hash covers the address and the browser) answering for many users. Off when absent.
   */
  clientManyCount?: number;
  /** The unit's opening hours in its local time; responses outside them are flagged. Off when absent. */
  serviceHours?: ServiceHours;
}

export interface ServiceHours {
  /** Minutes after local midnight, opening inclusive and closing exclusive. */
  opensAtMinute: number;
  closesAtMinute: number;
  /** Days open, 0 = Sunday … 6 = Saturday. */
  openDays: readonly number[];
  /** The unit's zone: WIB 7, WITA 8, WIT 9 (no daylight saving in Indonesia). */
  utcOffsetHours: number;
}

/** Whether a moment falls outside the opening hours, in the unit's local time. */
export function isOutsideServiceHours(moment: Date, hours: ServiceHours): boolean {
  const local = new Date(moment.getTime() + hours.utcOffsetHours * 3_600_000);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (!hours.openDays.includes(local.getUTCDay())) return true;
  return minute < hours.opensAtMinute || minute >= hours.closesAtMinute;
}

/** "07:30-16:00" → opening and closing minutes; undefined for anything else (or an empty span). */
export function parseServiceHours(
  text: string,
): { opensAtMinute: number; closesAtMinute: number } | undefined {
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [opensHour, opensMinute, closesHour, closesMinute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (opensHour > 23 || closesHour > 24 || opensMinute > 59 || closesMinute > 59) return undefined;
  const opensAtMinute = opensHour * 60 + opensMinute;
  const closesAtMinute = closesHour * 60 + closesMinute;
  return opensAtMinute < closesAtMinute && closesAtMinute <= 24 * 60
    ? { opensAtMinute, closesAtMinute }
    : undefined;
}

/**
 * Five questions of four levels each allow 1,024 answer sets, and honest users cluster on "never experienced",
 * so pattern thresholds sit above what a queue of a few people produces; a burst of one client is rarer.
 */
export const defaultSurveyFlagRules: SurveyFlagRules = {
  burstWindowMinutes: 10,
  clientBurstCount: 3,
  clientRepeatCount: 3,
  patternBurstCount: 8,
};

/**
 * The service-user survey's further rules: fifteen users in ten minutes is more than a busy counter serves,
 * and six answers from one client more than a family sharing a phone.
 */
export const serviceUserSurveyFlagRules: SurveyFlagRules = {
  ...defaultSurveyFlagRules,
  unitBurstCount: 15,
  clientManyCount: 6,
};

/** The answer set as a key that ignores the order of the indicator codes. */
export function surveyPatternKey(levels: Readonly<Record<string, number>>): string {
  return Object.keys(levels)
    .sort()
    .map((code) => `${code}=${levels[code]}`)
    .join('&');
}

/** Flags per response id (only responses with at least one flag appear), each flag listed once, in rule order. */
export function flagSurveyResponses(
  responses: readonly FlaggableSurveyResponse[],
  rules: SurveyFlagRules = defaultSurveyFlagRules,
): Map<string, SurveyResponseFlag[]> {
  const found = new Map<string, Set<SurveyResponseFlag>>();
  const mark = (group: readonly FlaggableSurveyResponse[], flag: SurveyResponseFlag) => {
    for (const response of group) {
      const flags = found.get(response.id) ?? new Set<SurveyResponseFlag>();
      flags.add(flag);
      found.set(response.id, flags);
    }
  };
  const windowMs = rules.burstWindowMinutes * 60_000;
  const byClient = groupBy(
    responses.filter((response) => response.clientHash !== null),
    (response) => response.clientHash ?? '',
  );
  for (const group of byClient.values()) {
    markDenseWindows(group, windowMs, rules.clientBurstCount, (dense) => mark(dense, 'client-burst'));
    for (const same of groupBy(group, (response) => surveyPatternKey(response.levels)).values())
      if (same.length >= rules.clientRepeatCount) mark(same, 'client-repeated-pattern');
  }
  for (const same of groupBy(responses, (response) => surveyPatternKey(response.levels)).values())
    markDenseWindows(same, windowMs, rules.patternBurstCount, (dense) => mark(dense, 'pattern-burst'));
  if (rules.unitBurstCount !== undefined)
    markDenseWindows(responses, windowMs, rules.unitBurstCount, (dense) => mark(dense, 'unit-burst'));
  const clientManyCount = rules.clientManyCount;
  if (clientManyCount !== undefined)
    for (const group of byClient.values()) if (group.length >= clientManyCount) mark(group, 'client-many');
  const hours = rules.serviceHours;
  if (hours)
    mark(
      responses.filter((response) => isOutsideServiceHours(response.submittedAt, hours)),
      'outside-service-hours',
    );

  const result = new Map<string, SurveyResponseFlag[]>();
  for (const [id, flags] of found)
    result.set(
      id,
      surveyResponseFlags.filter((flag) => flags.has(flag)),
    );
  return result;
}

/**
 * Every response in a run of at least `minimum` whose first and last lie less than `windowMs` apart (a
 * sliding window over the responses in time order) is handed to `onDense`, once.
 */
function markDenseWindows(
  group: readonly FlaggableSurveyResponse[],
  windowMs: number,
  minimum: number,
  onDense: (dense: readonly FlaggableSurveyResponse[]) => void,
): void {
  if (group.length < minimum) return;
  const sorted = [...group].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  let start = 0;
  // Responses already handed over are not handed again, so a flood of thousands stays linear.
  let handedUpTo = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    const endTime = sorted[end]?.submittedAt.getTime() ?? 0;
    while ((sorted[start]?.submittedAt.getTime() ?? endTime) <= endTime - windowMs) start += 1;
    if (end - start + 1 < minimum) continue;
    onDense(sorted.slice(Math.max(start, handedUpTo), end + 1));
    handedUpTo = end + 1;
  }
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

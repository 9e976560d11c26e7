/**
 * Signs that survey responses did not come from distinct service users, for the verifier to judge. A flag
 * never removes a response: a queue at a busy counter can look like a burst, so only a person excludes.
 */
export const surveyResponseFlags = ['client-burst', 'client-repeated-pattern', 'pattern-burst'] as const;
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

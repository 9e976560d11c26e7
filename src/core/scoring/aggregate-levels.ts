import type { RespondentAggregation } from '../methodology/aggregation.schema';
import type { IndexedScale } from '../methodology/index-methodology';

export interface AggregatedLevels {
  rawValue: number;
  score: number;
}

/**
 * Respondents' levels → one indicator value and its 0–100 score. `sortedLevels` must be ascending, so sums
 * are taken in one order whatever order the answers arrived in. Levels are integers, so sums are exact and the
 * score is a single division.
 */
export function aggregateLevels(
  sortedLevels: readonly number[],
  aggregation: RespondentAggregation,
  scale: IndexedScale,
): AggregatedLevels {
  const count = sortedLevels.length;
  switch (aggregation.method) {
    case 'mean': {
      let sum = 0;
      for (const level of sortedLevels) sum += level;
      return { rawValue: sum / count, score: normaliseSum(sum, count, scale) };
    }
    case 'median': {
      const middle = Math.floor(count / 2);
      const upper = sortedLevels[middle] ?? 0;
      if (count % 2 === 1) return { rawValue: upper, score: normaliseSum(upper, 1, scale) };
      const lower = sortedLevels[middle - 1] ?? 0;
      return { rawValue: (lower + upper) / 2, score: normaliseSum(lower + upper, 2, scale) };
    }
    case 'min': {
      const lowest = sortedLevels[0] ?? scale.lowest;
      return { rawValue: lowest, score: normaliseSum(lowest, 1, scale) };
    }
    case 'share-meeting-level': {
      let meeting = 0;
      for (const level of sortedLevels) if (level >= aggregation.level) meeting += 1;
      return { rawValue: meeting / count, score: (meeting * 100) / count };
    }
  }
}

/** The mean of `count` levels summing to `sum`, on 0–100, with one rounding step. */
export function normaliseSum(sum: number, count: number, scale: IndexedScale): number {
  if (scale.scale.normalisation === 'ratio-to-max') return (sum * 100) / (count * scale.highest);
  return ((sum - count * scale.lowest) * 100) / (count * (scale.highest - scale.lowest));
}

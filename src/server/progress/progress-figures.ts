import type { ProgressFigures } from '../../contracts/progress.contract';
import { locusUnitStatuses } from '../../contracts/workflow.contract';

export function emptyFigures(): ProgressFigures {
  return {
    respondents: { done: 0, total: 0 },
    indicators: { done: 0, total: 0 },
    evidence: { done: 0, total: 0 },
    survey: { done: 0, total: 0 },
    statuses: Object.fromEntries(
      locusUnitStatuses.map((status) => [status, 0]),
    ) as ProgressFigures['statuses'],
  };
}

/** Adds `part` into `sum` (an entity's units, a province's entities). */
export function addFigures(sum: ProgressFigures, part: ProgressFigures): void {
  for (const key of ['respondents', 'indicators', 'evidence', 'survey'] as const) {
    sum[key].done += part[key].done;
    sum[key].total += part[key].total;
  }
  for (const status of locusUnitStatuses) sum.statuses[status] += part.statuses[status];
}

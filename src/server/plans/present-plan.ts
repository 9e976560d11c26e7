import type { Plan, PlanItem } from '../../contracts/plans.contract';
import { scoreEntity } from '../../core';
import { type BaselineComparison, compareBaseline } from '../../web/features/plans/compare-baseline';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { EntityRow } from '../db/repositories/entities.repository';
import {
  type ImprovementPlanRow,
  listPlanItemFiles,
  listPlanItems,
  type PlanItemWithUnit,
} from '../db/repositories/improvement-plans.repository';
import { type AnswerYearGate, loadAnswerYearGate } from './answer-year-gate';
import { deadlineState, localToday } from './item-deadlines';
import { loadCollectedAnswers } from './load-collected-answers';

export function summarizeProgress(items: readonly PlanItemWithUnit[], today: string): Plan['progress'] {
  const count = (status: string) => items.filter((item) => item.status === status).length;
  return {
    total: items.length,
    planned: count('planned'),
    inProgress: count('in_progress'),
    done: count('done'),
    dropped: count('dropped'),
    overdue: items.filter((item) => deadlineState(item, today).overdue).length,
    plannedGain: items
      .filter((item) => item.status !== 'dropped')
      .reduce((sum, item) => sum + (item.expectedGain ?? 0), 0),
  };
}

/**
 * Scores of the plan's year and of the next cycle, when both were collected (the baseline check), each only
 * if the viewer may see that cycle's answers.
 */
async function loadBaseline(
  db: Queryable,
  entity: EntityRow,
  plan: ImprovementPlanRow,
  items: readonly PlanItemWithUnit[],
  mayRead: AnswerYearGate,
): Promise<BaselineComparison | null> {
  if (!mayRead(plan.year + 1)) return null;
  const after = await loadCollectedAnswers(db, entity, plan.year + 1);
  if (!after) return null;
  const before = mayRead(plan.year) ? await loadCollectedAnswers(db, entity, plan.year) : undefined;
  return compareBaseline(
    items.map((item) => ({
      id: item.id,
      unitCode: item.unitId,
      indicatorCode: item.indicatorCode,
      expectedGain: item.expectedGain,
      status: item.status,
    })),
    before ? scoreEntity(before.answers, before.methodology) : null,
    scoreEntity(after.answers, after.methodology),
  );
}

/**
 * The plan as the contract shows it. `viewer` decides which cycles' scores the baseline check may use
 * (see loadAnswerYearGate); without it only published, out-of-embargo cycles are used.
 */
export async function presentPlan(
  db: Queryable,
  entity: EntityRow,
  plan: ImprovementPlanRow,
  now: Date,
  viewer?: RequestActor,
): Promise<Plan> {
  const items = await listPlanItems(db, [plan.id]);
  const files = await listPlanItemFiles(
    db,
    items.map((item) => item.id),
  );
  const today = localToday(now, entity.provinceCode);
  const baseline = await loadBaseline(db, entity, plan, items, await loadAnswerYearGate(db, viewer, now));
  const outcomes = new Map(baseline?.items.map((outcome) => [outcome.id, outcome]));
  return {
    entityCode: entity.code,
    entityName: entity.officialName,
    provinceCode: entity.provinceCode,
    year: plan.year,
    title: plan.title,
    methodologyRef: plan.methodologyRef,
    baselineScore: plan.baselineScore,
    createdAt: plan.createdAt.toISOString(),
    items: items.map((item): PlanItem => {
      const outcome = outcomes.get(item.id);
      const { overdue, dueSoon } = deadlineState(item, today);
      return {
        id: item.id,
        position: item.position,
        unitId: item.unitId,
        unitName: item.unitName,
        indicatorCode: item.indicatorCode,
        action: item.action,
        ownerName: item.ownerName,
        ownerPosition: item.ownerPosition,
        dueDate: item.dueDate,
        status: item.status,
        expectedGain: item.expectedGain,
        notes: item.notes.map(({ at, authorName, text }) => ({ at, authorName, text })),
        files: files
          .filter((file) => file.itemId === item.id)
          .map(({ sha256, fileName, mediaType, sizeBytes }) => ({ sha256, fileName, mediaType, sizeBytes })),
        version: item.version,
        overdue,
        dueSoon,
        pointsBefore: outcome?.pointsBefore ?? null,
        pointsAfter: outcome?.pointsAfter ?? null,
        realisedGain: outcome?.realisedGain ?? null,
        improved: outcome?.improved ?? null,
      };
    }),
    progress: summarizeProgress(items, today),
    baseline:
      baseline === null
        ? null
        : {
            nextYear: plan.year + 1,
            scoreBefore: baseline.scoreBefore,
            scoreAfter: baseline.scoreAfter,
            plannedGain: baseline.plannedGain,
            realisedGain: baseline.realisedGain,
          },
  };
}

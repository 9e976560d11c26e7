import type { PlanList } from '../../contracts/plans.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listPlanItems, listPlans } from '../db/repositories/improvement-plans.repository';
import { localToday } from '../plans/item-deadlines';
import { summarizeProgress } from '../plans/present-plan';

/** Plans in the actor's scope: every plan for admins, the provinces' for coordinators, one's own entity's for liaisons. */
export async function listImprovementPlans(
  db: Queryable,
  actor: RequestActor,
  query: {
    year?: number | undefined;
    provinceCode?: string | undefined;
    overdueOnly?: 'true' | 'false' | undefined;
  },
  now: Date,
): Promise<PlanList> {
  const provinceCodes =
    actor.role === 'admin'
      ? query.provinceCode
        ? [query.provinceCode]
        : undefined
      : actor.role === 'coordinator'
        ? actor.provinceCodes.filter(
            (code) => query.provinceCode === undefined || code === query.provinceCode,
          )
        : undefined;
  if (actor.role === 'liaison' && !actor.entityCode) return { items: [] };
  const plans = await listPlans(db, {
    ...(provinceCodes ? { provinceCodes } : {}),
    ...(actor.role === 'liaison' && actor.entityCode ? { entityCode: actor.entityCode } : {}),
    ...(query.year ? { year: query.year } : {}),
  });
  const items = await listPlanItems(
    db,
    plans.map((row) => row.plan.id),
  );
  const summaries = plans.map((row) => ({
    entityCode: row.entityCode,
    entityName: row.entityName,
    provinceCode: row.plan.provinceCode,
    year: row.plan.year,
    title: row.plan.title,
    progress: summarizeProgress(
      items.filter((item) => item.planId === row.plan.id),
      localToday(now, row.plan.provinceCode),
    ),
    updatedAt: row.plan.updatedAt.toISOString(),
  }));
  return {
    items:
      query.overdueOnly === 'true' ? summaries.filter((summary) => summary.progress.overdue > 0) : summaries,
  };
}

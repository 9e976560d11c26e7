import type { Plan } from '../../contracts/plans.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { presentPlan } from '../plans/present-plan';
import { requirePlan } from '../plans/require-plan';

export async function getImprovementPlan(
  db: Queryable,
  actor: RequestActor,
  params: { code: string; year: number },
  now: Date,
): Promise<Plan> {
  const { entity, plan } = await requirePlan(db, actor, 'plan.read', params);
  return presentPlan(db, entity, plan, now, actor);
}

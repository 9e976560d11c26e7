import type { NewPlanItem, Plan } from '../../contracts/plans.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { countPlanItems, insertPlanItems, touchPlan } from '../db/repositories/improvement-plans.repository';
import { presentPlan } from '../plans/present-plan';
import { requirePlan, requireUnitsOfEntity } from '../plans/require-plan';
import { toItemValues } from './create-improvement-plan';

/** Adds one action to an existing plan (by hand, or another recommendation). */
export async function addPlanItem(
  db: Database,
  actor: RequestActor,
  params: { code: string; year: number },
  item: NewPlanItem,
  now: Date,
  context: AuditContext,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { entity, plan } = await requirePlan(tx, actor, 'plan.manage', params);
    await requireUnitsOfEntity(tx, entity, [item.unitId]);
    const [created] = await insertPlanItems(
      tx,
      toItemValues(plan.id, [item], await countPlanItems(tx, plan.id)),
    );
    await touchPlan(tx, plan.id, now);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'plan.item.create',
      resourceType: 'plan-item',
      resourceId: created?.id ?? null,
      provinceCode: entity.provinceCode,
      before: null,
      after: created ?? null,
    });
    return presentPlan(tx, entity, plan, now, actor);
  });
}

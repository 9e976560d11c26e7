import type { Plan } from '../../contracts/plans.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  deletePlanItemIfVersion,
  findPlanItem,
  touchPlan,
} from '../db/repositories/improvement-plans.repository';
import { notFoundError } from '../errors';
import { presentPlan } from '../plans/present-plan';
import { requirePlan, staleVersionError } from '../plans/require-plan';

/** Takes one item out of the plan (liaison or coordinator), at the version read; audited with the item. */
export async function removePlanItem(
  db: Database,
  actor: RequestActor,
  params: { code: string; year: number; itemId: string },
  version: number,
  now: Date,
  context: AuditContext,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { entity, plan } = await requirePlan(tx, actor, 'plan.manage', params);
    const before = await findPlanItem(tx, plan.id, params.itemId);
    if (!before) throw notFoundError();
    const removed = await deletePlanItemIfVersion(tx, before.id, version);
    if (!removed) throw staleVersionError({ id: 'Butir rencana ini', en: 'This plan item' }, before);
    await touchPlan(tx, plan.id, now);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'plan.item.delete',
      resourceType: 'plan-item',
      resourceId: before.id,
      provinceCode: entity.provinceCode,
      before,
      after: null,
    });
    return presentPlan(tx, entity, plan, now, actor);
  });
}

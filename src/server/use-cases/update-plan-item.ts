import type { Plan, UpdatePlanItemRequest } from '../../contracts/plans.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findPlanItem,
  touchPlan,
  updatePlanItemIfVersion,
} from '../db/repositories/improvement-plans.repository';
import { notFoundError } from '../errors';
import { presentPlan } from '../plans/present-plan';
import { requirePlan, staleVersionError } from '../plans/require-plan';

/**
 * Status, owner, due date or wording of one item, plus an optional progress note appended to its list.
 * Names the version read: a stale one answers 409 with the current item.
 */
export async function updatePlanItem(
  db: Database,
  actor: RequestActor,
  params: { code: string; year: number; itemId: string },
  request: UpdatePlanItemRequest,
  now: Date,
  context: AuditContext,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { entity, plan } = await requirePlan(tx, actor, 'plan.manage', params);
    const before = await findPlanItem(tx, plan.id, params.itemId);
    if (!before) throw notFoundError();
    const { version, note, ...fields } = request;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const notes =
      note === undefined
        ? undefined
        : [
            ...before.notes,
            { at: now.toISOString(), authorUserId: actor.userId, authorName: actor.name, text: note },
          ];
    const after = await updatePlanItemIfVersion(
      tx,
      before.id,
      version,
      { ...changes, ...(notes ? { notes } : {}) },
      now,
    );
    if (!after) throw staleVersionError({ id: 'Butir rencana ini', en: 'This plan item' }, before);
    await touchPlan(tx, plan.id, now);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'plan.item.update',
      resourceType: 'plan-item',
      resourceId: after.id,
      provinceCode: entity.provinceCode,
      before,
      after,
    });
    return presentPlan(tx, entity, plan, now, actor);
  });
}

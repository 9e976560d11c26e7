import type { CreatePlanRequest, NewPlanItem, Plan } from '../../contracts/plans.contract';
import { createPlanRequestSchema } from '../../contracts/plans.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findPlan, insertPlan, insertPlanItems } from '../db/repositories/improvement-plans.repository';
import { DomainError } from '../errors';
import { loadAnswerYearGate } from '../plans/answer-year-gate';
import { presentPlan } from '../plans/present-plan';
import { requireEntityInScope } from '../plans/require-entity-in-scope';
import { requireUnitsOfEntity } from '../plans/require-plan';

export function toItemValues(planId: string, items: readonly NewPlanItem[], firstPosition: number) {
  return items.map((item, offset) => ({
    planId,
    position: firstPosition + offset,
    unitId: item.unitId,
    indicatorCode: item.indicatorCode,
    action: item.action,
    ownerName: item.ownerName,
    ownerPosition: item.ownerPosition,
    dueDate: item.dueDate,
    expectedGain: item.expectedGain,
  }));
}

/** A plan carries figures from the planner (baseline, expected gains) only when made from recommendations. */
function isFromRecommendations(request: ReturnType<typeof createPlanRequestSchema.parse>): boolean {
  return (
    request.methodologyRef !== null ||
    request.baselineScore !== null ||
    request.items.some((item) => item.expectedGain !== null)
  );
}

/**
 * Starts the entity's rencana aksi for the year, from the planner's recommendations or by hand. A liaison
 * may plan from recommendations only on a cycle whose results are published and out of embargo (the
 * figures come from its collected answers); a plan by hand is open to any year.
 */
export async function createImprovementPlan(
  db: Database,
  actor: RequestActor,
  params: { code: string; year: number },
  input: CreatePlanRequest,
  now: Date,
  context: AuditContext,
): Promise<Plan> {
  const request = createPlanRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const entity = await requireEntityInScope(tx, actor, 'plan.manage', params.code);
    if (isFromRecommendations(request) && !(await loadAnswerYearGate(tx, actor, now))(params.year)) {
      throw new DomainError('CONFLICT', {
        id: `Hasil ${params.year} belum dipublikasikan; rencana dari rekomendasi hanya dapat dibuat dari siklus yang hasilnya sudah terbit. Buat rencana tanpa rekomendasi atau tunggu publikasi.`,
        en: `The ${params.year} results are not published yet; a plan from recommendations can only be made from a cycle whose results are out. Create the plan without recommendations or wait for publication.`,
      });
    }
    if (await findPlan(tx, entity.id, params.year)) {
      throw new DomainError('CONFLICT', {
        id: `${entity.officialName} sudah punya rencana aksi ${params.year}; tambahkan butir ke rencana itu.`,
        en: `${entity.officialName} already has a ${params.year} improvement plan; add items to it.`,
      });
    }
    await requireUnitsOfEntity(
      tx,
      entity,
      request.items.map((item) => item.unitId),
    );
    const plan = await insertPlan(tx, {
      entityId: entity.id,
      provinceCode: entity.provinceCode,
      year: params.year,
      title: request.title,
      methodologyRef: request.methodologyRef,
      baselineScore: request.baselineScore,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertPlanItems(tx, toItemValues(plan.id, request.items, 0));
    const after = await presentPlan(tx, entity, plan, now, actor);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'plan.create',
      resourceType: 'improvement-plan',
      resourceId: `${entity.code}/${params.year}`,
      provinceCode: entity.provinceCode,
      before: null,
      after,
    });
    return after;
  });
}

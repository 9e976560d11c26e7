import type {
  ConfirmOversightProductRequest,
  OversightRegister,
} from '../../contracts/oversight-products.contract';
import { confirmOversightProductRequestSchema } from '../../contracts/oversight-products.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  addOversightConfirmation,
  updateOversightProduct,
} from '../db/repositories/oversight-products.repository';
import { staleVersionError } from '../oversight/oversight-errors';
import { presentOversightRegister } from '../oversight/present-oversight-register';
import { requireOversightProduct } from '../oversight/require-oversight-product';
import { localToday } from '../plans/item-deadlines';

/**
 * The province office (the centre for ministries and agencies) confirms how far the entity followed a product
 * up. Each confirmation is kept, dated in the entity's zone, so the status at a past cut-off stays readable.
 */
export async function confirmOversightFollowUp(
  db: Database,
  actor: RequestActor,
  params: { code: string; productId: string },
  input: ConfirmOversightProductRequest,
  now: Date,
  context: AuditContext,
): Promise<OversightRegister> {
  const request = confirmOversightProductRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const { entity, product } = await requireOversightProduct(tx, actor, 'oversight.manage', params);
    const confirmedOn = localToday(now, entity.provinceCode);
    const updated = await updateOversightProduct(
      tx,
      product.id,
      request.version,
      {
        followUpStatus: request.followUpStatus,
        confirmedByUserId: actor.userId,
        confirmedByName: actor.name,
        confirmedAt: now,
      },
      now,
    );
    if (!updated) throw staleVersionError();
    await addOversightConfirmation(tx, {
      productId: product.id,
      followUpStatus: request.followUpStatus,
      confirmedOn,
      confirmedAt: now,
      confirmedByUserId: actor.userId,
      confirmedByName: actor.name,
      note: request.note,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'oversight.confirm',
      resourceType: 'oversight-product',
      resourceId: product.id,
      provinceCode: entity.provinceCode,
      before: { followUpStatus: product.followUpStatus },
      after: { followUpStatus: request.followUpStatus, confirmedOn, note: request.note },
    });
    return presentOversightRegister(tx, actor, entity, now);
  });
}

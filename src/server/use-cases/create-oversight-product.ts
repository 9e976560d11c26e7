import type {
  OversightRegister,
  SaveOversightProductRequest,
} from '../../contracts/oversight-products.contract';
import { saveOversightProductRequestSchema } from '../../contracts/oversight-products.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findOversightProductByNumber,
  insertOversightProduct,
} from '../db/repositories/oversight-products.repository';
import { duplicateNumberError, issuedInFutureError } from '../oversight/oversight-errors';
import { presentOversightRegister } from '../oversight/present-oversight-register';
import { localToday } from '../plans/item-deadlines';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/** Records a product addressed to the entity; its follow-up starts `belum` until someone confirms it. */
export async function createOversightProduct(
  db: Database,
  actor: RequestActor,
  entityCode: string,
  input: SaveOversightProductRequest,
  now: Date,
  context: AuditContext,
): Promise<OversightRegister> {
  const request = saveOversightProductRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const entity = await requireEntityInScope(tx, actor, 'oversight.manage', entityCode);
    if (request.issuedOn > localToday(now, entity.provinceCode)) throw issuedInFutureError();
    if (await findOversightProductByNumber(tx, entity.id, request.kind, request.number))
      throw duplicateNumberError(request.number);
    const product = await insertOversightProduct(tx, {
      ...request,
      entityId: entity.id,
      provinceCode: entity.provinceCode,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'oversight.create',
      resourceType: 'oversight-product',
      resourceId: product.id,
      provinceCode: entity.provinceCode,
      after: { entityCode: entity.code, ...request },
    });
    return presentOversightRegister(tx, actor, entity, now);
  });
}

import type {
  OversightRegister,
  UpdateOversightProductRequest,
} from '../../contracts/oversight-products.contract';
import { updateOversightProductRequestSchema } from '../../contracts/oversight-products.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findOversightProductByNumber,
  updateOversightProduct as updateProductRow,
} from '../db/repositories/oversight-products.repository';
import { duplicateNumberError, issuedInFutureError, staleVersionError } from '../oversight/oversight-errors';
import { presentOversightRegister } from '../oversight/present-oversight-register';
import { requireOversightProduct } from '../oversight/require-oversight-product';
import { localToday } from '../plans/item-deadlines';

/** Corrects what the register says of a product (its follow-up changes only by confirmation). */
export async function updateOversightProduct(
  db: Database,
  actor: RequestActor,
  params: { code: string; productId: string },
  input: UpdateOversightProductRequest,
  now: Date,
  context: AuditContext,
): Promise<OversightRegister> {
  const { version, ...fields } = updateOversightProductRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const { entity, product } = await requireOversightProduct(tx, actor, 'oversight.manage', params);
    if (fields.issuedOn > localToday(now, entity.provinceCode)) throw issuedInFutureError();
    const clash = await findOversightProductByNumber(tx, entity.id, fields.kind, fields.number);
    if (clash && clash.id !== product.id) throw duplicateNumberError(fields.number);
    const updated = await updateProductRow(tx, product.id, version, fields, now);
    if (!updated) throw staleVersionError();
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'oversight.update',
      resourceType: 'oversight-product',
      resourceId: product.id,
      provinceCode: entity.provinceCode,
      before: {
        kind: product.kind,
        number: product.number,
        issuedOn: product.issuedOn,
        subject: product.subject,
        issuingOffice: product.issuingOffice,
        dueOn: product.dueOn,
      },
      after: fields,
    });
    return presentOversightRegister(tx, actor, entity, now);
  });
}

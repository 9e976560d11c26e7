import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findUnitType,
  insertUnitType,
  type UnitTypeRow,
  updateUnitType as writeUnitType,
} from '../db/repositories/units.repository';
import { DomainError, notFoundError } from '../errors';

export async function createUnitType(
  db: Database,
  values: { code: string; nameId: string; nameEn: string; sortOrder: number },
  context: AuditContext,
): Promise<UnitTypeRow> {
  return db.transaction(async (tx) => {
    if (await findUnitType(tx, values.code)) {
      throw new DomainError('CONFLICT', {
        id: `Jenis unit ${values.code} sudah ada.`,
        en: `Unit type ${values.code} already exists.`,
      });
    }
    const created = await insertUnitType(tx, values);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'unit-type.create',
      resourceType: 'unit-type',
      resourceId: created.code,
      after: created,
    });
    return created;
  });
}

/** Types are never deleted (past cycles refer to them); an unused one is deactivated instead. */
export async function updateUnitType(
  db: Database,
  code: string,
  changes: Partial<Pick<UnitTypeRow, 'nameId' | 'nameEn' | 'sortOrder' | 'isActive'>>,
  context: AuditContext,
): Promise<UnitTypeRow> {
  return db.transaction(async (tx) => {
    const before = await findUnitType(tx, code);
    if (!before) throw notFoundError();
    const after = await writeUnitType(tx, code, changes);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'unit-type.update',
      resourceType: 'unit-type',
      resourceId: code,
      before,
      after,
    });
    return after;
  });
}

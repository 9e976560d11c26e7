import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { insertEntity, updateEntity } from '../db/repositories/entities.repository';
import { insertUnit } from '../db/repositories/units.repository';
import { findUnitByName } from '../imports/find-unit-by-name';
import { importInvalidError } from '../imports/import-invalid-error';
import { readTableFile } from '../imports/read-table-file';
import { validateDirectoryRows } from '../imports/validate-directory-rows';
import { toEntitySummary } from '../presenters/entity.presenter';

/**
 * Imports entities and units from the directory file: every row is checked first; with any problem nothing
 * is written (422 with the problems). New ministries/agencies, changed aliases and new units are written in one
 * transaction; rows already true change nothing.
 */
export async function importDirectory(
  db: Database,
  actor: RequestActor,
  file: { bytes: Buffer; format: 'csv' | 'xlsx' },
  context: AuditContext,
): Promise<{ rows: number; entitiesCreated: number; aliasesChanged: number; unitsCreated: number }> {
  const table = await readTableFile(file.bytes, file.format);
  const { problems, plan } = await validateDirectoryRows(db, actor, table);
  if (problems.length > 0) {
    throw importInvalidError(problems, {
      id: `Impor ditolak: ${problems.length} kesalahan; tidak ada data yang ditulis. Baris pertama: ${problems[0]?.row}.`,
      en: `Import refused: ${problems.length} problems; nothing was written. First row: ${problems[0]?.row}.`,
    });
  }
  return db.transaction(async (tx) => {
    const result = { rows: table.rows.length, entitiesCreated: 0, aliasesChanged: 0, unitsCreated: 0 };
    for (const entry of plan) {
      let entity = entry.entity;
      if (!entity && entry.create) {
        entity = await insertEntity(tx, {
          code: entry.code,
          ...entry.create,
          alias: entry.alias ?? null,
          provinceCode: null,
          regencyCode: null,
        });
        result.entitiesCreated += 1;
        await appendAuditEntry(tx, {
          ...auditFieldsOf(context),
          action: 'entity.create',
          resourceType: 'entity',
          resourceId: entity.code,
          after: toEntitySummary(entity),
        });
      } else if (entity && entry.alias !== undefined && entry.alias !== entity.alias) {
        const before = entity;
        entity = await updateEntity(tx, entity.id, { alias: entry.alias });
        result.aliasesChanged += 1;
        await appendAuditEntry(tx, {
          ...auditFieldsOf(context),
          action: 'entity.update',
          resourceType: 'entity',
          resourceId: entity.code,
          provinceCode: entity.provinceCode,
          before: toEntitySummary(before),
          after: toEntitySummary(entity),
        });
      }
      if (!entity) continue;
      for (const [key, unit] of entry.units) {
        if (findUnitByName(entry.existingUnits, key)) continue;
        const created = await insertUnit(tx, {
          entityId: entity.id,
          unitTypeCode: unit.unitTypeCode,
          name: unit.name,
        });
        result.unitsCreated += 1;
        await appendAuditEntry(tx, {
          ...auditFieldsOf(context),
          action: 'unit.create',
          resourceType: 'unit',
          resourceId: created.id,
          provinceCode: entity.provinceCode,
          after: { ...created, products: [] },
        });
      }
    }
    return result;
  });
}

import type { ImportProblem } from '../../contracts/imports.contract';
import { followUpStatusOn } from '../../core/oversight/oversight-follow-up-status';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database, Transaction } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  addOversightConfirmation,
  findOversightProductByNumber,
  insertOversightProduct,
  listOversightConfirmations,
  type OversightProductRow,
  updateOversightProduct,
} from '../db/repositories/oversight-products.repository';
import type { DomainError } from '../errors';
import { importInvalidError } from '../imports/import-invalid-error';
import { readTableFile } from '../imports/read-table-file';
import { type OversightImportRow, validateOversightRows } from '../imports/validate-oversight-rows';
import { staleVersionError } from '../oversight/oversight-errors';

/**
 * Reads a register file (see `oversightFileColumns`) and, only when every row is valid, records each product
 * (matched by entity, kind and number) in one transaction. A status differing from the product's latest
 * confirmation is recorded as a confirmation on the file's date by the importing user, so importing the
 * export changes nothing.
 */
export async function importOversightProducts(
  db: Database,
  actor: RequestActor,
  file: { bytes: Buffer; format: 'csv' | 'xlsx' },
  now: Date,
  context: AuditContext,
): Promise<{ rows: number; created: number; updated: number }> {
  const table = await readTableFile(file.bytes, file.format);
  const { problems, rows } = await validateOversightRows(db, actor, table, now);
  if (problems.length > 0) throw refused(problems);
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const existing = await findOversightProductByNumber(tx, row.entity.id, row.kind, row.number);
      const product = existing ?? (await createFromRow(tx, actor, row, now, context));
      if (!existing) created += 1;
      const changed = await applyRow(tx, actor, product, row, existing !== undefined, now, context);
      if (existing && changed) updated += 1;
    }
    const result = { rows: table.rows.length, created, updated };
    if (created + updated > 0)
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'oversight.import',
        resourceType: 'oversight-register',
        resourceId: 'import',
        provinceCode: rows[0]?.entity.provinceCode ?? null,
        after: { ...result, entityCodes: [...new Set(rows.map((row) => row.entity.code))] },
      });
    return result;
  });
}

async function createFromRow(
  tx: Transaction,
  actor: RequestActor,
  row: OversightImportRow,
  now: Date,
  context: AuditContext,
): Promise<OversightProductRow> {
  const fields = fieldsOf(row);
  const product = await insertOversightProduct(tx, {
    ...fields,
    entityId: row.entity.id,
    provinceCode: row.entity.provinceCode,
    createdByUserId: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await appendAuditEntry(tx, {
    ...auditFieldsOf(context),
    action: 'oversight.create',
    resourceType: 'oversight-product',
    resourceId: product.id,
    provinceCode: row.entity.provinceCode,
    after: { entityCode: row.entity.code, ...fields, source: 'import' },
  });
  return product;
}

/** Brings an existing product's fields and follow-up to what the row says; true when anything changed. */
async function applyRow(
  tx: Transaction,
  actor: RequestActor,
  product: OversightProductRow,
  row: OversightImportRow,
  existed: boolean,
  now: Date,
  context: AuditContext,
): Promise<boolean> {
  const fields = fieldsOf(row);
  const before = {
    kind: product.kind,
    number: product.number,
    issuedOn: product.issuedOn,
    subject: product.subject,
    issuingOffice: product.issuingOffice,
    dueOn: product.dueOn,
  };
  const history = await listOversightConfirmations(tx, [product.id]);
  const latest = history.at(-1);
  // A row without a confirmation date says nothing about the follow-up: earlier confirmations stay.
  const followUpChanged =
    row.confirmedOn !== null &&
    ((latest?.followUpStatus ?? 'belum') !== row.followUpStatus || latest?.confirmedOn !== row.confirmedOn);
  const fieldsChanged = existed && JSON.stringify(before) !== JSON.stringify(fields);
  if (!fieldsChanged && !followUpChanged) return false;
  let current = product;
  if (followUpChanged && row.confirmedOn !== null) {
    const confirmation = {
      productId: product.id,
      followUpStatus: row.followUpStatus,
      confirmedOn: row.confirmedOn,
      confirmedAt: now,
      confirmedByUserId: actor.userId,
      confirmedByName: actor.name,
      note: `impor baris ${row.rowNumber}`,
    };
    await addOversightConfirmation(tx, confirmation);
    const status = followUpStatusOn([...history, confirmation], '9999-12-31');
    const next = await updateOversightProduct(
      tx,
      product.id,
      current.version,
      {
        ...fields,
        followUpStatus: status,
        confirmedByUserId: actor.userId,
        confirmedByName: actor.name,
        confirmedAt: now,
      },
      now,
    );
    if (!next) throw staleVersionError();
    current = next;
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'oversight.confirm',
      resourceType: 'oversight-product',
      resourceId: product.id,
      provinceCode: row.entity.provinceCode,
      before: { followUpStatus: product.followUpStatus },
      after: { followUpStatus: row.followUpStatus, confirmedOn: row.confirmedOn, source: 'import' },
    });
  } else {
    const next = await updateOversightProduct(tx, product.id, current.version, fields, now);
    if (!next) throw staleVersionError();
    current = next;
  }
  if (fieldsChanged)
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'oversight.update',
      resourceType: 'oversight-product',
      resourceId: product.id,
      provinceCode: row.entity.provinceCode,
      before,
      after: { ...fields, source: 'import' },
    });
  return true;
}

function fieldsOf(row: OversightImportRow) {
  return {
    kind: row.kind,
    number: row.number,
    issuedOn: row.issuedOn,
    subject: row.subject,
    issuingOffice: row.issuingOffice,
    dueOn: row.dueOn,
  };
}

function refused(problems: ImportProblem[]): DomainError {
  return importInvalidError(problems, {
    id: `Impor ditolak: ${problems.length} kesalahan; tidak ada data yang ditulis. Baris pertama: ${problems[0]?.row ?? '-'}.`,
    en: `Import refused: ${problems.length} problems; nothing was written. First row: ${problems[0]?.row ?? '-'}.`,
  });
}

import type { CreateEntityRequest } from '../../contracts/entities.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { type EntityRow, findEntityByCode, insertEntity } from '../db/repositories/entities.repository';
import { DomainError } from '../errors';
import { toEntitySummary } from '../presenters/entity.presenter';

/** Adds a ministry (kementerian) or agency (lembaga); regional governments come from the reference data. */
export async function createEntity(
  db: Database,
  request: CreateEntityRequest,
  context: AuditContext,
): Promise<EntityRow> {
  return db.transaction(async (tx) => {
    if (await findEntityByCode(tx, request.code)) {
      throw new DomainError('CONFLICT', {
        id: `Kode entitas ${request.code} sudah dipakai.`,
        en: `The entity code ${request.code} is already in use.`,
      });
    }
    const entity = await insertEntity(tx, { ...request, provinceCode: null, regencyCode: null });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'entity.create',
      resourceType: 'entity',
      resourceId: entity.code,
      after: toEntitySummary(entity),
    });
    return entity;
  });
}

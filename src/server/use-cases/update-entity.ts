import type { UpdateEntityRequest } from '../../contracts/entities.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { type EntityRow, updateEntity as writeEntity } from '../db/repositories/entities.repository';
import { toEntitySummary } from '../presenters/entity.presenter';
import { getEntity } from './get-entity';

export async function updateEntity(
  db: Database,
  actor: RequestActor,
  code: string,
  changes: UpdateEntityRequest,
  context: AuditContext,
): Promise<EntityRow> {
  return db.transaction(async (tx) => {
    const before = await getEntity(tx, code, { actor, action: 'entity.update' });
    const after = await writeEntity(tx, before.id, {
      ...(changes.officialName !== undefined ? { officialName: changes.officialName } : {}),
      ...(changes.shortName !== undefined ? { shortName: changes.shortName } : {}),
      ...(changes.alias !== undefined ? { alias: changes.alias } : {}),
      ...(changes.isActive !== undefined ? { isActive: changes.isActive } : {}),
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'entity.update',
      resourceType: 'entity',
      resourceId: code,
      provinceCode: after.provinceCode,
      before: toEntitySummary(before),
      after: toEntitySummary(after),
    });
    return after;
  });
}

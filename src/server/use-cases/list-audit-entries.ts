import type { ListAuditQuery } from '../../contracts/audit.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import {
  type AuditFilter,
  type AuditRow,
  iterateAuditEntries,
  listAuditEntries as selectAuditEntries,
} from '../db/repositories/audit-log.repository';

/** Admins browse everything; a coordinator what happened in their provinces. */
export function auditFilterFor(
  actor: RequestActor,
  query: Omit<ListAuditQuery, 'page' | 'pageSize'>,
): AuditFilter {
  return {
    action: query.action,
    actorUserId: query.actorUserId,
    resourceType: query.resourceType,
    resourceId: query.resourceId,
    provinceCode: query.provinceCode,
    withinProvinces: actor.role === 'admin' ? undefined : actor.provinceCodes,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

export function listAuditEntries(
  db: Database,
  actor: RequestActor,
  query: ListAuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  return selectAuditEntries(db, auditFilterFor(actor, query), {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
}

export function streamAuditEntries(
  db: Database,
  actor: RequestActor,
  query: Omit<ListAuditQuery, 'page' | 'pageSize'>,
): AsyncGenerator<AuditRow[]> {
  return iterateAuditEntries(db, auditFilterFor(actor, query));
}

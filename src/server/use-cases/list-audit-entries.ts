import type { ListAuditQuery } from '../../contracts/audit.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import {
  type AuditFilter,
  type AuditRow,
  iterateAuditEntries,
  listAuditEntries as selectAuditEntries,
} from '../db/repositories/audit-log.repository';

/**
 * Admins browse everything; a coordinator what happened in their provinces, without the entries about results
 * still under embargo at `now` (who may see a year before its release is the admins' call alone).
 */
export function auditFilterFor(
  actor: RequestActor,
  query: Omit<ListAuditQuery, 'page' | 'pageSize'>,
  now: Date,
): AuditFilter {
  const isAdmin = actor.role === 'admin';
  return {
    action: query.action,
    actorUserId: query.actorUserId,
    resourceType: query.resourceType,
    resourceId: query.resourceId,
    provinceCode: query.provinceCode,
    withinProvinces: isAdmin ? undefined : actor.provinceCodes,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    hideEmbargoedAt: isAdmin ? undefined : now,
  };
}

export function listAuditEntries(
  db: Database,
  actor: RequestActor,
  query: ListAuditQuery,
  now: Date,
): Promise<{ rows: AuditRow[]; total: number }> {
  return selectAuditEntries(db, auditFilterFor(actor, query, now), {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
}

export function streamAuditEntries(
  db: Database,
  actor: RequestActor,
  query: Omit<ListAuditQuery, 'page' | 'pageSize'>,
  now: Date,
): AsyncGenerator<AuditRow[]> {
  return iterateAuditEntries(db, auditFilterFor(actor, query, now));
}

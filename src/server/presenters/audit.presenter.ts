import type { AuditEntry } from '../../contracts/audit.contract';
import { formatDateTime } from '../../core/format';
import { formatCsvLine } from '../../reports/csv/write-csv';
import type { AuditRow } from '../db/repositories/audit-log.repository';

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorEmail: row.actorEmail,
    actorRole: row.actorRole,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    provinceCode: row.provinceCode,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    ip: row.ip,
  };
}

export const auditCsvHeader = [
  'id',
  'at',
  'actor_email',
  'actor_role',
  'action',
  'resource_type',
  'resource_id',
  'province_code',
  'before',
  'after',
  'request_id',
  'ip',
  // For people reading the file: Jakarta time, named ("5 Des 2026, 07.30.00 WIB"), one zone for the whole
  // log as on the audit screen; `at` stays ISO 8601 for machines.
  'at_local',
] as const;

export function toAuditCsvLine(row: AuditRow): string {
  const cells = [
    row.id,
    row.at.toISOString(),
    row.actorEmail,
    row.actorRole,
    row.action,
    row.resourceType,
    row.resourceId,
    row.provinceCode,
    row.before === null ? '' : JSON.stringify(row.before),
    row.after === null ? '' : JSON.stringify(row.after),
    row.requestId,
    row.ip,
    formatDateTime(row.at, 'id', null, { style: 'medium', seconds: true }),
  ];
  // The project's one CSV writer: RFC 4180 and formula-injection safe; the route adds the line ends.
  return formatCsvLine(cells).slice(0, -2);
}

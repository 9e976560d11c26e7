import type { AuditEntry } from '../../contracts/audit.contract';
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
  ];
  return cells.map(csvCell).join(',');
}

/** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula (CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

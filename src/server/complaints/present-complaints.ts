import type { ComplaintList, ComplaintRecord } from '../../contracts/complaints.contract';
import { summarizeResponseTimes } from '../../core/collection/summarize-response-times';
import type { ComplaintRecordRow } from '../db/repositories/complaints.repository';

export function presentComplaint(row: ComplaintRecordRow): ComplaintRecord {
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    outcome: row.outcome,
    summary: row.summary,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The unit's records with its median and 90th-percentile response and resolution times (hours). */
export function presentComplaintList(rows: readonly ComplaintRecordRow[], editable: boolean): ComplaintList {
  return {
    editable,
    items: rows.map(presentComplaint),
    summary: summarizeResponseTimes(
      rows.map((row) => ({
        receivedAt: row.receivedAt.getTime(),
        firstResponseAt: row.firstResponseAt?.getTime() ?? null,
        resolvedAt: row.resolvedAt?.getTime() ?? null,
      })),
    ),
  };
}

import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Queryable } from '../db/database';
import { appendAuditEntry, type NewAuditEntry } from '../db/repositories/audit-log.repository';
import {
  type IssuedDocumentRow,
  type NewIssuedDocument,
  recordIssuedDocument,
} from '../db/repositories/issued-documents.repository';

/**
 * Refuses a code held by another document (an HMAC collision, ≈ 1 in 10¹³): a code is never reused for a
 * second subject, so the only way out is another PATUH_SECRET.
 */
export function refuseCodeCollision(
  document: Pick<NewIssuedDocument, 'code' | 'kind' | 'snapshotId' | 'subjectId'>,
  row: Pick<IssuedDocumentRow, 'kind' | 'snapshotId' | 'subjectId'>,
): void {
  if (
    row.kind !== document.kind ||
    row.snapshotId !== document.snapshotId ||
    row.subjectId !== document.subjectId
  )
    throw new Error(
      `verification code ${document.code} collides with ${row.kind} ${row.subjectId}; change PATUH_SECRET`,
    );
}

/**
 * Records a printed code once (piagam or rapor) so /verifikasi finds it, with its `document.issue` audit entry
 * in the caller's transaction; a print that finds the code already recorded (by a concurrent print) writes no
 * second entry. Returns the stored row (the first print's) and whether this call recorded it.
 */
export async function recordDocumentIssue(
  tx: Queryable,
  document: NewIssuedDocument,
  about: { audit: AuditContext; provinceCode: string | null; after: Record<string, unknown> },
): Promise<{ row: IssuedDocumentRow; inserted: boolean }> {
  const { row, inserted } = await recordIssuedDocument(tx, document);
  refuseCodeCollision(document, row);
  if (!inserted) return { row, inserted };
  await appendAuditEntry(tx, documentIssueEntry(document.code, about));
  return { row, inserted };
}

/** The `document.issue` audit entry of a newly recorded code (one print's, or one of a bulk job's batch). */
export function documentIssueEntry(
  code: string,
  about: { audit: AuditContext; provinceCode: string | null; after: Record<string, unknown> },
): NewAuditEntry {
  return {
    ...auditFieldsOf(about.audit),
    action: 'document.issue',
    resourceType: 'issued-document',
    resourceId: code,
    provinceCode: about.provinceCode,
    before: null,
    after: about.after,
  };
}

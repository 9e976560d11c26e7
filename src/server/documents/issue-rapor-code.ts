import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import type { EntityResultRow } from '../db/repositories/document-sources.repository';
import { findIssuedDocument, recordIssuedDocument } from '../db/repositories/issued-documents.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { raporCodeOf, subjectIdOf } from './document-codes';

/**
 * The rapor's own verification code, recorded once (kind `rapor`) with its `document.issue` audit entry, so
 * /verifikasi answers for a printed rapor as it does for a piagam. A code held by another document (an HMAC
 * collision, ≈ 1 in 10¹³) is refused, never reused.
 */
export async function issueRaporCode(
  db: Database,
  secret: Buffer,
  snapshot: ResultSnapshotRow,
  entity: EntityResultRow,
  audit: AuditContext,
): Promise<string> {
  const code = raporCodeOf(secret, snapshot.id, entity.entityCode);
  const subjectId = subjectIdOf({ type: 'entity', entityCode: entity.entityCode });
  const refuseCollision = (row: { kind: string; snapshotId: string; subjectId: string }) => {
    if (row.kind !== 'rapor' || row.snapshotId !== snapshot.id || row.subjectId !== subjectId)
      throw new Error(
        `verification code ${code} collides with ${row.kind} ${row.subjectId}; change PATUH_SECRET`,
      );
  };
  const existing = await findIssuedDocument(db, code);
  if (existing) {
    refuseCollision(existing);
    return code;
  }
  await db.transaction(async (tx) => {
    const { row, inserted } = await recordIssuedDocument(tx, {
      code,
      kind: 'rapor',
      snapshotId: snapshot.id,
      subjectId,
      entityCode: entity.entityCode,
      unitResultId: null,
      signing: null,
    });
    refuseCollision(row);
    if (!inserted) return;
    await appendAuditEntry(tx, {
      ...auditFieldsOf(audit),
      action: 'document.issue',
      resourceType: 'issued-document',
      resourceId: code,
      provinceCode: entity.provinceCode,
      before: null,
      after: { kind: 'rapor', snapshotId: snapshot.id, year: snapshot.year, subjectId },
    });
  });
  return code;
}

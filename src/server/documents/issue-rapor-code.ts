import type { AuditContext } from '../audit/audit-context';
import type { Database } from '../db/database';
import type { EntityResultRow } from '../db/repositories/document-sources.repository';
import { findIssuedDocument } from '../db/repositories/issued-documents.repository';
import type { ResultSnapshotRow } from '../db/repositories/results.repository';
import { raporCodeOf, subjectIdOf } from './document-codes';
import { recordDocumentIssue, refuseCodeCollision } from './record-document-issue';

/**
 * The rapor's own verification code, recorded once (kind `rapor`) with its `document.issue` audit entry, so
 * /verifikasi answers for a printed rapor as it does for a piagam (record-document-issue.ts).
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
  const document = {
    code,
    kind: 'rapor',
    snapshotId: snapshot.id,
    subjectId,
    entityCode: entity.entityCode,
    unitResultId: null,
    signing: null,
  } as const;
  const existing = await findIssuedDocument(db, code);
  if (existing) {
    refuseCodeCollision(document, existing);
    return code;
  }
  await db.transaction((tx) =>
    recordDocumentIssue(tx, document, {
      audit,
      provinceCode: entity.provinceCode,
      after: { kind: 'rapor', snapshotId: snapshot.id, year: snapshot.year, subjectId },
    }),
  );
  return code;
}

import type { CoachingSession } from '../../contracts/coaching.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { presentCoachingSession } from '../coaching/present-coaching-sessions';
import { requireCoachingSession } from '../coaching/require-coaching-session';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addCoachingAttachment } from '../db/repositories/coaching.repository';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile, type UploadedFile } from '../files/uploaded-file';

/** Adds a PDF or photo (attendance list, material) to a coaching session. */
export async function attachCoachingFile(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  sessionId: string,
  file: UploadedFile,
  context: AuditContext,
): Promise<CoachingSession> {
  return db.transaction(async (tx) => {
    const found = await requireCoachingSession(tx, actor, 'coaching.manage', sessionId);
    const stored = await storeUploadedFile(tx, dataDir, file);
    const fileName = sanitiseFileName(file.fileName);
    await addCoachingAttachment(tx, { sessionId, fileSha256: stored.sha256, fileName });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'coaching.attach',
      resourceType: 'coaching-session',
      resourceId: sessionId,
      provinceCode: found.session.provinceCode,
      after: { fileName, ...stored },
    });
    return presentCoachingSession(tx, found);
  });
}

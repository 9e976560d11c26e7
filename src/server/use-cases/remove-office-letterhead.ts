import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteOfficeLetterhead } from '../db/repositories/office-letterheads.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { requireOfficeManager } from './save-office-letterhead';

/** Removes an office's letterhead (documents printed later show none, or the centre's); audited when one was set. */
export async function removeOfficeLetterhead(
  db: Database,
  actor: RequestActor,
  officeCode: string,
  context: AuditContext,
): Promise<void> {
  await requireOfficeManager(db, actor, officeCode);
  await db.transaction(async (tx) => {
    const removed = await deleteOfficeLetterhead(tx, officeCode);
    // DELETE is idempotent: nothing set, nothing to remove or audit.
    if (!removed) return;
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'document.letterhead.remove',
      resourceType: 'office-letterhead',
      resourceId: officeCode,
      provinceCode: officeCode === centreOfficeCode ? null : officeCode,
      before: { sha256: removed.fileSha256, mediaType: removed.mediaType },
      after: null,
    });
  });
}

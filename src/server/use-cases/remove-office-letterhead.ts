import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteOfficeLetterhead } from '../db/repositories/office-letterheads.repository';
import { centreOfficeCode } from '../documents/resolve-signing';
import { notFoundError } from '../errors';
import { requireOfficeManager } from './save-office-letterhead';

/** Removes an office's letterhead (documents printed later show none, or the centre's); audited. */
export async function removeOfficeLetterhead(
  db: Database,
  actor: RequestActor,
  officeCode: string,
  context: AuditContext,
): Promise<void> {
  await requireOfficeManager(db, actor, officeCode);
  await db.transaction(async (tx) => {
    const removed = await deleteOfficeLetterhead(tx, officeCode);
    if (!removed) throw notFoundError();
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

import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteSession, deleteSessionsOfUser } from '../db/repositories/sessions.repository';

/** Ends this session, or with `everywhere` every session of the user (all devices). */
export async function signOut(
  db: Database,
  actor: RequestActor,
  options: { everywhere: boolean },
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    let ended = 1;
    if (options.everywhere) ended = await deleteSessionsOfUser(tx, actor.userId);
    else await deleteSession(tx, actor.sessionTokenHash);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: options.everywhere ? 'auth.sign-out-everywhere' : 'auth.sign-out',
      resourceType: 'session',
      resourceId: actor.userId,
      provinceCode: actor.provinceCodes[0] ?? null,
      after: { sessionsEnded: ended },
    });
  });
}

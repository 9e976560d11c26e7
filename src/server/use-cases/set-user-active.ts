import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteSessionsOfUser } from '../db/repositories/sessions.repository';
import { type UserRow, updateUser } from '../db/repositories/users.repository';
import { DomainError } from '../errors';
import { toUserSummary } from '../presenters/user.presenter';
import { getUserInScope } from './get-user';
import { validateUserScope } from './validate-user-scope';

/** Users are never deleted: deactivation ends their sessions and keeps their history attributable. */
export async function setUserActive(
  db: Database,
  actor: RequestActor,
  userId: string,
  isActive: boolean,
  context: AuditContext,
): Promise<UserRow> {
  if (userId === actor.userId && !isActive) {
    throw new DomainError('CONFLICT', {
      id: 'Anda tidak dapat menonaktifkan akun sendiri.',
      en: 'You cannot deactivate your own account.',
    });
  }
  return db.transaction(async (tx) => {
    const before = await getUserInScope(tx, actor, userId, 'user.deactivate');
    // Reactivation opens the account again, so its scope must still be one the actor may give; deactivating
    // stays possible whatever the scope (it is how a wrongly scoped account is stopped).
    if (isActive) {
      await validateUserScope(tx, actor, before.role, {
        provinceCodes: before.provinceCodes,
        entityCode: before.entityCode,
      });
    }
    const after = await updateUser(tx, userId, { isActive, deactivatedAt: isActive ? null : new Date() });
    if (!isActive) await deleteSessionsOfUser(tx, userId);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: isActive ? 'user.reactivate' : 'user.deactivate',
      resourceType: 'user',
      resourceId: userId,
      provinceCode: before.provinceCodes[0] ?? null,
      before: toUserSummary(before),
      after: toUserSummary(after),
    });
    return after;
  });
}

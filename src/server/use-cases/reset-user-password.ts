import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { hashPassword } from '../auth/password-hashing';
import type { RequestActor } from '../auth/request-actor';
import { createOneTimePassword } from '../auth/session-tokens';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteSessionsOfUser } from '../db/repositories/sessions.repository';
import { findUserByEmail, updateUser } from '../db/repositories/users.repository';
import { notFoundError } from '../errors';
import { getUserInScope } from './get-user';

/**
 * Gives an account a new one-time password to hand over (admins everywhere, coordinators in their provinces,
 * the command line as the system): it must be changed at the next sign-in, and every session of the account
 * ends at once. Audited without the password.
 */
export async function resetUserPassword(
  db: Database,
  actor: RequestActor | undefined,
  target: { userId: string } | { email: string },
  context: AuditContext,
): Promise<{ email: string; oneTimePassword: string }> {
  const oneTimePassword = createOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction(async (tx) => {
    const user =
      'userId' in target
        ? actor
          ? await getUserInScope(tx, actor, target.userId, 'user.update')
          : undefined
        : await findUserByEmail(tx, target.email.toLowerCase());
    if (!user) throw notFoundError();
    if (actor && 'email' in target) await getUserInScope(tx, actor, user.id, 'user.update');
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: true });
    const ended = await deleteSessionsOfUser(tx, user.id);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'user.reset-password',
      resourceType: 'user',
      resourceId: user.id,
      provinceCode: user.provinceCodes[0] ?? null,
      after: { mustChangePassword: true, sessionsEnded: ended },
    });
    return { email: user.email, oneTimePassword };
  });
}

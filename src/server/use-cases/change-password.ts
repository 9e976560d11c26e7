import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { hashPassword, verifyPassword } from '../auth/password-hashing';
import { findPasswordWeakness } from '../auth/password-strength';
import type { RequestActor } from '../auth/request-actor';
import { reservePasswordAttempt } from '../auth/reserve-password-attempt';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { markLoginAttemptSucceeded } from '../db/repositories/login-attempts.repository';
import { deleteSessionsOfUser } from '../db/repositories/sessions.repository';
import { findUserById, updateUser } from '../db/repositories/users.repository';
import { DomainError, notFoundError } from '../errors';

/**
 * Changes the actor's own password and ends their other sessions (a stolen session dies with the old password).
 * Checking the current password is a guess like a sign-in: it shares the sign-in throttle (account + address)
 * and each wrong one is audited (without any password).
 */
export async function changePassword(
  db: Database,
  actor: RequestActor,
  input: { currentPassword: string; newPassword: string },
  context: AuditContext & { ip: string },
  now: Date,
): Promise<void> {
  const user = await findUserById(db, actor.userId);
  if (!user) throw notFoundError();
  const attemptId = await reservePasswordAttempt(
    db,
    { email: user.email, ip: context.ip },
    now,
    'password-change',
  );
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await db.transaction((tx) =>
      appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'account.change-password-failed',
        resourceType: 'user',
        resourceId: user.id,
        provinceCode: user.provinceCodes[0] ?? null,
        after: { reason: 'wrong-current-password' },
      }),
    );
    throw new DomainError('WRONG_PASSWORD', {
      id: 'Kata sandi saat ini salah.',
      en: 'The current password is wrong.',
    });
  }
  await markLoginAttemptSucceeded(db, attemptId);
  const weakness = findPasswordWeakness(input.newPassword, user);
  if (weakness) throw new DomainError('WEAK_PASSWORD', weakness);
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('WEAK_PASSWORD', {
      id: 'Kata sandi baru harus berbeda dari yang lama.',
      en: 'The new password must differ from the current one.',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, mustChangePassword: false });
    const ended = await deleteSessionsOfUser(tx, user.id, actor.sessionTokenHash);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'account.change-password',
      resourceType: 'user',
      resourceId: user.id,
      provinceCode: user.provinceCodes[0] ?? null,
      after: { otherSessionsEnded: ended },
    });
  });
}

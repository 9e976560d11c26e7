import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { hashPassword } from '../auth/password-hashing';
import { findPasswordWeakness } from '../auth/password-strength';
import { hashSessionToken } from '../auth/session-tokens';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  spendOtherPasswordResetTokens,
  spendPasswordResetToken,
} from '../db/repositories/password-reset.repository';
import { deleteSessionsOfUser } from '../db/repositories/sessions.repository';
import { findUserById, updateUser } from '../db/repositories/users.repository';
import { DomainError } from '../errors';

/**
 * Sets a new password from an e-mailed link: the token is spent in the same transaction (a second use, an
 * expired or unknown token answer the same 400), every session of the account ends, and it is audited.
 */
export async function completePasswordReset(
  db: Database,
  input: { token: string; newPassword: string },
  now: Date,
  context: AuditContext,
): Promise<void> {
  const tokenHash = hashSessionToken(input.token);
  await db.transaction(async (tx) => {
    const userId = await spendPasswordResetToken(tx, tokenHash, now);
    const user = userId ? await findUserById(tx, userId) : undefined;
    if (!user?.isActive) throw invalidToken();
    const weakness = findPasswordWeakness(input.newPassword, user);
    // Thrown inside the transaction: the token stays unspent, so the user can try a stronger password.
    if (weakness) throw new DomainError('WEAK_PASSWORD', weakness);
    await updateUser(tx, user.id, {
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
    });
    await spendOtherPasswordResetTokens(tx, user.id, now);
    const ended = await deleteSessionsOfUser(tx, user.id);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      actorUserId: user.id,
      actorEmail: user.email,
      actorRole: user.role,
      action: 'auth.password-reset',
      resourceType: 'user',
      resourceId: user.id,
      provinceCode: user.provinceCodes[0] ?? null,
      after: { sessionsEnded: ended },
    });
  });
}

function invalidToken(): DomainError {
  return new DomainError('RESET_TOKEN_INVALID', {
    id: 'Tautan atur ulang kata sandi tidak berlaku lagi (sudah dipakai atau lewat 30 menit). Minta tautan baru.',
    en: 'This password reset link no longer works (already used or older than 30 minutes). Ask for a new one.',
  });
}

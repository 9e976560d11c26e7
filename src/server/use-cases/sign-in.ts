import type { AuditContext } from '../audit/audit-context';
import { auditFieldsOf } from '../audit/audit-context';
import { unusablePasswordHash, verifyPassword } from '../auth/password-hashing';
import { reservePasswordAttempt } from '../auth/reserve-password-attempt';
import { createSessionToken, sessionIdleMs } from '../auth/session-tokens';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { markLoginAttemptSucceeded } from '../db/repositories/login-attempts.repository';
import { insertSession } from '../db/repositories/sessions.repository';
import { findUserByEmail, type UserRow } from '../db/repositories/users.repository';
import { DomainError } from '../errors';

export interface SignInInput {
  email: string;
  password: string;
  userAgent: string | null;
  context: AuditContext & { ip: string };
}

export async function signIn(
  db: Database,
  input: SignInInput,
  now = new Date(),
): Promise<{ token: string; user: UserRow }> {
  const email = input.email.toLowerCase();
  // Counted and recorded atomically before the (slow) password check, so parallel guesses cannot all pass.
  const attemptId = await reservePasswordAttempt(db, { email, ip: input.context.ip }, now);
  const user = await findUserByEmail(db, email);
  // An unknown address costs the same hashing time as a wrong password, so timing reveals no accounts.
  const isPasswordRight = await verifyPassword(input.password, user?.passwordHash ?? unusablePasswordHash);
  if (!user || !isPasswordRight) {
    await db.transaction(async (tx) => {
      await appendAuditEntry(tx, {
        ...auditFieldsOf(input.context),
        action: 'auth.sign-in-failed',
        resourceType: 'user',
        resourceId: user?.id ?? null,
        provinceCode: user?.provinceCodes[0] ?? null,
        after: { email },
      });
    });
    throw new DomainError('INVALID_CREDENTIALS', {
      id: 'E-mail atau kata sandi salah.',
      en: 'Wrong e-mail address or password.',
    });
  }
  if (!user.isActive) {
    throw new DomainError('ACCOUNT_INACTIVE', {
      id: 'Akun ini telah dinonaktifkan. Hubungi admin.',
      en: 'This account has been deactivated. Contact an administrator.',
    });
  }

  const { token, tokenHash } = createSessionToken();
  await db.transaction(async (tx) => {
    await markLoginAttemptSucceeded(tx, attemptId);
    await insertSession(tx, {
      tokenHash,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionIdleMs),
      ip: input.context.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf({ ...input.context, actor: { userId: user.id, email: user.email, role: user.role } }),
      action: 'auth.sign-in',
      resourceType: 'session',
      resourceId: user.id,
      provinceCode: user.provinceCodes[0] ?? null,
    });
  });
  return { token, user };
}

import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { createSessionToken } from '../auth/session-tokens';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  countPasswordResetTokensSince,
  insertPasswordResetToken,
} from '../db/repositories/password-reset.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import type { Mailer } from '../mail/mailer';

export const passwordResetTtlMs = 30 * 60_000;
/** Links per account per hour; more requests are answered the same way and send nothing. */
const tokensPerHour = 3;

/**
 * "Lupa kata sandi": e-mails a single-use link (30 minutes) to an active account. The answer is the same
 * whether or not the address belongs to an account (no enumeration); the mail is sent after answering, so
 * the response time does not tell either. Only the token's SHA-256 is stored. Audited either way.
 */
export async function requestPasswordReset(
  db: Database,
  mailer: Mailer,
  email: string,
  now: Date,
  baseUrl: string,
  context: AuditContext,
  onMailError: (error: unknown) => void,
): Promise<void> {
  const user = await findUserByEmail(db, email.toLowerCase());
  const eligible = user?.isActive === true;
  const throttled =
    eligible &&
    (await countPasswordResetTokensSince(db, user.id, new Date(now.getTime() - 3_600_000))) >= tokensPerHour;
  const { token, tokenHash } = createSessionToken();
  await db.transaction(async (tx) => {
    if (eligible && !throttled) {
      await insertPasswordResetToken(tx, {
        tokenHash,
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + passwordResetTtlMs),
      });
    }
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'auth.password-reset-request',
      resourceType: 'user',
      resourceId: user?.id ?? null,
      provinceCode: user?.provinceCodes[0] ?? null,
      // The address asked for, so an admin can see who is being targeted; never the token.
      after: {
        email: email.toLowerCase(),
        outcome: !eligible ? 'no-account' : throttled ? 'throttled' : 'sent',
      },
    });
  });
  if (!user || !eligible || throttled) return;
  const link = `${baseUrl}/atur-ulang-sandi?token=${token}`;
  const id = user.language === 'id';
  mailer
    .send({
      to: user.email,
      subject: id ? 'Patuh: atur ulang kata sandi' : 'Patuh: reset your password',
      text: id
        ? `Yth. ${user.name},\n\nSeseorang (semoga Anda) meminta mengatur ulang kata sandi akun Patuh Anda. Buka tautan ini dalam 30 menit; tautan hanya dapat dipakai sekali:\n\n${link}\n\nAbaikan e-mail ini bila Anda tidak memintanya; kata sandi Anda tidak berubah.`
        : `Dear ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your Patuh account. Open this link within 30 minutes; it works once:\n\n${link}\n\nIgnore this e-mail if you did not ask; your password stays as it is.`,
    })
    .catch(onMailError);
}

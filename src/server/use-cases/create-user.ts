import type { CreateUserRequest } from '../../contracts/users.contract';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { hashPassword } from '../auth/password-hashing';
import type { RequestActor } from '../auth/request-actor';
import { createOneTimePassword } from '../auth/session-tokens';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { findUserByEmail, insertUser, type UserRow } from '../db/repositories/users.repository';
import { DomainError } from '../errors';
import { toUserSummary } from '../presenters/user.presenter';
import { validateUserScope } from './validate-user-scope';

/**
 * Creates an account with a one-time password to hand over; the user must replace it at first sign-in.
 * `actor` is undefined for the command line, which acts as the system.
 */
export async function createUser(
  db: Database,
  actor: RequestActor | undefined,
  request: CreateUserRequest,
  context: AuditContext,
): Promise<{ user: UserRow; oneTimePassword: string }> {
  const scope = validateUserScope(request.role, request.scope);
  const target = {
    type: 'user',
    userId: '',
    role: request.role,
    provinceCodes: scope.provinceCodes,
  } as const;
  if (actor && !can(actor, 'user.create', target)) {
    throw new DomainError('FORBIDDEN', {
      id: 'Anda hanya dapat membuat asesor, verifikator, dan penghubung di provinsi Anda.',
      en: 'You can only create assessors, verifiers and liaisons in your own provinces.',
    });
  }
  if (await findUserByEmail(db, request.email)) throw emailTaken(request.email);
  const oneTimePassword = createOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const user = await db.transaction(async (tx) => {
    const created = await insertUser(tx, {
      email: request.email.toLowerCase(),
      name: request.name,
      role: request.role,
      provinceCodes: scope.provinceCodes,
      entityCode: scope.entityCode,
      passwordHash,
      mustChangePassword: true,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'user.create',
      resourceType: 'user',
      resourceId: created.id,
      provinceCode: created.provinceCodes[0] ?? null,
      after: toUserSummary(created),
    });
    return created;
  });
  return { user, oneTimePassword };
}

function emailTaken(email: string): DomainError {
  return new DomainError('EMAIL_TAKEN', {
    id: `Alamat e-mail ${email} sudah dipakai akun lain.`,
    en: `The e-mail address ${email} is already used by another account.`,
  });
}

import type { CreateUserRequest } from '../../contracts/users.contract';
import { can, type Resource } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
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
  // The role first (as if in the actor's own provinces): a coordinator asking for an admin or a coordinator
  // is refused before any entity is looked up.
  if (actor && !can(actor, 'user.create', targetOf(request.role, actor.provinceCodes))) {
    throw forbidden();
  }
  const scope = await validateUserScope(db, actor, request.role, request.scope);
  if (actor && !can(actor, 'user.create', targetOf(request.role, scope.provinceCodes))) throw forbidden();
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

function targetOf(role: Role, provinceCodes: readonly string[]): Resource {
  return { type: 'user', userId: '', role, provinceCodes };
}

function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', {
    id: 'Anda hanya dapat membuat asesor, verifikator, dan penghubung di provinsi Anda.',
    en: 'You can only create assessors, verifiers and liaisons in your own provinces.',
  });
}

function emailTaken(email: string): DomainError {
  return new DomainError('EMAIL_TAKEN', {
    id: `Alamat e-mail ${email} sudah dipakai akun lain.`,
    en: `The e-mail address ${email} is already used by another account.`,
  });
}

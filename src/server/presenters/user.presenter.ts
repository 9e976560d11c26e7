import type { CurrentUser } from '../../contracts/auth.contract';
import type { UserSummary } from '../../contracts/users.contract';
import type { UserRow } from '../db/repositories/users.repository';

export function toCurrentUser(row: UserRow): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    scope: { provinceCodes: row.provinceCodes, entityCode: row.entityCode },
    language: row.language,
    mustChangePassword: row.mustChangePassword,
  };
}

/** Also the before/after shape in the audit trail: never carries the password hash. */
export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    scope: { provinceCodes: row.provinceCodes, entityCode: row.entityCode },
    isActive: row.isActive,
    createdAt: row.createdAt.toISOString(),
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}

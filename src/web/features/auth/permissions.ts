import type { CurrentUser } from '../../../contracts/auth.contract';
import { type Role, roles } from '../../../contracts/roles.contract';

// Mirrors the server's rules so the screens offer only what will work; the server still decides.

export function canManageUsers(role: Role): boolean {
  return role === 'admin' || role === 'coordinator';
}

export function canViewAudit(role: Role): boolean {
  return role === 'admin' || role === 'coordinator';
}

const fieldRoles: readonly Role[] = ['assessor', 'verifier', 'liaison'];

/** Roles the user may give to an account they create or edit. */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === 'admin') return roles;
  if (role === 'coordinator') return fieldRoles;
  return [];
}

/** Province codes the user may assign; undefined means every province. */
export function assignableProvinceCodes(user: CurrentUser): readonly string[] | undefined {
  return user.role === 'admin' ? undefined : user.scope.provinceCodes;
}

/** Admins work nationally; every other role is bound to provinces. */
export function roleHasProvinces(role: Role): boolean {
  return role !== 'admin';
}

export function roleHasEntity(role: Role): boolean {
  return role === 'liaison';
}

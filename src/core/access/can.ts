import type { Actor, Role } from './roles';

export type Action =
  | 'account.manage'
  | 'user.list'
  | 'user.read'
  | 'user.create'
  | 'user.update'
  | 'user.deactivate'
  | 'audit.read'
  | 'entity.create'
  | 'entity.update'
  | 'unit.manage'
  | 'unit-type.manage'
  | 'cycle.manage'
  | 'locus.read'
  | 'locus.manage'
  | 'team.assign'
  | 'meeting.read'
  | 'meeting.manage'
  | 'results.import'
  | 'results.read'
  | 'collection.read'
  | 'collection.write'
  | 'collection.verify'
  | 'locus.approve'
  | 'locus.accept'
  | 'progress.read';

/** What a resource must reveal for a scope decision. */
export type Resource =
  | { type: 'global' }
  | { type: 'user'; userId: string; role: Role; provinceCodes: readonly string[] }
  | { type: 'province'; provinceCode: string }
  | { type: 'entity'; entityCode: string; provinceCode: string | null };

/** Which roles may ever perform an action; scope rules below then narrow it per resource. */
const rolesAllowed: Record<Action, readonly Role[]> = {
  'account.manage': ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'],
  'user.list': ['admin', 'coordinator'],
  'user.read': ['admin', 'coordinator'],
  'user.create': ['admin', 'coordinator'],
  'user.update': ['admin', 'coordinator'],
  'user.deactivate': ['admin', 'coordinator'],
  'audit.read': ['admin', 'coordinator'],
  // Ministries and agencies are national: only the centre adds them; province offices keep their own
  // governments' names and units up to date.
  'entity.create': ['admin'],
  'entity.update': ['admin', 'coordinator'],
  'unit.manage': ['admin', 'coordinator'],
  'unit-type.manage': ['admin'],
  // Cycles are set nationally; province offices plan loci, teams and meetings in their provinces.
  // Assessors and verifiers read the loci they are assigned to; liaisons their own entity's (read only).
  'cycle.manage': ['admin'],
  'locus.read': ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'],
  'locus.manage': ['admin', 'coordinator'],
  'team.assign': ['admin', 'coordinator'],
  'meeting.read': ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'],
  'meeting.manage': ['admin', 'coordinator'],
  // Published results are fixed by the centre (SK of the Ombudsman chair); everyone reads them publicly.
  'results.import': ['admin'],
  'results.read': ['admin'],
  // Field data: assessors fill the loci they are assigned to, verifiers review them; coordinators may do both
  // in their provinces. Liaisons never see provisional data before publication.
  'collection.read': ['admin', 'coordinator', 'assessor', 'verifier'],
  'collection.write': ['admin', 'coordinator', 'assessor'],
  'collection.verify': ['admin', 'coordinator', 'verifier'],
  'locus.approve': ['admin', 'coordinator'],
  'locus.accept': ['admin'],
  'progress.read': ['admin', 'coordinator'],
};

/** Coordinators manage the field staff and liaisons of their provinces, never other coordinators or admins. */
const rolesManagedByCoordinators: readonly Role[] = ['assessor', 'verifier', 'liaison'];

/** Whether the role may perform the action on some resource; routes check this before validating input. */
export function isActionOpenToRole(role: Role, action: Action): boolean {
  return rolesAllowed[action].includes(role);
}

/** Deny by default: true only when a rule below allows this actor, action and resource. */
export function can(
  actor: Actor | undefined,
  action: Action,
  resource: Resource = { type: 'global' },
): boolean {
  if (!actor || !isActionOpenToRole(actor.role, action)) return false;
  if (actor.role === 'admin') return true;
  switch (resource.type) {
    case 'global':
      // Lists (and one's own account) are allowed; use-cases filter lists to the actor's scope.
      return true;
    case 'user':
      if (action === 'account.manage') return resource.userId === actor.userId;
      return (
        actor.role === 'coordinator' &&
        rolesManagedByCoordinators.includes(resource.role) &&
        resource.provinceCodes.length > 0 &&
        resource.provinceCodes.every((code) => actor.provinceCodes.includes(code))
      );
    case 'province':
      return isProvinceInScope(actor, resource.provinceCode);
    case 'entity':
      return isEntityInScope(actor, resource.entityCode, resource.provinceCode);
  }
}

export function isProvinceInScope(actor: Actor, provinceCode: string): boolean {
  return actor.role === 'admin' || actor.provinceCodes.includes(provinceCode);
}

/** A liaison sees only their own entity; province staff see every entity of their provinces. */
export function isEntityInScope(actor: Actor, entityCode: string, provinceCode: string | null): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'liaison') return actor.entityCode === entityCode;
  return provinceCode !== null && actor.provinceCodes.includes(provinceCode);
}

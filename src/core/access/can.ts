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
  | 'progress.read'
  | 'results.finalise'
  | 'results.provisional'
  | 'objection.read'
  | 'objection.file'
  | 'objection.decide'
  | 'plan.read'
  | 'plan.manage'
  | 'coaching.read'
  | 'coaching.manage'
  | 'oversight.read'
  | 'oversight.manage'
  | 'oversight.follow-up'
  | 'documents.configure'
  | 'documents.generate';

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
  // Piagam signatories per year: the centre sets its own, each province office its own. Bulk generation of a
  // whole year's documents is national.
  'documents.configure': ['admin', 'coordinator'],
  'documents.generate': ['admin'],
  // Finalising fixes a cycle's computed results (centre only). During the objection window the assessed
  // government (liaison) and its province office see the provisional result and may object; the province's
  // verifiers and coordinators decide objections.
  'results.finalise': ['admin'],
  'results.provisional': ['admin', 'coordinator', 'liaison'],
  'objection.read': ['admin', 'coordinator', 'verifier', 'liaison'],
  'objection.file': ['admin', 'coordinator', 'liaison'],
  'objection.decide': ['admin', 'coordinator', 'verifier'],
  // Improvement plans: the entity's liaison writes and updates its own rencana aksi; province offices follow
  // every plan of their provinces. Coaching sessions are run by the province offices; liaisons read theirs.
  'plan.read': ['admin', 'coordinator', 'liaison'],
  'plan.manage': ['admin', 'coordinator', 'liaison'],
  'coaching.read': ['admin', 'coordinator', 'liaison'],
  'coaching.manage': ['admin', 'coordinator'],
  // Oversight products (produk pengawasan): province offices record and confirm them for their provinces'
  // entities, the centre for ministries and agencies (no province: only admins are in scope); the entity's
  // liaison reads its own and uploads follow-up evidence, but never confirms its own follow-up.
  'oversight.read': ['admin', 'coordinator', 'liaison'],
  'oversight.manage': ['admin', 'coordinator'],
  'oversight.follow-up': ['admin', 'coordinator', 'liaison'],
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

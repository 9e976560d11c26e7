import type { ListUsersQuery } from '../../contracts/users.contract';
import type { Role } from '../../core/access/roles';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { listUsers as selectUsers, type UserRow } from '../db/repositories/users.repository';

const rolesCoordinatorsSee: readonly Role[] = ['assessor', 'verifier', 'liaison'];

/** Admins see everyone; a coordinator only the staff and liaisons wholly within their provinces. */
export async function listUsers(
  db: Database,
  actor: RequestActor,
  query: ListUsersQuery,
): Promise<{ rows: UserRow[]; total: number }> {
  const isCoordinator = actor.role === 'coordinator';
  return selectUsers(db, {
    search: query.search,
    role: query.role,
    provinceCode: query.provinceCode,
    includeInactive: query.includeInactive,
    withinProvinces: isCoordinator ? actor.provinceCodes : undefined,
    roles: isCoordinator ? rolesCoordinatorsSee : undefined,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
}

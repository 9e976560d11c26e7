import { type Action, can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { findUserById, type UserRow } from '../db/repositories/users.repository';
import { notFoundError } from '../errors';

/** The user if the actor may perform `action` on them; otherwise 404, as if they did not exist. */
export async function getUserInScope(
  db: Queryable,
  actor: RequestActor,
  userId: string,
  action: Action = 'user.read',
): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (
    !user ||
    !can(actor, action, { type: 'user', userId: user.id, role: user.role, provinceCodes: user.provinceCodes })
  ) {
    throw notFoundError();
  }
  return user;
}

import { type Action, can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { findCoachingSession, type SessionWithEntity } from '../db/repositories/coaching.repository';
import { listPlanItemOwners } from '../db/repositories/improvement-plans.repository';
import { DomainError, notFoundError } from '../errors';

/** Whether the actor may act on a session: an entity's session by the entity's scope, else by province. */
export function canOnSession(
  actor: RequestActor,
  action: Action,
  session: { entityCode: string | null; provinceCode: string },
): boolean {
  return session.entityCode === null
    ? can(actor, action, { type: 'province', provinceCode: session.provinceCode })
    : can(actor, action, {
        type: 'entity',
        entityCode: session.entityCode,
        provinceCode: session.provinceCode,
      });
}

export async function requireCoachingSession(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  sessionId: string,
): Promise<SessionWithEntity> {
  const found = await findCoachingSession(db, sessionId);
  if (
    !found ||
    !canOnSession(actor, action, { entityCode: found.entityCode, provinceCode: found.session.provinceCode })
  )
    throw notFoundError();
  return found;
}

/** Linked plan items must belong to the session's entity (or, province-wide, to its province). */
export async function requireLinkablePlanItems(
  db: Queryable,
  session: { entityId: string | null; provinceCode: string },
  itemIds: readonly string[],
): Promise<void> {
  const owners = new Map((await listPlanItemOwners(db, itemIds)).map((owner) => [owner.itemId, owner]));
  for (const itemId of itemIds) {
    const owner = owners.get(itemId);
    const fits =
      owner !== undefined &&
      (session.entityId === null
        ? owner.provinceCode === session.provinceCode
        : owner.entityId === session.entityId);
    if (!fits) {
      throw new DomainError('VALIDATION_FAILED', {
        id: `Butir rencana ${itemId} bukan milik entitas/provinsi sesi pembinaan ini.`,
        en: `Plan item ${itemId} does not belong to this coaching session's entity or province.`,
      });
    }
  }
}

import { type Action, can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { type EntityRow, findEntityByCode } from '../db/repositories/entities.repository';
import { notFoundError } from '../errors';

/** The entity by code; with an actor and action, only when it lies in the actor's scope (else 404). */
export async function getEntity(
  db: Queryable,
  code: string,
  access?: { actor: RequestActor; action: Action },
): Promise<EntityRow> {
  const entity = await findEntityByCode(db, code);
  if (!entity) throw notFoundError();
  if (access) {
    const resource = { type: 'entity', entityCode: entity.code, provinceCode: entity.provinceCode } as const;
    if (!can(access.actor, access.action, resource)) throw notFoundError();
  }
  return entity;
}

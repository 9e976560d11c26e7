import type { Action } from '../../core/access/can';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { type EntityRow, findEntityByCode } from '../db/repositories/entities.repository';
import { notFoundError } from '../errors';

/** The entity if the actor may perform `action` on it; 404 otherwise (never confirms it exists). */
export async function requireEntityInScope(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  entityCode: string,
): Promise<EntityRow> {
  const entity = await findEntityByCode(db, entityCode);
  if (
    !entity ||
    !can(actor, action, { type: 'entity', entityCode: entity.code, provinceCode: entity.provinceCode })
  )
    throw notFoundError();
  return entity;
}

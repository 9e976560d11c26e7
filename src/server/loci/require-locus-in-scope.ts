import { type Action, can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { type EntityRow, findEntityByCode } from '../db/repositories/entities.repository';
import { findLocus, type LocusRow, listAssignments } from '../db/repositories/loci.repository';
import { notFoundError } from '../errors';

/**
 * The entity and (when it is one) its locus in the cycle, if the actor may reach them; 404 otherwise.
 * Assessors and verifiers reach only loci they are assigned to.
 */
export async function requireLocusInScope(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  cycle: CycleRow,
  entityCode: string,
): Promise<{ entity: EntityRow; locus: LocusRow | undefined }> {
  const entity = await findEntityByCode(db, entityCode);
  if (!entity) throw notFoundError();
  const resource = { type: 'entity', entityCode: entity.code, provinceCode: entity.provinceCode } as const;
  if (!can(actor, action, resource)) throw notFoundError();
  const locus = await findLocus(db, cycle.id, entity.id);
  if (actor.role === 'assessor' || actor.role === 'verifier') {
    const assigned =
      locus && (await listAssignments(db, [locus.id])).some((row) => row.userId === actor.userId);
    if (!assigned) throw notFoundError();
  }
  return { entity, locus };
}

/** As requireLocusInScope, for things that exist only for a locus (its units, team, meetings). */
export async function requireExistingLocus(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  cycle: CycleRow,
  entityCode: string,
): Promise<{ entity: EntityRow; locus: LocusRow }> {
  const { entity, locus } = await requireLocusInScope(db, actor, action, cycle, entityCode);
  if (!locus) throw notFoundError();
  return { entity, locus };
}

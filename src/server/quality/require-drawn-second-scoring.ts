import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { type EntityRow, findEntityByCode } from '../db/repositories/entities.repository';
import { findSecondScoringOfUnit } from '../db/repositories/quality.repository';
import { findLocusUnitOfEntity } from '../db/repositories/quality-scope.repository';
import { notFoundError } from '../errors';

export interface DrawnSecondScoring {
  cycle: CycleRow;
  entity: EntityRow;
  locusUnitId: string;
  secondScoringId: string;
  assessorUserId: string;
}

/**
 * The second scoring of a locus unit, found whoever asks (second assessors are not on the locus team); 404
 * when the unit was not drawn. Callers decide who may act on it.
 */
export async function findDrawnSecondScoring(
  db: Queryable,
  target: { year: number; entityCode: string; unitId: string },
): Promise<DrawnSecondScoring> {
  const cycle = await requireCycle(db, target.year);
  const entity = await findEntityByCode(db, target.entityCode);
  if (!entity) throw notFoundError();
  const locusUnitId = await findLocusUnitOfEntity(db, {
    cycleId: cycle.id,
    entityId: entity.id,
    unitId: target.unitId,
  });
  if (!locusUnitId) throw notFoundError();
  const scoring = await findSecondScoringOfUnit(db, locusUnitId);
  if (!scoring) throw notFoundError();
  return { cycle, entity, locusUnitId, secondScoringId: scoring.id, assessorUserId: scoring.assessorUserId };
}

/** As findDrawnSecondScoring, for the drawn second assessor only (anyone else gets 404). */
export async function requireOwnSecondScoring(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
): Promise<DrawnSecondScoring> {
  const drawn = await findDrawnSecondScoring(db, target);
  if (drawn.assessorUserId !== actor.userId) throw notFoundError();
  return drawn;
}

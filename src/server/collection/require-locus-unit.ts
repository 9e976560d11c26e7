import type { Action } from '../../core/access/can';
import { isUnitWorkOpenInPhase } from '../../core/cycles/phase-actions';
import type { RequestActor } from '../auth/request-actor';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { EntityRow } from '../db/repositories/entities.repository';
import { findLocusUnit, type LocusRow } from '../db/repositories/loci.repository';
import type { LocusUnitRow } from '../db/schema/cycles';
import { DomainError, notFoundError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';

export interface LocusUnitInScope {
  cycle: CycleRow;
  entity: EntityRow;
  locus: LocusRow;
  locusUnit: LocusUnitRow;
}

/**
 * The assessed unit `unitId` of the entity's locus in the year's cycle, when the actor may perform `action`
 * there (assessors and verifiers only on loci they are assigned to); 404 otherwise, revealing nothing.
 */
export async function requireLocusUnit(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  target: { year: number; entityCode: string; unitId: string },
): Promise<LocusUnitInScope> {
  const cycle = await requireCycle(db, target.year);
  const { entity, locus } = await requireExistingLocus(db, actor, action, cycle, target.entityCode);
  const locusUnit = await findLocusUnit(db, locus.id, target.unitId);
  if (!locusUnit) throw notFoundError();
  return { cycle, entity, locus, locusUnit };
}

/**
 * As requireLocusUnit for changing field data: the cycle must be collecting (or verifying) and the unit still
 * with the assessors (draft, or returned by the verifier). Refusals say why, in both languages.
 */
export async function requireEditableLocusUnit(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  now: Date,
): Promise<LocusUnitInScope> {
  const found = await requireLocusUnit(db, actor, 'collection.write', target);
  // A unit reopened for correction is edited in the correction phases too (core/cycles `unit.correct`).
  const phase = isUnitWorkOpenInPhase(
    'answer.record',
    phasesOfCycle(found.cycle),
    now,
    found.locusUnit.correctionOpenedAt !== null,
  );
  if (!phase.open) throw new DomainError('PHASE_CLOSED', phase.reason);
  if (found.locusUnit.status !== 'draft' && found.locusUnit.status !== 'returned') {
    throw new DomainError('UNIT_NOT_EDITABLE', {
      id: `Unit ini berstatus "${statusNamesId[found.locusUnit.status]}" dan tidak dapat diubah; hanya unit berstatus draf atau dikembalikan yang dapat diisi.`,
      en: `This unit is ${found.locusUnit.status} and cannot be changed; only draft or returned units can be filled in.`,
    });
  }
  return found;
}

const statusNamesId: Record<LocusUnitRow['status'], string> = {
  draft: 'draf',
  submitted: 'diajukan',
  returned: 'dikembalikan',
  verified: 'terverifikasi',
  locked: 'terkunci',
};

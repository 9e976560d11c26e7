import type { CreateCycleRequest, UpdateCycleRequest } from '../../contracts/cycles.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { freezeCycleIfDue, isEditionFixed } from '../cycles/freeze-cycle-if-due';
import { requireScoringEquivalentRevision } from '../cycles/require-scoring-equivalent-revision';
import {
  requireCurrentEdition,
  requireUsableEdition,
  validateDecreeAndEmbargo,
  validatePhasesInput,
} from '../cycles/validate-cycle-input';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  type CycleRow,
  findCycleByYear,
  insertCycle,
  updateCycle as writeCycle,
} from '../db/repositories/cycles.repository';
import { DomainError, notFoundError } from '../errors';

/** Creates the cycle of a year (admins; the route checks the role). */
export async function createCycle(
  db: Database,
  request: CreateCycleRequest,
  now: Date,
  context: AuditContext,
): Promise<CycleRow> {
  await requireCurrentEdition(request.methodologyRef);
  const phases = validatePhasesInput(request.phases);
  validateDecreeAndEmbargo({ phases, decreeDate: request.decreeDate, embargoAt: request.embargoAt });
  return db.transaction(async (tx) => {
    if (await findCycleByYear(tx, request.year)) {
      throw new DomainError('CONFLICT', {
        id: `Siklus tahun ${request.year} sudah ada.`,
        en: `The ${request.year} cycle already exists.`,
      });
    }
    const created = await insertCycle(tx, {
      year: request.year,
      methodologyRef: request.methodologyRef,
      phases,
      decreeNumber: request.decreeNumber,
      decreeDate: request.decreeDate,
      embargoAt: request.embargoAt ? new Date(request.embargoAt) : null,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'cycle.create',
      resourceType: 'cycle',
      resourceId: String(created.year),
      provinceCode: null,
      after: created,
    });
    return freezeCycleIfDue(tx, created, now, context);
  });
}

/** Changes dates, decree or edition; the edition is fixed once data collection has opened. */
export async function updateCycle(
  db: Database,
  year: number,
  changes: UpdateCycleRequest,
  now: Date,
  context: AuditContext,
): Promise<CycleRow> {
  if (changes.methodologyRef) await requireUsableEdition(changes.methodologyRef);
  const phases = changes.phases ? validatePhasesInput(changes.phases) : undefined;
  return db.transaction(async (tx) => {
    const before = await findCycleByYear(tx, year);
    if (!before) throw notFoundError();
    // Checked on the result, so moving phases alone cannot strand a stored decree date or embargo.
    validateDecreeAndEmbargo({
      phases: phases ?? before.phases,
      decreeDate: changes.decreeDate !== undefined ? changes.decreeDate : before.decreeDate,
      embargoAt:
        changes.embargoAt !== undefined ? changes.embargoAt : (before.embargoAt?.toISOString() ?? null),
    });
    // Moving to a superseded edition is choosing it anew; keeping the one the cycle has is not.
    if (changes.methodologyRef !== undefined && changes.methodologyRef !== before.methodologyRef)
      await requireCurrentEdition(changes.methodologyRef);
    let revisionSha256: string | undefined;
    if (
      changes.methodologyRef !== undefined &&
      changes.methodologyRef !== before.methodologyRef &&
      isEditionFixed(before, now)
    ) {
      // The one change allowed after freezing: to the corrected revision of the frozen edition.
      revisionSha256 = await requireScoringEquivalentRevision(before, changes.methodologyRef);
    }
    const after = await writeCycle(tx, before.id, {
      ...(changes.methodologyRef !== undefined ? { methodologyRef: changes.methodologyRef } : {}),
      // Already frozen: the revision's hash replaces the frozen one (not frozen yet: the usual freeze follows).
      ...(revisionSha256 !== undefined && before.methodologySha256 !== null
        ? { methodologySha256: revisionSha256 }
        : {}),
      ...(phases ? { phases } : {}),
      ...(changes.decreeNumber !== undefined ? { decreeNumber: changes.decreeNumber } : {}),
      ...(changes.decreeDate !== undefined ? { decreeDate: changes.decreeDate } : {}),
      ...(changes.embargoAt !== undefined
        ? { embargoAt: changes.embargoAt ? new Date(changes.embargoAt) : null }
        : {}),
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'cycle.update',
      resourceType: 'cycle',
      resourceId: String(year),
      provinceCode: null,
      before,
      after,
    });
    // Moving data collection's start to the past opens it now, so the edition is frozen at once.
    return freezeCycleIfDue(tx, after, now, context);
  });
}

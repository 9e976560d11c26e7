import type { LocusApprovalState } from '../../contracts/workflow.contract';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import type { LocusRow } from '../db/repositories/loci.repository';
import { findUserNames, listLocusUnitStatuses } from '../db/repositories/workflow.repository';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { approvalActionStates } from '../workflow/locus-approval-rules';

/** The entity's approval in the cycle, its units' statuses and what the caller may do about it now. */
export async function getLocusApproval(
  db: Queryable,
  actor: RequestActor,
  year: number,
  entityCode: string,
  now: Date,
): Promise<LocusApprovalState> {
  const cycle = await requireCycle(db, year);
  const { locus } = await requireExistingLocus(db, actor, 'collection.read', cycle, entityCode);
  const units = await listLocusUnitStatuses(db, locus.id);
  return presentLocusApproval(
    db,
    locus,
    units,
    approvalActionStates(actor.role, cycle, locus.approval, units, now),
  );
}

export async function presentLocusApproval(
  db: Queryable,
  locus: LocusRow,
  units: Awaited<ReturnType<typeof listLocusUnitStatuses>>,
  actions: LocusApprovalState['actions'],
): Promise<LocusApprovalState> {
  const names = await findUserNames(db, [locus.approvedByUserId, locus.acceptedByUserId]);
  return {
    approval: locus.approval,
    approvedAt: locus.approvedAt?.toISOString() ?? null,
    approvedBy: locus.approvedByUserId ? (names.get(locus.approvedByUserId) ?? null) : null,
    acceptedAt: locus.acceptedAt?.toISOString() ?? null,
    acceptedBy: locus.acceptedByUserId ? (names.get(locus.acceptedByUserId) ?? null) : null,
    units: units.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      status: unit.status,
      correction: unit.correctionOpenedAt
        ? { openedAt: unit.correctionOpenedAt.toISOString(), reason: unit.correctionReason ?? '' }
        : null,
      verificationOverrides: unit.verificationOverrides ?? [],
    })),
    actions,
  };
}

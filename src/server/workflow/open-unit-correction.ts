import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { Transaction } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findLocusUnitById,
  markUnitForCorrection,
  unlockUnitsOfLocus,
  withdrawLocusApproval,
} from '../db/repositories/correction.repository';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { lockLocus } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';

export interface CorrectionTarget {
  locusId: string;
  locusUnitId: string;
  /** `<year>/<entity>/<unit>` as the unit's other audit entries name it. */
  resourceId: string;
  provinceCode: string | null;
}

/**
 * Reopens a unit after the field work, in the objection window or determination (core/cycles
 * `unit.correct`): the unit goes back to the assessors (returned, marked as under correction), and the
 * entity's approval and acceptance are taken back (its other units unlocked, still verified), so the
 * corrected unit is verified, approved and accepted again before a new finalise publishes it. Runs in the
 * caller's transaction (an objection decision, or a coordinator or centre decision), audited.
 */
export async function openUnitCorrection(
  tx: Transaction,
  cycle: CycleRow,
  target: CorrectionTarget,
  reason: string,
  now: Date,
  context: AuditContext,
  cause: { objectionId: string } | { decidedBy: 'coordinator' | 'centre' },
): Promise<void> {
  const phase = isActionOpenInPhase('unit.correct', phasesOfCycle(cycle), now);
  if (!phase.open) throw new DomainError('PHASE_CLOSED', phase.reason);
  const locus = await lockLocus(tx, target.locusId);
  const unit = await findLocusUnitById(tx, target.locusUnitId);
  if (!locus || !unit) throw new Error(`locus unit ${target.locusUnitId} vanished`);
  const unlockedUnits = locus.approval === 'accepted' ? await unlockUnitsOfLocus(tx, locus.id, now) : 0;
  if (locus.approval !== 'open') await withdrawLocusApproval(tx, locus.id, locus.approval, 'open');
  await markUnitForCorrection(tx, unit.id, reason, now);
  await appendAuditEntry(tx, {
    ...auditFieldsOf(context),
    action: 'unit.correction-open',
    resourceType: 'locus-unit',
    resourceId: target.resourceId,
    provinceCode: target.provinceCode,
    before: { status: unit.status, approval: locus.approval },
    after: { status: 'returned', approval: 'open', reason, unlockedUnits, ...cause },
  });
}

import type { LocusApprovalState } from '../../contracts/workflow.contract';
import { isActionOpenToRole } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
import { isActionOpenInPhase, isUnitWorkOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { LocusApproval, LocusUnitStatus } from '../db/schema/cycles';
import type { TransitionBlocker } from './unit-transitions';

type ApprovalUnit = { name: string; status: LocusUnitStatus; correctionOpenedAt?: Date | null };

/**
 * Why the province's coordinator cannot approve the entity now: only in data collection or verification,
 * only once, and only when it has units and every one of them is verified.
 */
export function approvalBlocker(
  cycle: CycleRow,
  approval: LocusApproval,
  units: readonly ApprovalUnit[],
  now: Date,
): TransitionBlocker | null {
  // A locus with a unit reopened for correction is approved again in the correction phases.
  const underCorrection = units.some((unit) => (unit.correctionOpenedAt ?? null) !== null);
  const phase = isUnitWorkOpenInPhase('verification.record', phasesOfCycle(cycle), now, underCorrection);
  if (!phase.open) return { code: 'PHASE_CLOSED', message: phase.reason };
  if (approval !== 'open') {
    return {
      code: 'CONFLICT',
      message: { id: 'Entitas ini sudah disetujui.', en: 'This entity is already approved.' },
    };
  }
  if (units.length === 0) {
    return {
      code: 'CONFLICT',
      message: { id: 'Lokus ini belum memiliki unit.', en: 'This locus has no units.' },
    };
  }
  const pending = units.filter((unit) => unit.status !== 'verified');
  if (pending.length > 0) {
    const names = pending.map((unit) => unit.name).join(', ');
    return {
      code: 'CONFLICT',
      message: {
        id: `Baru ${units.length - pending.length} dari ${units.length} unit terverifikasi; belum: ${names}.`,
        en: `Only ${units.length - pending.length} of ${units.length} units are verified; not yet: ${names}.`,
      },
    };
  }
  return null;
}

/** The centre accepts an approved entity, at any phase after the approval (it only locks the units). */
export function acceptanceBlocker(approval: LocusApproval): TransitionBlocker | null {
  if (approval === 'approved') return null;
  return {
    code: 'CONFLICT',
    message:
      approval === 'open'
        ? {
            id: 'Entitas ini belum disetujui koordinator provinsi.',
            en: 'The province coordinator has not approved this entity yet.',
          }
        : { id: 'Entitas ini sudah diterima.', en: 'This entity is already accepted.' },
  };
}

/**
 * Why an approval (`approval`) or acceptance (`acceptance`) cannot be taken back now: only what was given,
 * and only before the results are fixed (core/cycles `approval.withdraw`).
 */
export function withdrawalBlocker(
  step: 'approval' | 'acceptance',
  cycle: CycleRow,
  approval: LocusApproval,
  now: Date,
): TransitionBlocker | null {
  const phase = isActionOpenInPhase('approval.withdraw', phasesOfCycle(cycle), now);
  if (!phase.open) return { code: 'PHASE_CLOSED', message: phase.reason };
  const expected: LocusApproval = step === 'approval' ? 'approved' : 'accepted';
  if (approval === expected) return null;
  return {
    code: 'CONFLICT',
    message:
      step === 'approval'
        ? approval === 'accepted'
          ? {
              id: 'Entitas ini sudah diterima pusat; tarik penerimaannya lebih dulu.',
              en: 'The centre has accepted this entity; withdraw the acceptance first.',
            }
          : { id: 'Entitas ini belum disetujui.', en: 'This entity is not approved.' }
        : { id: 'Entitas ini belum diterima pusat.', en: 'The centre has not accepted this entity.' },
  };
}

export function approvalActionStates(
  role: Role,
  cycle: CycleRow,
  approval: LocusApproval,
  units: readonly ApprovalUnit[],
  now: Date,
): LocusApprovalState['actions'] {
  const state = (visible: boolean, blocker: TransitionBlocker | null) => ({
    visible,
    enabled: visible && !blocker,
    reason: blocker?.message ?? null,
  });
  const approveVisible = isActionOpenToRole(role, 'locus.approve');
  const acceptVisible = isActionOpenToRole(role, 'locus.accept');
  return {
    approve: state(approveVisible, approvalBlocker(cycle, approval, units, now)),
    accept: state(acceptVisible, acceptanceBlocker(approval)),
    withdrawApproval: state(approveVisible, withdrawalBlocker('approval', cycle, approval, now)),
    withdrawAcceptance: state(acceptVisible, withdrawalBlocker('acceptance', cycle, approval, now)),
  };
}

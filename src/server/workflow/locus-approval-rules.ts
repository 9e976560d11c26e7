import type { LocusApprovalState } from '../../contracts/workflow.contract';
import { isActionOpenToRole } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { LocusApproval, LocusUnitStatus } from '../db/schema/cycles';
import type { TransitionBlocker } from './unit-transitions';

/**
 * Why the province's coordinator cannot approve the entity now: only in data collection or verification,
 * only once, and only when it has units and every one of them is verified.
 */
export function approvalBlocker(
  cycle: CycleRow,
  approval: LocusApproval,
  units: readonly { name: string; status: LocusUnitStatus }[],
  now: Date,
): TransitionBlocker | null {
  const phase = isActionOpenInPhase('verification.record', phasesOfCycle(cycle), now);
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

export function approvalActionStates(
  role: Role,
  cycle: CycleRow,
  approval: LocusApproval,
  units: readonly { name: string; status: LocusUnitStatus }[],
  now: Date,
): LocusApprovalState['actions'] {
  const approveVisible = isActionOpenToRole(role, 'locus.approve');
  const approve = approvalBlocker(cycle, approval, units, now);
  const acceptVisible = isActionOpenToRole(role, 'locus.accept');
  const accept = acceptanceBlocker(approval);
  return {
    approve: {
      visible: approveVisible,
      enabled: approveVisible && !approve,
      reason: approve?.message ?? null,
    },
    accept: { visible: acceptVisible, enabled: acceptVisible && !accept, reason: accept?.message ?? null },
  };
}

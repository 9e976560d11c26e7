import type { UnitWorkflow, WorkflowActionState } from '../../contracts/workflow.contract';
import { type Action, isActionOpenToRole } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
import { isActionOpenInPhase, isUnitWorkOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { LocusApproval, LocusUnitStatus } from '../db/schema/cycles';
import type { BilingualMessage } from '../errors';

export type UnitTransition = 'submit' | 'return' | 'verify' | 'reopen';

interface TransitionRule {
  access: Action;
  phase: 'answer.record' | 'verification.record';
  from: readonly LocusUnitStatus[];
  to: LocusUnitStatus;
  /** Said when the unit is in another status. */
  needs: BilingualMessage;
}

/**
 * The unit workflow: the assessor submits a draft (or a returned unit), the verifier returns it with notes or
 * verifies it, and may reopen a verified unit while the entity is not yet approved. Accepting the entity
 * locks every unit (see acceptLocus).
 */
export const unitTransitions: Record<UnitTransition, TransitionRule> = {
  submit: {
    access: 'collection.write',
    phase: 'answer.record',
    from: ['draft', 'returned'],
    to: 'submitted',
    needs: {
      id: 'Hanya unit berstatus draf atau dikembalikan yang dapat diajukan',
      en: 'Only a draft or returned unit can be submitted',
    },
  },
  return: {
    access: 'collection.verify',
    phase: 'verification.record',
    from: ['submitted'],
    to: 'returned',
    needs: {
      id: 'Hanya unit berstatus diajukan yang dapat dikembalikan',
      en: 'Only a submitted unit can be returned',
    },
  },
  verify: {
    access: 'collection.verify',
    phase: 'verification.record',
    from: ['submitted'],
    to: 'verified',
    needs: {
      id: 'Hanya unit berstatus diajukan yang dapat diverifikasi',
      en: 'Only a submitted unit can be verified',
    },
  },
  reopen: {
    access: 'collection.verify',
    phase: 'verification.record',
    from: ['verified'],
    to: 'submitted',
    needs: {
      id: 'Hanya unit terverifikasi yang dapat dibuka kembali',
      en: 'Only a verified unit can be reopened',
    },
  },
};

export const statusNames: Record<LocusUnitStatus, BilingualMessage> = {
  draft: { id: 'draf', en: 'draft' },
  submitted: { id: 'diajukan', en: 'submitted' },
  returned: { id: 'dikembalikan', en: 'returned' },
  verified: { id: 'terverifikasi', en: 'verified' },
  locked: { id: 'terkunci', en: 'locked' },
};

/**
 * Why the transition cannot happen now (phase, status, entity approval), or null when it can. A unit reopened
 * for correction (`underCorrection`) also moves in the correction phases (core/cycles `unit.correct`).
 */
export function transitionBlocker(
  transition: UnitTransition,
  cycle: CycleRow,
  status: LocusUnitStatus,
  approval: LocusApproval,
  now: Date,
  underCorrection = false,
): TransitionBlocker | null {
  const rule = unitTransitions[transition];
  const phase = isUnitWorkOpenInPhase(rule.phase, phasesOfCycle(cycle), now, underCorrection);
  if (!phase.open) return { code: 'PHASE_CLOSED', message: phase.reason };
  if (!rule.from.includes(status)) {
    const name = statusNames[status];
    return {
      code: 'CONFLICT',
      message: {
        id: `${rule.needs.id}; unit ini berstatus ${name.id}.`,
        en: `${rule.needs.en}; this unit is ${name.en}.`,
      },
    };
  }
  if (approval !== 'open') {
    return {
      code: 'CONFLICT',
      message: {
        id: 'Entitas ini sudah disetujui; status unitnya tidak dapat diubah lagi.',
        en: 'This entity is already approved; its units can no longer change.',
      },
    };
  }
  return null;
}

export interface TransitionBlocker {
  code: 'PHASE_CLOSED' | 'CONFLICT';
  message: BilingualMessage;
}

/** Each button the role may see, enabled or with the reason it is not. */
export function unitActionStates(
  role: Role,
  cycle: CycleRow,
  status: LocusUnitStatus,
  approval: LocusApproval,
  now: Date,
  underCorrection = false,
): UnitWorkflow['actions'] {
  const state = (transition: UnitTransition): WorkflowActionState => {
    const visible = isActionOpenToRole(role, unitTransitions[transition].access);
    const blocker = transitionBlocker(transition, cycle, status, approval, now, underCorrection);
    return { visible, enabled: visible && blocker === null, reason: blocker?.message ?? null };
  };
  return {
    submit: state('submit'),
    return: state('return'),
    verify: state('verify'),
    reopen: state('reopen'),
    openCorrection: correctionState(role, cycle, now),
  };
}

/** The coordinator's or centre's "reopen for correction": open in the correction phases (core/cycles). */
function correctionState(role: Role, cycle: CycleRow, now: Date): WorkflowActionState {
  const visible = isActionOpenToRole(role, 'locus.approve');
  const phase = isActionOpenInPhase('unit.correct', phasesOfCycle(cycle), now);
  return { visible, enabled: visible && phase.open, reason: phase.open ? null : phase.reason };
}

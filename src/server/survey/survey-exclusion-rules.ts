import { isActionOpenToRole } from '../../core/access/can';
import type { Role } from '../../core/access/roles';
import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { LocusUnitStatus } from '../db/schema/cycles';
import type { BilingualMessage, DomainErrorCode } from '../errors';

export interface ExclusionBlocker {
  code: Extract<DomainErrorCode, 'FORBIDDEN' | 'PHASE_CLOSED' | 'UNIT_NOT_EDITABLE'>;
  message: BilingualMessage;
}

/**
 * Why survey responses of a unit cannot be excluded or re-included now, or null when they can. It is the
 * verifier's judgement (coordinators and admins share it), made while verification is open and before the
 * unit is verified: a verified unit's score is what the verifier signed off, so it is reopened first.
 */
export function surveyExclusionBlocker(
  role: Role,
  cycle: CycleRow,
  status: LocusUnitStatus,
  now: Date,
): ExclusionBlocker | null {
  const blocker = exclusionRoleOrPhaseBlocker(role, cycle, now);
  if (blocker) return blocker;
  if (status === 'verified' || status === 'locked') {
    return {
      code: 'UNIT_NOT_EDITABLE',
      message: {
        id: 'Unit ini sudah terverifikasi atau terkunci; buka kembali unit sebelum mengubah jawaban survei yang dihitung.',
        en: 'This unit is verified or locked; reopen it before changing which survey responses count.',
      },
    };
  }
  return null;
}

/** Who may exclude any survey's responses, and when: shared by the service-user and public-trust surveys. */
export function exclusionRoleOrPhaseBlocker(role: Role, cycle: CycleRow, now: Date): ExclusionBlocker | null {
  if (!isActionOpenToRole(role, 'collection.verify')) {
    return {
      code: 'FORBIDDEN',
      message: {
        id: 'Hanya verifikator, koordinator, atau admin yang dapat mengecualikan jawaban survei.',
        en: 'Only a verifier, coordinator or admin can exclude survey responses.',
      },
    };
  }
  const phase = isActionOpenInPhase('verification.record', phasesOfCycle(cycle), now);
  return phase.open ? null : { code: 'PHASE_CLOSED', message: phase.reason };
}

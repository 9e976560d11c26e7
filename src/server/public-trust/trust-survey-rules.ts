import type { Role } from '../../core/access/roles';
import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { BilingualMessage } from '../errors';
import { type ExclusionBlocker, exclusionRoleOrPhaseBlocker } from '../survey/survey-exclusion-rules';

type LocusApproval = 'open' | 'approved' | 'accepted';

/**
 * The entity's public-trust survey takes answers while the cycle collects data (or verifies) and the locus is
 * not yet approved by the coordinator: the survey belongs to the entity, not to one unit's status.
 */
export function trustSurveyClosedReason(
  target: { cycle: CycleRow; approval: LocusApproval },
  now: Date,
): BilingualMessage | null {
  const phase = isActionOpenInPhase('answer.record', phasesOfCycle(target.cycle), now);
  if (!phase.open) {
    return {
      id: 'Survei kepercayaan masyarakat untuk instansi ini sedang tidak menerima jawaban karena tahap pengumpulan data belum dibuka atau sudah berakhir.',
      en: 'This agency’s public-trust survey is not taking answers: data collection has not opened yet or has ended.',
    };
  }
  if (target.approval !== 'open') {
    return {
      id: 'Survei kepercayaan masyarakat untuk instansi ini sudah ditutup karena penilaiannya telah disetujui.',
      en: 'This agency’s public-trust survey is closed: its assessment has been approved.',
    };
  }
  return null;
}

/** As the service-user survey: verifiers, coordinators and admins, while verification is open and before approval. */
export function trustExclusionBlocker(
  role: Role,
  cycle: CycleRow,
  approval: LocusApproval,
  now: Date,
): ExclusionBlocker | null {
  const blocker = exclusionRoleOrPhaseBlocker(role, cycle, now);
  if (blocker) return blocker;
  if (approval !== 'open') {
    return {
      code: 'UNIT_NOT_EDITABLE',
      message: {
        id: 'Penilaian instansi ini sudah disetujui; tarik kembali persetujuan sebelum mengubah jawaban survei yang dihitung.',
        en: 'This agency’s assessment is approved; withdraw the approval before changing which survey responses count.',
      },
    };
  }
  return null;
}

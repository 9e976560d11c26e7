import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { SurveyTarget } from '../db/repositories/survey.repository';
import type { BilingualMessage } from '../errors';

/**
 * A survey takes answers while the unit's own answers can be recorded: the cycle is collecting data (or
 * verifying) and the unit is still with its assessors (draft or returned). Null when open, else why not.
 */
export function surveyClosedReason(target: SurveyTarget, now: Date): BilingualMessage | null {
  const phase = isActionOpenInPhase('answer.record', phasesOfCycle(target.cycle), now);
  if (!phase.open) {
    return {
      id: 'Survei untuk unit ini sedang tidak menerima jawaban karena tahap pengumpulan data belum dibuka atau sudah berakhir.',
      en: 'This unit’s survey is not taking answers: data collection has not opened yet or has ended.',
    };
  }
  if (target.status !== 'draft' && target.status !== 'returned') {
    return {
      id: 'Survei untuk unit ini sudah ditutup karena penilaian unit telah diajukan untuk verifikasi.',
      en: 'This unit’s survey is closed: the unit’s assessment has been submitted for verification.',
    };
  }
  return null;
}

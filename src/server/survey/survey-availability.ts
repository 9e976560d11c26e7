import { currentPhase } from '../../core/cycles/cycle-phases';
import { isActionOpenInPhase } from '../../core/cycles/phase-actions';
import { phasesOfCycle } from '../cycles/phases-of-cycle';
import type { SurveyTarget } from '../db/repositories/survey.repository';
import type { BilingualMessage } from '../errors';

/**
 * A survey takes answers for the whole data-collection phase, whatever the unit's status: the poster still
 * hangs at the counter after the assessors hand the unit in, and the users queuing there are the ones asked.
 * An answer that comes after the unit was submitted is kept, counted and marked for the verifier
 * (`received_after_submission`). During verification only a unit back with its assessors (draft or returned)
 * takes answers, as its own answers can still change. Null when open, else why not (docs/scoring.md).
 */
export function surveyClosedReason(target: SurveyTarget, now: Date): BilingualMessage | null {
  const phases = phasesOfCycle(target.cycle);
  const phase = isActionOpenInPhase('answer.record', phases, now);
  if (!phase.open) {
    return {
      id: 'Survei untuk unit ini sedang tidak menerima jawaban karena tahap pengumpulan data belum dibuka atau sudah berakhir.',
      en: 'This unit’s survey is not taking answers: data collection has not opened yet or has ended.',
    };
  }
  const status = currentPhase(phases, now);
  if (status.kind === 'in-phase' && status.phase === 'data-collection') return null;
  if (target.status !== 'draft' && target.status !== 'returned') {
    return {
      id: 'Survei untuk unit ini sudah ditutup karena tahap pengumpulan data telah berakhir dan penilaian unit telah diajukan untuk verifikasi.',
      en: 'This unit’s survey is closed: data collection has ended and the unit’s assessment has been submitted for verification.',
    };
  }
  return null;
}

import {
  type BilingualText,
  type CyclePhase,
  type CyclePhaseCode,
  currentPhase,
  cyclePhaseNames,
  type PhaseStatus,
} from './cycle-phases';

/** Things done to a cycle that only make sense in some of its phases. */
export const phaseActions = [
  'locus.plan',
  'team.plan',
  'meeting.entry',
  'meeting.exit',
  'answer.record',
  'verification.record',
  'objection.file',
  'unit.correct',
  'approval.withdraw',
  'results.finalise',
] as const;
export type PhaseAction = (typeof phaseActions)[number];

/**
 * When each action is open. Loci and teams are planned before the field work; entry meetings open it;
 * exit meetings close it; objections only in their window (the phase rules).
 */
export const phasesOfAction: Record<PhaseAction, readonly CyclePhaseCode[]> = {
  'locus.plan': ['preparation', 'entry-meetings'],
  'team.plan': ['preparation', 'entry-meetings'],
  'meeting.entry': ['entry-meetings'],
  'meeting.exit': ['data-collection', 'verification'],
  // Units are verified as they are submitted; a unit returned during verification is fixed then.
  'answer.record': ['data-collection', 'verification'],
  'verification.record': ['data-collection', 'verification'],
  'objection.file': ['objection-window'],
  // A unit reopened after the field work (an accepted objection, a coordinator or centre decision) is
  // corrected, re-verified and re-approved while objections are heard and before the results are fixed.
  'unit.correct': ['objection-window', 'determination'],
  // An approval or acceptance is taken back (with a reason) any time before the results are fixed.
  'approval.withdraw': ['data-collection', 'verification', 'objection-window', 'determination'],
  // Results are fixed after objections are heard, before the decree (SK) and the embargo.
  'results.finalise': ['determination'],
};

const actionNames: Record<PhaseAction, BilingualText> = {
  'locus.plan': { id: 'Penetapan lokus', en: 'Choosing loci' },
  'team.plan': { id: 'Penugasan tim', en: 'Assigning teams' },
  'meeting.entry': { id: 'Pencatatan rapat pembukaan', en: 'Recording entry meetings' },
  'meeting.exit': { id: 'Pencatatan rapat penutupan', en: 'Recording exit meetings' },
  'answer.record': { id: 'Pengisian jawaban', en: 'Recording answers' },
  'verification.record': { id: 'Verifikasi', en: 'Verification' },
  'objection.file': { id: 'Pengajuan sanggahan', en: 'Filing objections' },
  'unit.correct': { id: 'Koreksi unit', en: 'Correcting a unit' },
  'approval.withdraw': { id: 'Penarikan persetujuan', en: 'Withdrawing an approval' },
  'results.finalise': { id: 'Penetapan hasil', en: 'Finalising results' },
};

export type PhaseDecision = { open: true } | { open: false; reason: BilingualText };

/**
 * Field work on one unit (answers, verification, approval of its entity): open in the action's own phases,
 * and also in the correction phases when the unit was reopened for correction. A unit not reopened stays
 * closed after verification, so nothing else changes once the provisional results are out.
 */
export function isUnitWorkOpenInPhase(
  action: 'answer.record' | 'verification.record',
  phases: readonly CyclePhase[],
  now: Date,
  underCorrection: boolean,
): PhaseDecision {
  const own = isActionOpenInPhase(action, phases, now);
  if (own.open || !underCorrection) return own;
  const correction = isActionOpenInPhase('unit.correct', phases, now);
  return correction.open ? correction : own;
}

/** Whether `action` is allowed at `now`; when not, a reason naming the allowed phases and the current one. */
export function isActionOpenInPhase(
  action: PhaseAction,
  phases: readonly CyclePhase[],
  now: Date,
): PhaseDecision {
  const allowed = phasesOfAction[action];
  const status = currentPhase(phases, now);
  if (status.kind === 'in-phase' && allowed.includes(status.phase)) return { open: true };
  const name = actionNames[action];
  const allowedId = allowed.map((code) => cyclePhaseNames[code].id).join(' atau ');
  const allowedEn = allowed.map((code) => cyclePhaseNames[code].en).join(' or ');
  const where = describeStatus(status);
  return {
    open: false,
    reason: {
      id: `${name.id} hanya dapat dilakukan pada tahap ${allowedId}; ${where.id}.`,
      en: `${name.en} is only allowed during ${allowedEn}; ${where.en}.`,
    },
  };
}

function describeStatus(status: PhaseStatus): BilingualText {
  switch (status.kind) {
    case 'not-started':
      return { id: 'siklus belum dimulai', en: 'the cycle has not started' };
    case 'in-phase':
      return {
        id: `sekarang tahap ${cyclePhaseNames[status.phase].id}`,
        en: `it is now ${cyclePhaseNames[status.phase].en}`,
      };
    case 'between':
      return {
        id: `sekarang jeda sebelum tahap ${cyclePhaseNames[status.next].id}`,
        en: `it is now the pause before ${cyclePhaseNames[status.next].en}`,
      };
    case 'finished':
      return { id: 'siklus sudah selesai', en: 'the cycle has ended' };
  }
}

import type { Role } from '../../core/access/roles';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { LocusUnitStatus } from '../db/schema/cycles';
import { type ExclusionBlocker, exclusionRoleOrPhaseBlocker } from '../survey/survey-exclusion-rules';

/**
 * Why integrity flags of a unit's evidence cannot be decided now, or null when they can. A rejection changes
 * what counts for scoring, as excluding a survey response does: the same people (verifiers, coordinators,
 * admins), in the same phases, before the unit is verified (a verified unit is reopened first).
 */
export function integrityDecisionBlocker(
  role: Role,
  cycle: CycleRow,
  status: LocusUnitStatus,
  now: Date,
): ExclusionBlocker | null {
  const blocker = exclusionRoleOrPhaseBlocker(role, cycle, now);
  if (blocker?.code === 'FORBIDDEN') {
    return {
      code: 'FORBIDDEN',
      message: {
        id: 'Hanya verifikator, koordinator, atau admin yang dapat memutus tanda integritas bukti.',
        en: 'Only a verifier, coordinator or admin can decide evidence integrity flags.',
      },
    };
  }
  if (blocker) return blocker;
  if (status === 'verified' || status === 'locked') {
    return {
      code: 'UNIT_NOT_EDITABLE',
      message: {
        id: 'Unit ini sudah terverifikasi atau terkunci; buka kembali unit sebelum memutus tanda integritas bukti.',
        en: 'This unit is verified or locked; reopen it before deciding evidence integrity flags.',
      },
    };
  }
  return null;
}

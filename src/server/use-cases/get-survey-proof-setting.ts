import type { SurveyProofSettingDto } from '../../contracts/survey-proof.contract';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { findSurveyProofSetting } from '../db/repositories/survey-proof.repository';

/** A cycle's proof-of-service setting (no proof asked when never set). */
export async function getSurveyProofSetting(db: Queryable, year: number): Promise<SurveyProofSettingDto> {
  const cycle = await requireCycle(db, year);
  return findSurveyProofSetting(db, cycle.id);
}

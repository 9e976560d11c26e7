import type { PublicSurveyDto } from '../../contracts/survey.contract';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import {
  countSurveyResponses,
  findSurveyTargetByCode,
  hasSurveyResponseFromDevice,
  type SurveyTarget,
} from '../db/repositories/survey.repository';
import { findSurveyProofSetting } from '../db/repositories/survey-proof.repository';
import { notFoundError } from '../errors';
import { normaliseSurveyCode } from './make-survey-code';
import { surveyClosedReason } from './survey-availability';
import { explainSurveyQuestions } from './survey-explanations';
import { surveyFormOf } from './survey-questions';

export interface PublicSurveyState {
  target: SurveyTarget;
  survey: PublicSurveyDto;
}

/**
 * The survey behind a public code, as the public sees it now: questions, quota counter, whether it is open
 * and whether this device (by the hash of its token) already answered. Unknown codes: 404.
 */
export async function describePublicSurvey(
  db: Queryable,
  rawCode: string,
  deviceTokenSha256: string | null,
  now: Date,
): Promise<PublicSurveyState> {
  const code = normaliseSurveyCode(rawCode);
  const target = code ? await findSurveyTargetByCode(db, code) : undefined;
  if (!code || !target) throw notFoundError();
  const edition = await editionOfCycle(target.cycle);
  const form = surveyFormOf(edition, { entityKind: target.entityKind, unitType: target.unitTypeCode });
  const closedReason = surveyClosedReason(target, now);
  return {
    target,
    survey: {
      code,
      unitName: target.unitName,
      entityName: target.entityName,
      open: closedReason === null,
      closedReason,
      alreadyAnswered:
        deviceTokenSha256 !== null &&
        (await hasSurveyResponseFromDevice(db, target.locusUnitId, deviceTokenSha256)),
      responses: await countSurveyResponses(db, target.locusUnitId),
      target: form.target,
      questions: await explainSurveyQuestions(edition.ref, form.questions),
      proofRequired: (await findSurveyProofSetting(db, target.cycle.id)).proofRequired,
    },
  };
}

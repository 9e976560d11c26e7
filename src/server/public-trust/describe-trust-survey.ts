import type { PublicTrustSurveyDto } from '../../contracts/public-trust.contract';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import {
  countTrustResponses,
  findTrustSurveyTargetByCode,
  hasTrustResponseFromDevice,
  type TrustSurveyTarget,
} from '../db/repositories/public-trust.repository';
import { notFoundError } from '../errors';
import { normaliseSurveyCode } from '../survey/make-survey-code';
import { trustQuestionSetOf, trustQuestionsOf } from './trust-question-set';
import { trustSurveyClosedReason } from './trust-survey-rules';

export interface PublicTrustSurveyState {
  target: TrustSurveyTarget;
  survey: PublicTrustSurveyDto;
}

/** The entity's public-trust survey behind a public code, as the public sees it now. Unknown codes: 404. */
export async function describeTrustSurvey(
  db: Queryable,
  rawCode: string,
  deviceTokenSha256: string | null,
  now: Date,
): Promise<PublicTrustSurveyState> {
  const code = normaliseSurveyCode(rawCode);
  const target = code ? await findTrustSurveyTargetByCode(db, code) : undefined;
  if (!code || !target) throw notFoundError();
  const set = await trustQuestionSetOf(await editionOfCycle(target.cycle));
  const closedReason = trustSurveyClosedReason(target, now);
  return {
    target,
    survey: {
      code,
      entityName: target.entityName,
      open: closedReason === null,
      closedReason,
      alreadyAnswered:
        deviceTokenSha256 !== null &&
        (await hasTrustResponseFromDevice(db, target.locusId, deviceTokenSha256)),
      responses: await countTrustResponses(db, target.locusId),
      target: set.target,
      questions: trustQuestionsOf(set),
    },
  };
}

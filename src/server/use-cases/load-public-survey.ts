import type { PublicSurveyDto } from '../../contracts/survey.contract';
import type { Queryable } from '../db/database';
import { describePublicSurvey } from '../survey/describe-public-survey';

/** The public survey page's content: no sign-in, nothing personal read or written. */
export async function loadPublicSurvey(
  db: Queryable,
  code: string,
  deviceTokenSha256: string | null,
  now: Date,
): Promise<PublicSurveyDto> {
  return (await describePublicSurvey(db, code, deviceTokenSha256, now)).survey;
}

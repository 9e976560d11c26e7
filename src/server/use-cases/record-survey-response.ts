import type { PublicSurveyDto } from '../../contracts/survey.contract';
import type { Database } from '../db/database';
import { countSurveyResponses, insertSurveyResponse } from '../db/repositories/survey.repository';
import { DomainError } from '../errors';
import { describePublicSurvey } from '../survey/describe-public-survey';
import { validateSurveyLevels } from '../survey/validate-survey-levels';

/**
 * Stores one anonymous response: the levels chosen, the hash of the device token and when it arrived, nothing
 * else — no IP, no user agent, and no audit entry (audit entries carry the caller's IP).
 * Refuses a closed survey (409), an incomplete or invalid answer set (400, every problem listed) and a second
 * response from the same device (409).
 */
export async function recordSurveyResponse(
  db: Database,
  code: string,
  deviceTokenSha256: string,
  given: Readonly<Record<string, unknown>>,
  now: Date,
): Promise<PublicSurveyDto> {
  const { target, survey } = await describePublicSurvey(db, code, deviceTokenSha256, now);
  if (!survey.open) {
    throw new DomainError(
      'SURVEY_CLOSED',
      survey.closedReason ?? { id: 'Survei ditutup.', en: 'Survey closed.' },
    );
  }
  if (survey.alreadyAnswered) throw alreadyAnswered();
  const checked = validateSurveyLevels(survey.questions, given);
  if (!checked.ok) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Jawaban belum lengkap atau tidak valid: ${checked.problems.map((problem) => problem.message.id).join(' ')}`,
        en: `The answers are incomplete or invalid: ${checked.problems.map((problem) => problem.message.en).join(' ')}`,
      },
      checked.problems,
    );
  }
  const stored = await insertSurveyResponse(db, {
    locusUnitId: target.locusUnitId,
    deviceTokenSha256,
    levels: checked.levels,
    submittedAt: now,
  });
  if (!stored) throw alreadyAnswered();
  return { ...survey, alreadyAnswered: true, responses: await countSurveyResponses(db, target.locusUnitId) };
}

function alreadyAnswered(): DomainError {
  return new DomainError('SURVEY_ALREADY_ANSWERED', {
    id: 'Jawaban dari perangkat ini untuk unit layanan ini sudah tercatat; setiap perangkat hanya dapat mengisi sekali.',
    en: 'This device has already answered this unit’s survey; each device can answer once.',
  });
}

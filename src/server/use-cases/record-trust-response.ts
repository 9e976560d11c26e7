import type { PublicTrustSurveyDto } from '../../contracts/public-trust.contract';
import type { Database } from '../db/database';
import {
  countTrustClientResponsesSince,
  countTrustResponses,
  insertTrustResponse,
  lockTrustClient,
} from '../db/repositories/public-trust.repository';
import { DomainError } from '../errors';
import { describeTrustSurvey } from '../public-trust/describe-trust-survey';
import { validateTrustAnswers } from '../public-trust/validate-trust-answers';
import type { SurveyClient } from '../survey/survey-client';
import type { SurveyClientLimits } from './record-survey-response';

const hourMs = 60 * 60 * 1000;

/** The client hash of a public-trust response: keyed apart from any unit's, so the two surveys never link. */
export function trustClientHash(client: SurveyClient, locusId: string): string {
  return client.hashFor(`public-trust:${locusId}`);
}

/**
 * Stores one anonymous answer set to an entity's public-trust survey, under the same controls as the service-user
 * survey: closed → 409, incomplete or invalid → 400 (every problem listed), a second answer from the device →
 * 409, a client past PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR for this entity → 429. Nothing personal is kept
 * and no audit entry is written (audit entries carry the caller's address).
 */
export async function recordTrustResponse(
  db: Database,
  code: string,
  deviceTokenSha256: string,
  given: Readonly<Record<string, unknown>>,
  now: Date,
  limits: SurveyClientLimits,
): Promise<PublicTrustSurveyDto> {
  const { target, survey } = await describeTrustSurvey(db, code, deviceTokenSha256, now);
  if (!survey.open)
    throw new DomainError(
      'SURVEY_CLOSED',
      survey.closedReason ?? { id: 'Survei ditutup.', en: 'Survey closed.' },
    );
  if (survey.alreadyAnswered) throw alreadyAnswered();
  const checked = validateTrustAnswers(survey.questions, given);
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
  const clientHash = trustClientHash(limits.client, target.locusId);
  const since = new Date(now.getTime() - hourMs);
  const outcome = await db.transaction(async (tx) => {
    await lockTrustClient(tx, clientHash);
    const recent = await countTrustClientResponsesSince(tx, target.locusId, clientHash, since);
    if (recent.total >= limits.responsesPerClientPerHour)
      return { stored: false, retryAt: new Date((recent.oldest ?? now).getTime() + hourMs) };
    const stored = await insertTrustResponse(tx, {
      locusId: target.locusId,
      deviceTokenSha256,
      clientHash,
      answers: checked.answers,
      submittedAt: now,
    });
    return { stored, retryAt: null };
  });
  if (outcome.retryAt) throw clientLimitReached(limits.responsesPerClientPerHour, outcome.retryAt, now);
  if (!outcome.stored) throw alreadyAnswered();
  return { ...survey, alreadyAnswered: true, responses: await countTrustResponses(db, target.locusId) };
}

function alreadyAnswered(): DomainError {
  return new DomainError('SURVEY_ALREADY_ANSWERED', {
    id: 'Jawaban dari perangkat ini untuk survei kepercayaan instansi ini sudah tercatat; setiap perangkat hanya dapat mengisi sekali.',
    en: 'This device has already answered this agency’s public-trust survey; each device can answer once.',
  });
}

function clientLimitReached(perHour: number, retryAt: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError(
    'SURVEY_CLIENT_LIMIT',
    {
      id: `Terlalu banyak jawaban survei untuk instansi ini dari perangkat dan jaringan yang sama (paling banyak ${perHour} per jam). Coba lagi dalam ${minutes} menit.`,
      en: `Too many survey answers for this agency from the same device and network (at most ${perHour} an hour). Try again in ${minutes} minutes.`,
    },
    { limitPerHour: perHour, retryAt: retryAt.toISOString() },
    seconds,
  );
}

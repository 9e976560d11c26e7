import type { PublicSurveyDto } from '../../contracts/survey.contract';
import { normaliseReceiptNumber } from '../../core/survey/normalise-receipt-number';
import type { Database } from '../db/database';
import { countSurveyResponses, insertSurveyResponse } from '../db/repositories/survey.repository';
import {
  findSurveyProofSetting,
  isReceiptNumberTaken,
  noProofExclusionNote,
} from '../db/repositories/survey-proof.repository';
import { countClientResponsesSince, lockSurveyClient } from '../db/repositories/survey-responses.repository';
import { DomainError } from '../errors';
import { describePublicSurvey } from '../survey/describe-public-survey';
import type { SurveyClient } from '../survey/survey-client';
import { validateSurveyLevels } from '../survey/validate-survey-levels';

export interface SurveyClientLimits {
  client: SurveyClient;
  /** PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR. */
  responsesPerClientPerHour: number;
}

const hourMs = 60 * 60 * 1000;

/**
 * Stores one anonymous response: the levels chosen, the hash of the device token, the keyed hash of the client
 * and when it arrived, nothing else — no IP, no user agent, and no audit entry (audit entries carry the
 * caller's IP). Refuses a closed survey (409), an incomplete or invalid answer set (400, every problem listed),
 * a second response from the same device (409) and a client past its hourly cap for the unit (429): clearing
 * cookies makes a new device, not a new client. Where the cycle asks for proof of service, a receipt number
 * already given for the unit is refused (409 SURVEY_RECEIPT_USED); an answer without one is kept, and left out of
 * the counts at once when the cycle's rule says so.
 */
export async function recordSurveyResponse(
  db: Database,
  code: string,
  deviceTokenSha256: string,
  given: Readonly<Record<string, unknown>>,
  now: Date,
  limits: SurveyClientLimits,
  receiptInput: string | null = null,
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
  const proof = await findSurveyProofSetting(db, target.cycle.id);
  const receiptNumber = proof.proofRequired ? receiptOf(receiptInput) : null;
  const excludedForNoProof = proof.proofRequired && proof.noProofRule === 'exclude' && receiptNumber === null;
  const clientHash = limits.client.hashFor(target.locusUnitId);
  const since = new Date(now.getTime() - hourMs);
  // Under a lock per unit and client, so parallel posts on any number of app processes see each other's rows.
  const outcome = await db.transaction(async (tx) => {
    await lockSurveyClient(tx, clientHash);
    const recent = await countClientResponsesSince(tx, target.locusUnitId, clientHash, since);
    if (recent.total >= limits.responsesPerClientPerHour)
      return {
        stored: false,
        retryAt: new Date((recent.oldest ?? now).getTime() + hourMs),
        receiptUsed: false,
      };
    if (receiptNumber && (await isReceiptNumberTaken(tx, target.locusUnitId, receiptNumber)))
      return { stored: false, retryAt: null, receiptUsed: true };
    const stored = await insertSurveyResponse(tx, {
      locusUnitId: target.locusUnitId,
      deviceTokenSha256,
      clientHash,
      levels: checked.levels,
      submittedAt: now,
      receiptNumber,
      excludedAt: excludedForNoProof ? now : null,
      exclusionNote: excludedForNoProof ? noProofExclusionNote : null,
    });
    return { stored, retryAt: null, receiptUsed: false };
  });
  if (outcome.retryAt) throw clientLimitReached(limits.responsesPerClientPerHour, outcome.retryAt, now);
  // Two phones sending one receipt number at once: the unique index stored one, the other lands here.
  if (
    outcome.receiptUsed ||
    (!outcome.stored && receiptNumber && (await isReceiptNumberTaken(db, target.locusUnitId, receiptNumber)))
  )
    throw receiptUsed();
  if (!outcome.stored) throw alreadyAnswered();
  return { ...survey, alreadyAnswered: true, responses: await countSurveyResponses(db, target.locusUnitId) };
}

/** The typed receipt number in its stored form; a form that cannot be a receipt number is refused (400). */
function receiptOf(input: string | null): string | null {
  if (input === null || input.trim() === '') return null;
  const receipt = normaliseReceiptNumber(input);
  if (receipt) return receipt;
  const message = {
    id: 'Nomor registrasi atau tanda terima tidak valid: gunakan 3–64 huruf, angka, titik, garis miring atau tanda hubung.',
    en: 'The registration or receipt number is not valid: use 3–64 letters, digits, dots, slashes or hyphens.',
  };
  throw new DomainError('VALIDATION_FAILED', message, [{ indicatorCode: null, message }]);
}

function receiptUsed(): DomainError {
  return new DomainError('SURVEY_RECEIPT_USED', {
    id: 'Nomor registrasi atau tanda terima ini sudah dipakai untuk mengisi survei unit layanan ini. Satu layanan hanya dapat dinilai satu kali; periksa kembali nomornya.',
    en: 'This registration or receipt number has already been used to answer this unit’s survey. One service can be rated once; check the number.',
  });
}

function alreadyAnswered(): DomainError {
  return new DomainError('SURVEY_ALREADY_ANSWERED', {
    id: 'Jawaban dari perangkat ini untuk unit layanan ini sudah tercatat; setiap perangkat hanya dapat mengisi sekali.',
    en: 'This device has already answered this unit’s survey; each device can answer once.',
  });
}

function clientLimitReached(perHour: number, retryAt: Date, now: Date): DomainError {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return new DomainError(
    'SURVEY_CLIENT_LIMIT',
    {
      id: `Terlalu banyak jawaban survei untuk unit ini dari perangkat dan jaringan yang sama (paling banyak ${perHour} per jam). Coba lagi dalam ${minutes} menit.`,
      en: `Too many survey answers for this unit from the same device and network (at most ${perHour} an hour). Try again in ${minutes} minutes.`,
    },
    { limitPerHour: perHour, retryAt: retryAt.toISOString() },
    Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
  );
}

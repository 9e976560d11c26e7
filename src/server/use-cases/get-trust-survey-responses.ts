import type { TrustResponseItemDto, TrustResponsesDto } from '../../contracts/public-trust.contract';
import { scorePublicTrust } from '../../core/public-trust/score-public-trust';
import { flagSurveyResponses } from '../../core/survey/flag-survey-responses';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listTrustResponses, type StoredTrustResponse } from '../db/repositories/public-trust.repository';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { trustQuestionSetOf } from '../public-trust/trust-question-set';
import { trustExclusionBlocker } from '../public-trust/trust-survey-rules';
import { clientLabelOf } from '../survey/survey-client';

/**
 * An entity's public-trust responses for its team, newest first, with the same stuffing flags as the service-user
 * survey (core/survey/flag-survey-responses), exclusions and the provisional score. 404 outside scope.
 */
export async function getTrustSurveyResponses(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string },
  now: Date,
): Promise<TrustResponsesDto> {
  const cycle = await requireCycle(db, target.year);
  const { locus } = await requireExistingLocus(db, actor, 'collection.read', cycle, target.entityCode);
  const set = await trustQuestionSetOf(await editionOfCycle(cycle));
  const rows = await listTrustResponses(db, locus.id);
  const flags = flagSurveyResponses(rows.map((row) => ({ ...row, levels: row.answers })));
  const responses = rows.map((row) => presentTrustResponse(row, flags.get(row.id) ?? []));
  const score = scorePublicTrust(
    rows.map((row) => ({ answers: row.answers, excluded: row.excludedAt !== null })),
    set,
  );
  const blocker = trustExclusionBlocker(actor.role, cycle, locus.approval, now);
  return {
    responses,
    counted: score.responses,
    excluded: score.excluded,
    flagged: responses.filter((response) => response.flags.length > 0).length,
    score,
    exclusion: { open: blocker === null, reason: blocker?.message ?? null },
  };
}

function presentTrustResponse(
  row: StoredTrustResponse,
  flags: TrustResponseItemDto['flags'],
): TrustResponseItemDto {
  return {
    id: row.id,
    submittedAt: row.submittedAt.toISOString(),
    answers: row.answers,
    client: clientLabelOf(row.clientHash),
    flags,
    excluded: row.excludedAt !== null,
    exclusion:
      row.excludedAt === null
        ? null
        : { note: row.exclusionNote ?? '', at: row.excludedAt.toISOString(), byName: row.excludedByName },
  };
}

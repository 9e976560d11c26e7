import type { TrustSurveyDto } from '../../contracts/public-trust.contract';
import { scorePublicTrust } from '../../core/public-trust/score-public-trust';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { findTrustSurveyCode, listTrustResponses } from '../db/repositories/public-trust.repository';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { trustQuestionSetOf, trustQuestionsOf } from '../public-trust/trust-question-set';
import { trustSurveyClosedReason } from '../public-trust/trust-survey-rules';

/** The public path of an entity's public-trust survey ("k" for kepercayaan), apart from units' /s/<code>. */
export function trustSurveyUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/k/${code}`;
}

/**
 * An entity's public-trust survey for its team: link once made, counted responses against the target, whether
 * it takes answers, and the provisional trust score (not yet used by finalising). 404 outside scope.
 */
export async function getTrustSurvey(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string },
  baseUrl: string,
  now: Date,
): Promise<TrustSurveyDto> {
  const cycle = await requireCycle(db, target.year);
  const { entity, locus } = await requireExistingLocus(
    db,
    actor,
    'collection.read',
    cycle,
    target.entityCode,
  );
  const set = await trustQuestionSetOf(await editionOfCycle(cycle));
  const code = await findTrustSurveyCode(db, locus.id);
  const rows = await listTrustResponses(db, locus.id);
  const score = scorePublicTrust(
    rows.map((row) => ({ answers: row.answers, excluded: row.excludedAt !== null })),
    set,
  );
  const closedReason = trustSurveyClosedReason({ cycle, approval: locus.approval }, now);
  return {
    code,
    url: code ? trustSurveyUrl(baseUrl, code) : null,
    entityName: entity.officialName,
    responses: score.responses,
    target: set.target,
    open: closedReason === null,
    closedReason,
    questionSetCode: set.code,
    questions: trustQuestionsOf(set),
    score,
  };
}

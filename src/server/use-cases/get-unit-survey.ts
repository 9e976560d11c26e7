import type { UnitSurveyDto } from '../../contracts/survey.contract';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import { serviceUserRoleCode } from '../collection/to-unit-answers';
import { editionOfCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { countSurveyResponses } from '../db/repositories/survey.repository';
import { surveyUrl } from '../survey/survey-url';

/** A unit's survey for its field team: the public link once made, and responses against the quota. */
export async function getUnitSurvey(
  db: Queryable,
  actor: RequestActor,
  target: { year: number; entityCode: string; unitId: string },
  baseUrl: string,
): Promise<UnitSurveyDto> {
  const { cycle, locusUnit } = await requireLocusUnit(db, actor, 'collection.read', target);
  const edition = await editionOfCycle(cycle);
  const role = edition.methodology.respondentRoles.find(
    (candidate) => candidate.code === serviceUserRoleCode,
  );
  const code = locusUnit.surveyCode;
  return {
    code,
    url: code ? surveyUrl(baseUrl, code) : null,
    responses: await countSurveyResponses(db, locusUnit.id),
    target: role?.requiredCount ?? 0,
  };
}

import type { CollectionUnitParams } from '../../contracts/collection.contract';
import type { UnitScoringInput } from '../../contracts/unit-scoring-input.contract';
import type { RequestActor } from '../auth/request-actor';
import { countExpectedAnswers } from '../collection/count-expected-answers';
import { loadUnitForms } from '../collection/load-unit-forms';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Queryable } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';

/**
 * The frozen edition and the unit's collected rows, exactly what the server scores the provisional score from
 * (collection.read roles only, as the collection itself): the phone stores it when preparing for field work
 * and scores the unit with the same core function while offline.
 */
export async function getUnitScoringInput(
  db: Queryable,
  actor: RequestActor,
  target: CollectionUnitParams,
): Promise<UnitScoringInput> {
  const found = await requireLocusUnit(db, actor, 'collection.read', { ...target, entityCode: target.code });
  const { methodology, forms, officialRoles } = await loadUnitForms(db, found);
  const [collected] = await listCollectedUnitRows(db, [found.locusUnit.id]);
  if (!collected) throw new Error(`locus unit ${found.locusUnit.id} has no collected rows`);
  return {
    methodologyRef: found.cycle.methodologyRef,
    methodology,
    entityKind: found.entity.kind,
    expectedCount: countExpectedAnswers(forms, officialRoles),
    unit: {
      unitId: collected.unitId,
      unitName: collected.unitName,
      unitTypeCode: collected.unitTypeCode,
      productCount: collected.productCount,
      respondents: collected.respondents,
      answers: collected.answers,
      surveyResponses: collected.surveyResponses,
    },
  };
}

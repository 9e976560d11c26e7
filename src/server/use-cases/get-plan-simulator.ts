import type { SimulatorInput } from '../../contracts/plans.contract';
import type { EntityAnswers } from '../../core';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { notFoundError } from '../errors';
import { loadAnswerYearGate } from '../plans/answer-year-gate';
import { listYearsWithAnswers, loadCollectedAnswers } from '../plans/load-collected-answers';
import { loadPeerScores } from '../plans/load-peer-scores';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/**
 * What the what-if simulator computes from in the browser: the edition, the entity's collected answers of
 * the year (the newest cycle with answers by default) and the published scores it is ranked against.
 * Liaisons only get cycles whose results are published and out of embargo: another year answers 404, and
 * without a year the newest such cycle is used.
 */
export async function getPlanSimulator(
  db: Queryable,
  actor: RequestActor,
  entityCode: string,
  requestedYear: number | undefined,
  now: Date,
): Promise<SimulatorInput> {
  const entity = await requireEntityInScope(db, actor, 'plan.read', entityCode);
  const mayRead = await loadAnswerYearGate(db, actor, now);
  if (requestedYear !== undefined && !mayRead(requestedYear)) throw notFoundError();
  const availableYears = (await listYearsWithAnswers(db, entity)).filter(mayRead);
  const year = requestedYear ?? availableYears[0];
  const collected = year === undefined ? undefined : await loadCollectedAnswers(db, entity, year);
  const peers = await loadPeerScores(db, entity, year ?? null, now);
  return {
    entity: {
      code: entity.code,
      name: entity.officialName,
      kind: entity.kind,
      provinceCode: entity.provinceCode,
    },
    year: year ?? null,
    source: collected ? 'collected' : 'none',
    methodologyRef: collected?.methodologyRef ?? null,
    methodology: collected?.methodology ?? null,
    answers: collected ? toContractAnswers(collected.answers) : null,
    peers,
    availableYears,
  };
}

/** The core's readonly answers as the contract's plain arrays (the same data). */
function toContractAnswers(entity: EntityAnswers): NonNullable<SimulatorInput['answers']> {
  return {
    ...entity,
    units: entity.units.map((unit) => ({
      ...unit,
      respondents: [...unit.respondents],
      answers: unit.answers.map((answer) =>
        answer.evidence === undefined
          ? { ...answer, evidence: undefined }
          : { ...answer, evidence: [...answer.evidence] },
      ),
    })),
  };
}

import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../database';
import { surveyResponses } from '../schema/collection';
import { cycles, loci, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { entityResults, unitResults } from '../schema/results';

/** A snapshot's unit results with their entity, in keyset-paged batches so an export never holds them all. */
export async function* iterateUnitResultsWithEntity(db: Queryable, snapshotId: string, batchSize = 500) {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({
        unit: unitResults,
        entityCode: entityResults.entityCode,
        entityName: entityResults.entityName,
      })
      .from(unitResults)
      .innerJoin(entityResults, eq(entityResults.id, unitResults.entityResultId))
      .where(and(eq(unitResults.snapshotId, snapshotId), gt(unitResults.id, after)))
      .orderBy(asc(unitResults.id))
      .limit(batchSize);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return;
    after = last.unit.id;
  }
}

/**
 * Anonymised survey responses of a cycle year that count (not excluded): unit, entity, levels and date only
 * (no device token, no client hash).
 */
export async function* iterateSurveyResponsesOfYear(db: Queryable, year: number, batchSize = 500) {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({
        id: surveyResponses.id,
        unitId: locusUnits.unitId,
        entityCode: entities.code,
        levels: surveyResponses.levels,
        submittedAt: surveyResponses.submittedAt,
      })
      .from(surveyResponses)
      .innerJoin(locusUnits, eq(locusUnits.id, surveyResponses.locusUnitId))
      .innerJoin(loci, eq(loci.id, locusUnits.locusId))
      .innerJoin(cycles, eq(cycles.id, loci.cycleId))
      .innerJoin(entities, eq(entities.id, loci.entityId))
      // Responses a verifier excluded (stuffing) are left out, as they are from scoring.
      .where(and(eq(cycles.year, year), gt(surveyResponses.id, after), isNull(surveyResponses.excludedAt)))
      .orderBy(asc(surveyResponses.id))
      .limit(batchSize);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return;
    after = last.id;
  }
}

/** A snapshot's entity results, each with its unit results, `batchSize` entities at a time (code order). */
export async function* iterateEntityResultsWithUnits(db: Queryable, snapshotId: string, batchSize = 50) {
  const entityRows = await db
    .select()
    .from(entityResults)
    .where(eq(entityResults.snapshotId, snapshotId))
    .orderBy(asc(entityResults.entityCode));
  for (let start = 0; start < entityRows.length; start += batchSize) {
    const batch = entityRows.slice(start, start + batchSize);
    const unitRows = await db
      .select()
      .from(unitResults)
      .where(
        inArray(
          unitResults.entityResultId,
          batch.map((row) => row.id),
        ),
      )
      .orderBy(asc(unitResults.unitName), asc(unitResults.id));
    for (const entity of batch)
      yield { entity, units: unitRows.filter((unit) => unit.entityResultId === entity.id) };
  }
}

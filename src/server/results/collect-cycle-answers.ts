import type { EntityAnswers } from '../../core';
import { toUnitAnswers } from '../collection/to-unit-answers';
import type { Queryable } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import {
  type CycleLocusForScoring,
  listCycleLociForScoring,
} from '../db/repositories/computed-results.repository';

/**
 * The core's EntityAnswers for each locus of a cycle (or one entity's), from the stored field data. Loci
 * without assessed units cannot be scored and are returned apart.
 */
export async function collectCycleAnswers(
  db: Queryable,
  cycleId: string,
  entityCode?: string,
): Promise<{
  loci: { locus: CycleLocusForScoring; answers: EntityAnswers }[];
  withoutUnits: CycleLocusForScoring[];
}> {
  const all = await listCycleLociForScoring(db, cycleId, entityCode);
  const withoutUnits = all.filter((locus) => locus.locusUnitIds.length === 0);
  const scorable = all.filter((locus) => locus.locusUnitIds.length > 0);
  return { loci: await collectAnswersOfLoci(db, scorable), withoutUnits };
}

/** The core's EntityAnswers of the given loci (each with units), from their stored field data. */
export async function collectAnswersOfLoci(
  db: Queryable,
  scorable: readonly CycleLocusForScoring[],
): Promise<{ locus: CycleLocusForScoring; answers: EntityAnswers }[]> {
  const collected = await listCollectedUnitRows(
    db,
    scorable.flatMap((locus) => locus.locusUnitIds),
  );
  const byLocusUnit = new Map(collected.map((rows) => [rows.locusUnitId, rows]));
  return scorable.map((locus) => ({
    locus,
    answers: {
      code: locus.entityCode,
      name: locus.entityName,
      kind: locus.kind,
      ...(locus.provinceCode ? { province: locus.provinceCode } : {}),
      units: locus.locusUnitIds.flatMap((id) => {
        const rows = byLocusUnit.get(id);
        return rows ? [toUnitAnswers(rows)] : [];
      }),
    },
  }));
}

import type { Queryable } from '../db/database';
import { countCollectedByLocusUnit, type ProgressLocusUnitRow } from '../db/repositories/progress.repository';
import { keepUnitProgressCounts } from '../db/repositories/unit-progress-counts.repository';
import type { ProgressMeasures } from './progress-measures';

/** Units counted again in one go at most: bounds each statement's parameters (PostgreSQL allows 65,535). */
const unitsPerRecount = 1000;

/** Whether a row's kept counts describe its unit now: counted at the current generation, under today's rule. */
export function hasCurrentCounts(row: ProgressLocusUnitRow, measures: ProgressMeasures): boolean {
  return (
    row.generation !== null &&
    row.countedGeneration === row.generation &&
    row.evidenceKey === measures.evidenceKey
  );
}

/**
 * Counts again, from the field-data tables, the units whose kept counts are not current (written to since they
 * were counted, never counted: after the upgrade or a new unit, or counted under another evidence rule), puts
 * the new counts into `rows` and keeps them for the next read. After a field write only the units it touched
 * are counted again.
 */
export async function recountStaleUnitProgress(
  db: Queryable,
  rows: readonly ProgressLocusUnitRow[],
  measures: ProgressMeasures,
): Promise<void> {
  const stale = rows.filter((row) => row.locusUnitId !== null && !hasCurrentCounts(row, measures));
  for (let start = 0; start < stale.length; start += unitsPerRecount) {
    const batch = stale.slice(start, start + unitsPerRecount);
    const counts = await countCollectedByLocusUnit(
      db,
      batch.flatMap((row) => (row.locusUnitId ? [row.locusUnitId] : [])),
      measures.indicatorsNeedingEvidence,
    );
    const counted = batch.flatMap((row) => {
      const recounted = row.locusUnitId ? counts.get(row.locusUnitId) : undefined;
      if (!row.locusUnitId || !recounted) return [];
      row.counts = recounted;
      return [{ locusUnitId: row.locusUnitId, generation: row.generation, counts: recounted }];
    });
    await keepUnitProgressCounts(db, counted, measures.evidenceKey);
  }
}

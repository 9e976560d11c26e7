import type { SnapshotChangesWithUnits } from '../../contracts/finalise.contract';
import type { Queryable } from '../db/database';
import { listUnitResults } from '../db/repositories/computed-results.repository';
import { findSnapshotById, listEntityResults } from '../db/repositories/results.repository';
import { notFoundError } from '../errors';
import { compareSnapshotRows } from '../results/compare-snapshot-rows';
import { compareUnitRows } from '../results/compare-unit-rows';

/**
 * What a snapshot changed against the one it superseded (everything is "added" for a first snapshot):
 * entities, and for computed snapshots their units too.
 */
export async function getSnapshotChanges(
  db: Queryable,
  snapshotId: string,
): Promise<SnapshotChangesWithUnits> {
  const snapshot = await findSnapshotById(db, snapshotId);
  if (!snapshot) throw notFoundError();
  const after = await listEntityResults(db, snapshot.id);
  const before = snapshot.supersedesId ? await listEntityResults(db, snapshot.supersedesId) : [];
  const unitsAfter = await listUnitResults(db, snapshot.id);
  const unitsBefore = snapshot.supersedesId ? await listUnitResults(db, snapshot.supersedesId) : [];
  return {
    snapshotId,
    supersedesId: snapshot.supersedesId,
    source: snapshot.source,
    year: snapshot.year,
    changes: compareSnapshotRows(before, after),
    unitChanges: compareUnitRows(unitsBefore, unitsAfter),
  };
}

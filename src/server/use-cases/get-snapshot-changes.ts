import type { SnapshotChange } from '../../contracts/results.contract';
import type { Queryable } from '../db/database';
import { findSnapshotById, listEntityResults } from '../db/repositories/results.repository';
import { notFoundError } from '../errors';
import { compareSnapshotRows } from '../results/compare-snapshot-rows';

/** What a snapshot changed against the one it superseded (everything is "added" for a first snapshot). */
export async function getSnapshotChanges(
  db: Queryable,
  snapshotId: string,
): Promise<{ snapshotId: string; supersedesId: string | null; changes: SnapshotChange[] }> {
  const snapshot = await findSnapshotById(db, snapshotId);
  if (!snapshot) throw notFoundError();
  const after = await listEntityResults(db, snapshot.id);
  const before = snapshot.supersedesId ? await listEntityResults(db, snapshot.supersedesId) : [];
  return { snapshotId, supersedesId: snapshot.supersedesId, changes: compareSnapshotRows(before, after) };
}

import type { ResultSnapshotSummary } from '../../contracts/results.contract';
import type { Queryable } from '../db/database';
import { countSnapshotRows, listAllSnapshots } from '../db/repositories/results.repository';

/** Every snapshot, newest first, marking per year the one the public sees now or will see at its embargo. */
export async function listResultSnapshots(db: Queryable): Promise<ResultSnapshotSummary[]> {
  const snapshots = await listAllSnapshots(db);
  const counts = await countSnapshotRows(
    db,
    snapshots.map((snapshot) => snapshot.id),
  );
  const currentYears = new Set<number>();
  return snapshots.map((snapshot) => {
    const isCurrent = snapshot.status === 'published' && !currentYears.has(snapshot.year);
    if (isCurrent) currentYears.add(snapshot.year);
    const counted = counts.get(snapshot.id);
    return {
      id: snapshot.id,
      year: snapshot.year,
      source: snapshot.source,
      status: snapshot.status,
      methodologyRef: `${snapshot.methodologyId}@${snapshot.methodologyVersion}`,
      methodologySha256: snapshot.methodologySha256,
      decreeNumber: snapshot.decreeNumber,
      decreeDate: snapshot.decreeDate,
      embargoAt: snapshot.embargoAt.toISOString(),
      publishedAt: snapshot.publishedAt?.toISOString() ?? null,
      supersedesId: snapshot.supersedesId,
      isCurrent,
      sourceFileName: snapshot.sourceFileName,
      rows: counted?.rows ?? 0,
      flaggedRows: counted?.flagged ?? 0,
      createdAt: snapshot.createdAt.toISOString(),
    };
  });
}

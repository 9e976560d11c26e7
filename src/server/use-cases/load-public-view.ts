import type { Queryable } from '../db/database';
import { listPublishedSnapshots, type ResultSnapshotRow } from '../db/repositories/results.repository';

export interface PublicView {
  /** Per year, the newest published snapshot whose embargo has passed; newest year first. */
  current: ResultSnapshotRow[];
}

/**
 * What the public may see at `now`: everything before an embargo answers as if it did not exist. The view
 * carries no embargo time on purpose: nothing built from it (bodies, cache headers) can tell when a hidden
 * year comes out.
 */
export async function loadPublicView(db: Queryable, now: Date): Promise<PublicView> {
  return selectPublicView(await listPublishedSnapshots(db), now);
}

/** The view at `now` from the list of published snapshots (newest year first, newest snapshot first). */
export function selectPublicView(published: readonly ResultSnapshotRow[], now: Date): PublicView {
  const current: ResultSnapshotRow[] = [];
  for (const snapshot of published) {
    if (snapshot.embargoAt.getTime() > now.getTime()) continue;
    if (current.at(-1)?.year !== snapshot.year) current.push(snapshot);
  }
  return { current };
}

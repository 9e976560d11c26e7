import type { Queryable } from '../db/database';
import { listPublishedSnapshots, type ResultSnapshotRow } from '../db/repositories/results.repository';
import { type PublicView, selectPublicView } from '../use-cases/load-public-view';
import { resultsVersion } from './results-version';

/**
 * The list of published snapshots, read at most once per `maxAgeMs` (and again at once after an import in this
 * process), so public requests need no query. Visibility is still decided per request against `now`, so an
 * embargo ends exactly on time; an import made by another process shows within `maxAgeMs`.
 */
export function createPublicViewCache(db: Queryable, maxAgeMs = 1000) {
  let loaded: { at: number; version: number; published: Promise<ResultSnapshotRow[]> } | undefined;
  return {
    view(now: Date): Promise<PublicView> {
      const at = Date.now();
      if (!loaded || loaded.version !== resultsVersion() || at - loaded.at > maxAgeMs) {
        const published = listPublishedSnapshots(db);
        loaded = { at, version: resultsVersion(), published };
        published.catch(() => {
          loaded = undefined;
        });
      }
      return loaded.published.then((snapshots) => selectPublicView(snapshots, now));
    },
  };
}
export type PublicViewCache = ReturnType<typeof createPublicViewCache>;

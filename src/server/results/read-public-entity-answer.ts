import type { Clock } from '../clock';
import type { Queryable } from '../db/database';
import { getPublicEntity } from '../use-cases/get-public-entity';
import type { CachedResponse, PublicResponseCache } from './public-response-cache';
import type { PublicViewCache } from './public-view-cache';

/**
 * The answer of `GET /api/public/entities/:code` as the route sends it: built from the snapshots visible at this
 * request's `now` and kept in the public response cache. The entity page's HTML embeds the same answer
 * (web-prerender/embed-public-entity.ts), so both show exactly what is published, and one build serves both.
 */
export type ReadPublicEntityAnswer = (code: string) => Promise<CachedResponse>;

export function createPublicEntityAnswerReader(
  db: Queryable,
  views: PublicViewCache,
  responses: PublicResponseCache,
  now: Clock,
): ReadPublicEntityAnswer {
  return async (code) => {
    const view = await views.view(now());
    const snapshotIds = view.current.map((snapshot) => snapshot.id).join(',');
    return responses.get(`entity|${code}|${snapshotIds}`, () => getPublicEntity(db, view, code));
  };
}

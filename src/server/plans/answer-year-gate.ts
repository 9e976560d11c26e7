import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listPublishedYears } from '../db/repositories/plan-sources.repository';

/** Which cycles' collected answers (and the scores derived from them) a viewer may be shown. */
export type AnswerYearGate = (year: number) => boolean;

/**
 * Results stay with the centre and the field staff until their publication time: a liaison sees a cycle's
 * collected answers only once a snapshot of that year is published and its embargo has passed at `now`.
 * The centre (coordinators, admins) sees every cycle. Without a viewer, the restricted rule applies
 * (safe by default for callers that do not say who is looking).
 */
export async function loadAnswerYearGate(
  db: Queryable,
  viewer: RequestActor | undefined,
  now: Date,
): Promise<AnswerYearGate> {
  if (viewer !== undefined && viewer.role !== 'liaison') return () => true;
  const published = new Set(await listPublishedYears(db, now));
  return (year) => published.has(year);
}

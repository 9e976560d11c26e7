import type { SecondScoringAssignments } from '../../contracts/quality.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listSecondScoringsOfAssessor } from '../db/repositories/second-scoring.repository';

/** The units the signed-in assessor was drawn to score a second time, newest cycle first. */
export async function listSecondScoringAssignments(
  db: Queryable,
  actor: RequestActor,
): Promise<SecondScoringAssignments> {
  const rows = await listSecondScoringsOfAssessor(db, actor.userId);
  return { items: rows };
}

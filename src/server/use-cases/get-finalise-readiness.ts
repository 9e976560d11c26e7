import type { FinaliseReadiness } from '../../contracts/finalise.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { notFoundError } from '../errors';
import { assessFinaliseReadiness } from '../results/assess-finalise-readiness';

/** What keeps each locus of the year's cycle from being published (admin, any phase: it only reads). */
export async function getFinaliseReadiness(
  db: Queryable,
  actor: RequestActor,
  year: number,
): Promise<FinaliseReadiness> {
  if (!can(actor, 'results.finalise')) throw notFoundError();
  const cycle = await requireCycle(db, year);
  const edition = await editionOfCycle(cycle);
  return assessFinaliseReadiness(db, cycle, edition);
}

import type { ListLociQuery, LocusSummary } from '../../contracts/loci.contract';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listAssignments, listLoci as readLoci } from '../db/repositories/loci.repository';
import { countRecordedRespondentsByLocus } from '../db/repositories/progress.repository';
import { locusScopeOf } from '../loci/locus-scope-of';
import { toLocusSummary } from '../presenters/locus.presenter';

/** One page of a cycle's loci within the actor's scope, filtered by province, kind and name. */
export async function listLoci(
  db: Queryable,
  actor: RequestActor,
  year: number,
  query: ListLociQuery,
): Promise<{ items: LocusSummary[]; total: number }> {
  const cycle = await requireCycle(db, year);
  const { methodology } = await editionOfCycle(cycle);
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await readLoci(db, {
    ...filter,
    cycleId: cycle.id,
    scope: locusScopeOf(actor),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const assignments = await listAssignments(
    db,
    rows.map((row) => row.locusId),
  );
  const recorded = await countRecordedRespondentsByLocus(
    db,
    rows.map((row) => row.locusId),
  );
  return {
    items: rows.map((row) => toLocusSummary(year, row, assignments, methodology, recorded)),
    total,
  };
}

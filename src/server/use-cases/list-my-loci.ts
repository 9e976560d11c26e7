import type { z } from 'zod';
import type { myLocusSchema } from '../../contracts/loci.contract';
import {
  countRecordedRespondents,
  nothingRecorded,
  planRespondents,
} from '../../core/cycles/respondent-plan';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listCycles } from '../db/repositories/cycles.repository';
import { listAssignmentsOfUser, listLocusUnitIds } from '../db/repositories/loci.repository';
import { countRecordedRespondentsByLocus } from '../db/repositories/progress.repository';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';

/** The loci the signed-in assessor or verifier works on, newest cycle first, with respondents planned vs recorded. */
export async function listMyLoci(
  db: Queryable,
  actor: RequestActor,
): Promise<z.infer<typeof myLocusSchema>[]> {
  const assignments = await listAssignmentsOfUser(db, actor.userId);
  if (assignments.length === 0) return [];
  const cycles = new Map((await listCycles(db)).map((cycle) => [cycle.id, cycle]));
  const unitIds = await listLocusUnitIds(
    db,
    assignments.map((assignment) => assignment.locusId),
  );
  const recorded = await countRecordedRespondentsByLocus(
    db,
    assignments.map((assignment) => assignment.locusId),
  );
  const items = [];
  for (const assignment of assignments) {
    const cycle = cycles.get(assignment.cycleId);
    const edition = cycle && (await findCachedEdition(cycle.methodologyRef));
    if (!cycle || !edition) continue;
    const unitCount = unitIds.get(assignment.locusId)?.length ?? 0;
    const plan = planRespondents(edition.methodology, unitCount);
    items.push({
      year: cycle.year,
      entityCode: assignment.entityCode,
      entityName: assignment.entityName,
      role: assignment.role,
      unitCount,
      respondentsPlanned: plan.entityTotal,
      respondentsRecorded: countRecordedRespondents(
        plan,
        unitCount,
        recorded.get(assignment.locusId) ?? nothingRecorded,
      ),
    });
  }
  return items.sort((a, b) => b.year - a.year || a.entityCode.localeCompare(b.entityCode));
}

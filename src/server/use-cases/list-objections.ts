import type { Objection, ObjectionStatus } from '../../contracts/objections.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { listObjectionViews } from '../db/repositories/objections.repository';
import { objectionScopeOf } from '../objections/objection-scope';
import { presentObjection } from '../objections/present-objection';

/** A cycle's objections the actor may see (any phase: decisions stay readable), oldest first. */
export async function listObjections(
  db: Queryable,
  actor: RequestActor,
  year: number,
  filter: { entity?: string | undefined; status?: ObjectionStatus | undefined },
): Promise<{ items: Objection[] }> {
  const cycle = await requireCycle(db, year);
  const views = await listObjectionViews(db, cycle.id, {
    scope: objectionScopeOf(actor),
    entityCode: filter.entity,
    status: filter.status,
  });
  return {
    items: views
      .filter((view) =>
        can(actor, 'objection.read', {
          type: 'entity',
          entityCode: view.row.entityCode,
          provinceCode: view.row.provinceCode,
        }),
      )
      .map(presentObjection),
  };
}

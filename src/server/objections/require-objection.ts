import type { Action } from '../../core/access/can';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import { listObjectionViews, type ObjectionView } from '../db/repositories/objections.repository';
import { notFoundError } from '../errors';
import { objectionScopeOf } from './objection-scope';

/** One objection of the cycle the actor may reach for `action`; 404 otherwise (it must not confirm it exists). */
export async function requireObjection(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  cycle: CycleRow,
  id: string,
): Promise<ObjectionView> {
  const [view] = await listObjectionViews(db, cycle.id, { scope: objectionScopeOf(actor), id });
  if (!view) throw notFoundError();
  const resource = {
    type: 'entity',
    entityCode: view.row.entityCode,
    provinceCode: view.row.provinceCode,
  } as const;
  if (!can(actor, action, resource)) throw notFoundError();
  return view;
}

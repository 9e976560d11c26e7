import type { OversightRegister } from '../../contracts/oversight-products.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { presentOversightRegister } from '../oversight/present-oversight-register';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/** An entity's oversight products and its follow-up status at `cutOff` (today in its zone by default). */
export async function getOversightRegister(
  db: Queryable,
  actor: RequestActor,
  entityCode: string,
  now: Date,
  cutOff?: string,
): Promise<OversightRegister> {
  const entity = await requireEntityInScope(db, actor, 'oversight.read', entityCode);
  return presentOversightRegister(db, actor, entity, now, cutOff);
}

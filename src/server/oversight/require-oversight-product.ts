import type { Action } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { EntityRow } from '../db/repositories/entities.repository';
import {
  findOversightProduct,
  type OversightProductRow,
} from '../db/repositories/oversight-products.repository';
import { notFoundError } from '../errors';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/** The entity and its product if the actor may perform `action` on that entity; 404 otherwise. */
export async function requireOversightProduct(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  params: { code: string; productId: string },
): Promise<{ entity: EntityRow; product: OversightProductRow }> {
  const entity = await requireEntityInScope(db, actor, action, params.code);
  const product = await findOversightProduct(db, entity.id, params.productId);
  if (!product) throw notFoundError();
  return { entity, product };
}

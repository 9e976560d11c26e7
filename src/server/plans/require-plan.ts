import type { Action } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import type { EntityRow } from '../db/repositories/entities.repository';
import { findPlan, type ImprovementPlanRow } from '../db/repositories/improvement-plans.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { DomainError, notFoundError } from '../errors';
import { requireEntityInScope } from './require-entity-in-scope';

/** The entity's plan of the year within the actor's scope; 404 when out of scope or not made yet. */
export async function requirePlan(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  params: { code: string; year: number },
): Promise<{ entity: EntityRow; plan: ImprovementPlanRow }> {
  const entity = await requireEntityInScope(db, actor, action, params.code);
  const plan = await findPlan(db, entity.id, params.year);
  if (!plan) throw notFoundError();
  return { entity, plan };
}

/** Every named unit must be one of the entity's units. */
export async function requireUnitsOfEntity(
  db: Queryable,
  entity: EntityRow,
  unitIds: readonly (string | null)[],
): Promise<void> {
  const own = new Set((await listUnitsOfEntity(db, entity.id)).map((unit) => unit.id));
  const foreign = unitIds.find((unitId) => unitId !== null && !own.has(unitId));
  if (foreign !== undefined && foreign !== null) {
    throw new DomainError('VALIDATION_FAILED', {
      id: `Unit ${foreign} bukan unit ${entity.officialName}.`,
      en: `Unit ${foreign} is not a unit of ${entity.officialName}.`,
    });
  }
}

export function staleVersionError(what: { id: string; en: string }, current: unknown): DomainError {
  return new DomainError(
    'CONFLICT',
    {
      id: `${what.id} sudah diubah orang lain. Muat ulang lalu ulangi perubahan Anda.`,
      en: `${what.en} was changed by someone else. Reload and make your change again.`,
    },
    { current },
  );
}

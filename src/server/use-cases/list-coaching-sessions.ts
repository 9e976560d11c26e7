import type { CoachingSessionList } from '../../contracts/coaching.contract';
import type { RequestActor } from '../auth/request-actor';
import { presentCoachingSessions } from '../coaching/present-coaching-sessions';
import { canOnSession } from '../coaching/require-coaching-session';
import type { Queryable } from '../db/database';
import { listCoachingSessions as listSessionRows } from '../db/repositories/coaching.repository';
import { findEntityByCode } from '../db/repositories/entities.repository';

/**
 * Sessions in scope, newest first: admins all, coordinators their provinces', liaisons their entity's.
 * Filters narrow further; a filter outside scope gives an empty list.
 */
export async function listCoachingSessions(
  db: Queryable,
  actor: RequestActor,
  query: { entityCode?: string | undefined; provinceCode?: string | undefined },
): Promise<CoachingSessionList> {
  const entityCode = actor.role === 'liaison' ? actor.entityCode : query.entityCode;
  if (actor.role === 'liaison' && !entityCode) return { items: [] };
  const entity = entityCode ? await findEntityByCode(db, entityCode) : undefined;
  if (entityCode && !entity) return { items: [] };
  const rows = await listSessionRows(db, {
    ...(actor.role === 'coordinator' ? { provinceCodes: actor.provinceCodes } : {}),
    ...(query.provinceCode ? { provinceCodes: [query.provinceCode] } : {}),
    ...(entity ? { entityId: entity.id } : {}),
  });
  const visible = rows.filter((row) =>
    canOnSession(actor, 'coaching.read', {
      entityCode: row.entityCode,
      provinceCode: row.session.provinceCode,
    }),
  );
  return { items: await presentCoachingSessions(db, visible) };
}

import type { WorkQueue, WorkQueueKind } from '../../contracts/work-queues.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listUnsettledDisagreementsOfVerifier } from '../db/repositories/second-scoring.repository';
import {
  listLociWaiting,
  listUnitsAwaitingVerification,
  type WorkQueueRow,
} from '../db/repositories/work-queues.repository';

/** A home page lists this many; the count says how many more wait. */
export const workQueueLimit = 100;
const dayMs = 86_400_000;

/** The queue that leads a role's home page: what waits for this user, oldest first, with its age. */
export async function listWorkQueue(db: Queryable, actor: RequestActor, now: Date): Promise<WorkQueue> {
  const kind = queueKindOf(actor);
  if (!kind) return { kind: null, items: [], total: 0, limit: workQueueLimit, disagreements: [] };
  const { rows, total } =
    kind === 'awaiting-verification'
      ? await listUnitsAwaitingVerification(db, actor.userId, workQueueLimit)
      : await listLociWaiting(db, kind, actor.role === 'admin' ? null : actor.provinceCodes, workQueueLimit);
  const disagreements =
    kind === 'awaiting-verification'
      ? (await listUnsettledDisagreementsOfVerifier(db, actor.userId, workQueueLimit)).map(
          ({ disagreements: count, ...unit }) => ({ ...unit, count }),
        )
      : [];
  return { kind, items: rows.map((row) => present(row, now)), total, limit: workQueueLimit, disagreements };
}

export function queueKindOf(actor: Pick<RequestActor, 'role'>): WorkQueueKind | null {
  switch (actor.role) {
    case 'verifier':
      return 'awaiting-verification';
    case 'coordinator':
      return 'ready-to-approve';
    case 'admin':
      return 'ready-to-accept';
    default:
      return null;
  }
}

function present(row: WorkQueueRow, now: Date) {
  return {
    year: row.year,
    entityCode: row.entityCode,
    entityName: row.entityName,
    provinceCode: row.provinceCode,
    unitId: row.unitId,
    unitName: row.unitName,
    since: row.since?.toISOString() ?? null,
    ageDays: row.since ? Math.max(0, Math.floor((now.getTime() - row.since.getTime()) / dayMs)) : null,
  };
}

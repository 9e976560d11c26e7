import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { applyUnitTransition, type UnitTarget } from '../workflow/apply-unit-transition';

/**
 * The verifier takes back a verification (verified → submitted) to look again, possible only while the
 * entity is not approved; returning it to the assessors is then a separate step.
 */
export async function reopenLocusUnit(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await applyUnitTransition(db, actor, 'reopen', target, now, context);
}

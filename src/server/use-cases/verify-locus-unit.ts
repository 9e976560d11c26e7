import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { applyUnitTransition, type UnitTarget } from '../workflow/apply-unit-transition';

/** The verifier accepts a submitted unit's data as checked. */
export async function verifyLocusUnit(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await applyUnitTransition(db, actor, 'verify', target, now, context);
}

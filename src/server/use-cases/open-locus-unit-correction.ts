import type { AuditContext } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireLocusUnit } from '../collection/require-locus-unit';
import type { Database } from '../db/database';
import type { UnitTarget } from '../workflow/apply-unit-transition';
import { openUnitCorrection } from '../workflow/open-unit-correction';

/**
 * The province coordinator or the centre reopens a unit for correction after the field work, with a reason
 * (an error found without an objection). Same rule and effects as an accepted objection.
 */
export async function openLocusUnitCorrection(
  db: Database,
  actor: RequestActor,
  target: UnitTarget,
  reason: string,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await requireLocusUnit(tx, actor, 'locus.approve', target);
    await openUnitCorrection(
      tx,
      found.cycle,
      {
        locusId: found.locus.id,
        locusUnitId: found.locusUnit.id,
        resourceId: `${target.year}/${found.entity.code}/${target.unitId}`,
        provinceCode: found.entity.provinceCode,
      },
      reason,
      now,
      context,
      { decidedBy: actor.role === 'admin' ? 'centre' : 'coordinator' },
    );
  });
}

import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { acceptLocusIfApproved, lockLocus, lockUnitsOfLocus } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { acceptanceBlocker } from '../workflow/locus-approval-rules';

/** The centre accepts an approved entity: every unit is locked, so its field data no longer changes. */
export async function acceptLocus(
  db: Database,
  actor: RequestActor,
  year: number,
  entityCode: string,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    const { entity, locus: found } = await requireExistingLocus(tx, actor, 'locus.accept', cycle, entityCode);
    const locus = (await lockLocus(tx, found.id)) ?? found;
    const blocker = acceptanceBlocker(locus.approval);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const accepted = await acceptLocusIfApproved(tx, locus.id, actor.userId, now);
    if (!accepted) {
      throw new DomainError('CONFLICT', {
        id: 'Status entitas baru saja berubah; muat ulang halaman.',
        en: 'The entity just changed; reload the page.',
      });
    }
    const lockedUnits = await lockUnitsOfLocus(tx, locus.id, now);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'locus.accept',
      resourceType: 'locus',
      resourceId: `${year}/${entity.code}`,
      provinceCode: entity.provinceCode,
      before: { approval: locus.approval },
      after: { approval: accepted.approval, lockedUnits },
    });
  });
}

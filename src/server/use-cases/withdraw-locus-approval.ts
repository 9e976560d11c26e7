import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { unlockUnitsOfLocus, withdrawLocusApproval } from '../db/repositories/correction.repository';
import { lockLocus } from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { withdrawalBlocker } from '../workflow/locus-approval-rules';

/**
 * Takes back the coordinator's approval (approved → open) or the centre's acceptance (accepted → approved,
 * its units unlocked back to verified), with a reason, any time before the results are fixed. Audited.
 */
export async function withdrawLocusStep(
  db: Database,
  actor: RequestActor,
  step: 'approval' | 'acceptance',
  target: { year: number; entityCode: string },
  reason: string,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, target.year);
    const action = step === 'approval' ? 'locus.approve' : 'locus.accept';
    const { entity, locus: found } = await requireExistingLocus(tx, actor, action, cycle, target.entityCode);
    const locus = (await lockLocus(tx, found.id)) ?? found;
    const blocker = withdrawalBlocker(step, cycle, locus.approval, now);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const to = step === 'approval' ? 'open' : 'approved';
    const unlockedUnits = step === 'acceptance' ? await unlockUnitsOfLocus(tx, locus.id, now) : 0;
    const changed = await withdrawLocusApproval(tx, locus.id, locus.approval, to);
    if (!changed)
      throw new DomainError('CONFLICT', {
        id: 'Status entitas baru saja berubah; muat ulang halaman.',
        en: 'The entity just changed; reload the page.',
      });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: step === 'approval' ? 'locus.withdraw-approval' : 'locus.withdraw-acceptance',
      resourceType: 'locus',
      resourceId: `${target.year}/${entity.code}`,
      provinceCode: entity.provinceCode,
      before: { approval: locus.approval },
      after: { approval: changed.approval, reason, unlockedUnits },
    });
  });
}

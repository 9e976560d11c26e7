import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  approveLocusIfReady,
  listLocusUnitStatuses,
  lockLocus,
} from '../db/repositories/workflow.repository';
import { DomainError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';
import { approvalBlocker } from '../workflow/locus-approval-rules';

/** The province coordinator (or an admin) approves an entity whose units are all verified. */
export async function approveLocus(
  db: Database,
  actor: RequestActor,
  year: number,
  entityCode: string,
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    const { entity, locus: found } = await requireExistingLocus(
      tx,
      actor,
      'locus.approve',
      cycle,
      entityCode,
    );
    const locus = (await lockLocus(tx, found.id)) ?? found;
    const units = await listLocusUnitStatuses(tx, locus.id);
    const blocker = approvalBlocker(cycle, locus.approval, units, now);
    if (blocker) throw new DomainError(blocker.code, blocker.message);
    const approved = await approveLocusIfReady(tx, locus.id, actor.userId, now);
    if (!approved) {
      throw new DomainError('CONFLICT', {
        id: 'Status entitas atau unitnya baru saja berubah; muat ulang halaman.',
        en: 'The entity or one of its units just changed; reload the page.',
      });
    }
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'locus.approve',
      resourceType: 'locus',
      resourceId: `${year}/${entity.code}`,
      provinceCode: entity.provinceCode,
      before: { approval: locus.approval },
      after: { approval: approved.approval, units: units.length },
    });
  });
}

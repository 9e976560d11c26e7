import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireNoFieldData } from '../collection/require-no-field-data';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { deleteLoci, listLocusUnitIds } from '../db/repositories/loci.repository';
import { listMeetingsOfLocus } from '../db/repositories/meetings.repository';
import { hasAnyTrustResponse } from '../db/repositories/public-trust.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { DomainError, notFoundError } from '../errors';
import { requireLocusInScope } from '../loci/require-locus-in-scope';

/** Takes entities out of a cycle (all or nothing); one whose meeting is already recorded stays. */
export async function removeLoci(
  db: Database,
  actor: RequestActor,
  year: number,
  entityCodes: readonly string[],
  now: Date,
  context: AuditContext,
): Promise<{ removed: string[] }> {
  return db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    requireOpenPhase(cycle, 'locus.plan', now);
    const removed: string[] = [];
    for (const code of new Set(entityCodes)) {
      const { entity, locus } = await requireLocusInScope(tx, actor, 'locus.manage', cycle, code);
      if (!locus) throw notFoundError();
      if ((await listMeetingsOfLocus(tx, locus.id)).length > 0) {
        throw new DomainError('CONFLICT', {
          id: `${entity.shortName} sudah memiliki catatan rapat; lokus ini tidak dapat dihapus.`,
          en: `${entity.shortName} already has a recorded meeting; this locus cannot be removed.`,
        });
      }
      // The public-trust answers belong to the locus itself and would go with it (cascade).
      if (await hasAnyTrustResponse(tx, locus.id)) {
        throw new DomainError('CONFLICT', {
          id: `${entity.shortName} sudah memiliki jawaban survei kepercayaan masyarakat; lokus ini tidak dapat dihapus.`,
          en: `${entity.shortName} already has public-trust survey answers; this locus cannot be removed.`,
        });
      }
      const unitIds = new Set((await listLocusUnitIds(tx, [locus.id])).get(locus.id) ?? []);
      await requireNoFieldData(
        tx,
        locus.id,
        (await listUnitsOfEntity(tx, entity.id)).filter((unit) => unitIds.has(unit.id)),
        entity.shortName,
      );
      await deleteLoci(tx, [locus.id]);
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'locus.delete',
        resourceType: 'locus',
        resourceId: `${year}/${entity.code}`,
        provinceCode: entity.provinceCode,
        before: { entityCode: entity.code },
      });
      removed.push(entity.code);
    }
    return { removed };
  });
}

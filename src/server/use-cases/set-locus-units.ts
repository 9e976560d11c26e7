import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireNoFieldData } from '../collection/require-no-field-data';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  addLocusUnits,
  insertLoci,
  listLocusUnitIds,
  removeLocusUnits,
} from '../db/repositories/loci.repository';
import { listUnitsOfEntity } from '../db/repositories/units.repository';
import { DomainError } from '../errors';
import { requireLocusInScope } from '../loci/require-locus-in-scope';

/** Makes the entity a locus of the cycle (if it is not yet) and sets exactly which of its units are assessed. */
export async function setLocusUnits(
  db: Database,
  actor: RequestActor,
  year: number,
  entityCode: string,
  unitIds: readonly string[],
  now: Date,
  context: AuditContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    const { entity, locus: existing } = await requireLocusInScope(
      tx,
      actor,
      'locus.manage',
      cycle,
      entityCode,
    );
    requireOpenPhase(cycle, 'locus.plan', now);
    const ownUnits = new Map((await listUnitsOfEntity(tx, entity.id)).map((unit) => [unit.id, unit]));
    const wanted = [...new Set(unitIds)];
    const foreign = wanted.filter((id) => !ownUnits.get(id)?.isActive);
    if (foreign.length > 0) {
      throw new DomainError('VALIDATION_FAILED', {
        id: `Unit ${foreign.join(', ')} bukan unit aktif ${entity.shortName}.`,
        en: `Unit ${foreign.join(', ')} is not an active unit of ${entity.shortName}.`,
      });
    }
    const [locus] = existing
      ? [existing]
      : await insertLoci(tx, [{ cycleId: cycle.id, entityId: entity.id, provinceCode: entity.provinceCode }]);
    if (!locus) throw new Error('locus insert returned no row');
    const before = (await listLocusUnitIds(tx, [locus.id])).get(locus.id) ?? [];
    const dropped = before.filter((id) => !wanted.includes(id));
    await requireNoFieldData(
      tx,
      locus.id,
      dropped.map((id) => ({ id, name: ownUnits.get(id)?.name ?? id })),
      entity.shortName,
    );
    await removeLocusUnits(tx, locus.id, dropped);
    await addLocusUnits(
      tx,
      wanted.filter((id) => !before.includes(id)).map((unitId) => ({ locusId: locus.id, unitId })),
    );
    const names = (ids: readonly string[]) => ids.map((id) => ownUnits.get(id)?.name ?? id).sort();
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: existing ? 'locus.update' : 'locus.create',
      resourceType: 'locus',
      resourceId: `${year}/${entity.code}`,
      provinceCode: entity.provinceCode,
      before: existing ? { units: names(before) } : null,
      after: { units: names(wanted) },
    });
  });
}

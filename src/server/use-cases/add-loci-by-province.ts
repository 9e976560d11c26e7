import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { listEntities } from '../db/repositories/entities.repository';
import {
  addLocusUnits,
  insertLoci,
  listActiveUnitsOfEntities,
  listLociOfEntities,
} from '../db/repositories/loci.repository';
import { notFoundError } from '../errors';

/**
 * Makes every active government of the given kinds in a province a locus, with all its active units, in a
 * few statements (all 17 kab/kota of Sumatera Selatan in one request). Entities already loci are left as they are.
 */
export async function addLociByProvince(
  db: Database,
  actor: RequestActor,
  year: number,
  request: { provinceCode: string; kinds: readonly ('pemprov' | 'pemkab' | 'pemkot')[] },
  now: Date,
  context: AuditContext,
): Promise<{ added: string[]; alreadyPresent: string[] }> {
  if (!can(actor, 'locus.manage', { type: 'province', provinceCode: request.provinceCode }))
    throw notFoundError();
  return db.transaction(async (tx) => {
    const cycle = await requireCycle(tx, year);
    requireOpenPhase(cycle, 'locus.plan', now);
    const candidates = [];
    for (const kind of new Set(request.kinds)) {
      const { rows } = await listEntities(tx, {
        kind,
        provinceCode: request.provinceCode,
        includeInactive: false,
        offset: 0,
        limit: 1000,
      });
      candidates.push(...rows);
    }
    const existing = new Set(
      (
        await listLociOfEntities(
          tx,
          cycle.id,
          candidates.map((entity) => entity.id),
        )
      ).map((locus) => locus.entityId),
    );
    const fresh = candidates.filter((entity) => !existing.has(entity.id));
    const created = await insertLoci(
      tx,
      fresh.map((entity) => ({ cycleId: cycle.id, entityId: entity.id, provinceCode: entity.provinceCode })),
    );
    const locusByEntity = new Map(created.map((locus) => [locus.entityId, locus.id]));
    const units = await listActiveUnitsOfEntities(
      tx,
      fresh.map((entity) => entity.id),
    );
    await addLocusUnits(
      tx,
      units.flatMap((unit) => {
        const locusId = locusByEntity.get(unit.entityId);
        return locusId ? [{ locusId, unitId: unit.id }] : [];
      }),
    );
    const added = fresh.map((entity) => entity.code).sort();
    if (added.length > 0) {
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'locus.bulk-create',
        resourceType: 'cycle',
        resourceId: String(year),
        provinceCode: request.provinceCode,
        after: { kinds: request.kinds, entityCodes: added, units: units.length },
      });
    }
    return {
      added,
      alreadyPresent: candidates
        .filter((entity) => existing.has(entity.id))
        .map((entity) => entity.code)
        .sort(),
    };
  });
}

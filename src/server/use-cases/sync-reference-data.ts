import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  countReferenceRows,
  insertMissingEntities,
  insertMissingUnitTypes,
  upsertProvinces,
  upsertRegencies,
} from '../db/repositories/reference-data.repository';
import { defaultUnitTypes } from '../reference-data/default-unit-types';
import { deriveRegionalEntities } from '../reference-data/derive-regional-entities';
import { loadProvinces, loadRegencies } from '../regions/load-regions';

/**
 * Brings provinces, kabupaten/kota, their governments (one entity each) and the unit-type catalogue up to
 * date with the bundled reference data. Idempotent; a start with everything present costs one count query.
 */
export async function syncReferenceData(db: Database, context: AuditContext): Promise<'current' | 'synced'> {
  const provinces = loadProvinces();
  const regencies = loadRegencies();
  const present = await countReferenceRows(
    db,
    defaultUnitTypes.map((unitType) => unitType.code),
  );
  const isCurrent =
    present.provinces === provinces.length &&
    present.regencies === regencies.length &&
    present.regionalEntities >= provinces.length + regencies.length &&
    present.unitTypes >= defaultUnitTypes.length;
  if (isCurrent) return 'current';
  await db.transaction(async (tx) => {
    await upsertProvinces(tx, provinces);
    await upsertRegencies(tx, regencies);
    const entitiesAdded = await insertMissingEntities(tx, deriveRegionalEntities(provinces, regencies));
    const unitTypesAdded = await insertMissingUnitTypes(tx, defaultUnitTypes);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'reference-data.sync',
      resourceType: 'reference-data',
      resourceId: null,
      after: { provinces: provinces.length, regencies: regencies.length, entitiesAdded, unitTypesAdded },
    });
  });
  return 'synced';
}

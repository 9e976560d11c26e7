import type { ImportProblem } from '../../contracts/imports.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addLocusUnits, findLocus, insertLoci, listLocusUnitIds } from '../db/repositories/loci.repository';
import { insertUnit } from '../db/repositories/units.repository';
import type { DomainError } from '../errors';
import { findUnitByName } from '../imports/find-unit-by-name';
import { importInvalidError } from '../imports/import-invalid-error';
import { readTableFile } from '../imports/read-table-file';
import { validateLociRows } from '../imports/validate-loci-rows';

export const maxImportBytes = 5 * 1024 * 1024;
const maxImportRows = 10_000;

/**
 * Reads a loci file (kode_entitas, jenis_unit, nama_unit) and, only when every row is valid, makes each entity
 * a locus and each named unit (created when new) one of its assessed units, in one transaction. Rows are
 * matched by entity code and unit name, so importing the same file again changes nothing.
 */
export async function importLoci(
  db: Database,
  actor: RequestActor,
  year: number,
  file: { bytes: Buffer; format: 'csv' | 'xlsx' },
  now: Date,
  context: AuditContext,
): Promise<{ rows: number; lociCreated: number; unitsCreated: number; locusUnitsAdded: number }> {
  const cycle = await requireCycle(db, year);
  requireOpenPhase(cycle, 'locus.plan', now);
  const table = await readTableFile(file.bytes, file.format);
  if (table.rows.length > maxImportRows)
    throw refused([
      {
        row: maxImportRows + 2,
        column: '',
        value: '',
        message: {
          id: `Paling banyak ${maxImportRows} baris per berkas.`,
          en: `At most ${maxImportRows} rows per file.`,
        },
      },
    ]);
  const { problems, plan } = await validateLociRows(db, actor, table);
  if (problems.length > 0) throw refused(problems);
  return db.transaction(async (tx) => {
    let lociCreated = 0;
    let unitsCreated = 0;
    let locusUnitsAdded = 0;
    for (const { entity, existingUnits, units } of plan.entities) {
      let locus = await findLocus(tx, cycle.id, entity.id);
      if (!locus) {
        [locus] = await insertLoci(tx, [
          { cycleId: cycle.id, entityId: entity.id, provinceCode: entity.provinceCode },
        ]);
        lociCreated += 1;
      }
      if (!locus) throw new Error('locus insert returned no row');
      const assessed = new Set((await listLocusUnitIds(tx, [locus.id])).get(locus.id) ?? []);
      const toAdd: string[] = [];
      for (const wanted of units.values()) {
        let unit = findUnitByName(existingUnits, wanted.name);
        if (!unit) {
          const created = await insertUnit(tx, {
            entityId: entity.id,
            unitTypeCode: wanted.unitTypeCode,
            name: wanted.name,
          });
          unit = { ...created, products: [] };
          unitsCreated += 1;
          await appendAuditEntry(tx, {
            ...auditFieldsOf(context),
            action: 'unit.create',
            resourceType: 'unit',
            resourceId: created.id,
            provinceCode: entity.provinceCode,
            after: unit,
          });
        }
        if (!assessed.has(unit.id)) toAdd.push(unit.id);
      }
      await addLocusUnits(
        tx,
        toAdd.map((unitId) => ({ locusId: locus.id, unitId })),
      );
      locusUnitsAdded += toAdd.length;
    }
    const result = { rows: table.rows.length, lociCreated, unitsCreated, locusUnitsAdded };
    if (lociCreated + unitsCreated + locusUnitsAdded > 0) {
      await appendAuditEntry(tx, {
        ...auditFieldsOf(context),
        action: 'locus.import',
        resourceType: 'cycle',
        resourceId: String(year),
        provinceCode: plan.entities.length > 0 ? (plan.entities[0]?.entity.provinceCode ?? null) : null,
        after: { ...result, entityCodes: plan.entities.map(({ entity }) => entity.code) },
      });
    }
    return result;
  });
}

function refused(problems: ImportProblem[]): DomainError {
  return importInvalidError(problems, {
    id: `Impor ditolak: ${problems.length} kesalahan; tidak ada data yang ditulis. Baris pertama: ${problems[0]?.row ?? '-'}.`,
    en: `Import refused: ${problems.length} problems; nothing was written. First row: ${problems[0]?.row ?? '-'}.`,
  });
}

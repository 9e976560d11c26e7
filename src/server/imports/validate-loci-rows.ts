import type { ImportProblem } from '../../contracts/imports.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { type EntityRow, findEntitiesByCodes } from '../db/repositories/entities.repository';
import { listUnitsOfEntity, listUnitTypes, type UnitWithProducts } from '../db/repositories/units.repository';
import { findUnitByName } from './find-unit-by-name';
import type { TableFile } from './read-table-file';

/** What a valid file asks for: per entity, the unit names (with their type) to assess. */
export interface LociImportPlan {
  entities: {
    entity: EntityRow;
    existingUnits: UnitWithProducts[];
    units: Map<string, { name: string; unitTypeCode: string }>;
  }[];
}

const requiredColumns = ['kode_entitas', 'jenis_unit', 'nama_unit'] as const;

/** Checks every row and returns every problem; only a file without problems yields a plan. */
export async function validateLociRows(
  db: Queryable,
  actor: RequestActor,
  file: TableFile,
): Promise<{ problems: ImportProblem[]; plan: LociImportPlan }> {
  const problems: ImportProblem[] = [];
  const plan: LociImportPlan = { entities: [] };
  const missingColumns = requiredColumns.filter((column) => !file.columns.includes(column));
  for (const column of missingColumns) {
    problems.push({
      row: 1,
      column,
      value: '',
      message: {
        id: `Kolom "${column}" tidak ada di baris judul.`,
        en: `Column "${column}" is missing from the header row.`,
      },
    });
  }
  if (missingColumns.length > 0) return { problems, plan };
  if (file.rows.length === 0) {
    problems.push({
      row: 2,
      column: 'kode_entitas',
      value: '',
      message: { id: 'Berkas tidak berisi baris data.', en: 'The file has no data rows.' },
    });
  }
  const unitTypes = new Map((await listUnitTypes(db)).map((type) => [type.code, type]));
  const byCode = new Map<string, LociImportPlan['entities'][number] | null>();
  const entities = await findEntitiesByCodes(
    db,
    file.rows.map((row) => row.cells.kode_entitas ?? ''),
  );
  for (const row of file.rows) {
    const problem = (column: string, value: string, id: string, en: string) =>
      problems.push({ row: row.rowNumber, column, value, message: { id, en } });
    const code = row.cells.kode_entitas ?? '';
    const typeCode = row.cells.jenis_unit ?? '';
    const unitName = row.cells.nama_unit ?? '';
    if (code === '') {
      problem('kode_entitas', code, 'Kode entitas wajib diisi.', 'The entity code is required.');
      continue;
    }
    if (!byCode.has(code)) {
      const entity = entities.get(code);
      const inScope =
        entity?.isActive === true &&
        can(actor, 'locus.manage', {
          type: 'entity',
          entityCode: entity.code,
          provinceCode: entity.provinceCode,
        });
      const entry =
        entity && inScope
          ? { entity, existingUnits: await listUnitsOfEntity(db, entity.id), units: new Map() }
          : null;
      byCode.set(code, entry);
      if (entry) plan.entities.push(entry);
    }
    const entry = byCode.get(code);
    if (!entry) {
      problem(
        'kode_entitas',
        code,
        `Entitas "${code}" tidak ditemukan atau di luar cakupan Anda.`,
        `Entity "${code}" does not exist or is outside your scope.`,
      );
      continue;
    }
    if (unitName === '' && typeCode === '') continue;
    if (unitName.length < 3 || unitName.length > 200) {
      problem(
        'nama_unit',
        unitName,
        'Nama unit wajib diisi, 3 sampai 200 karakter.',
        'The unit name is required, 3 to 200 characters.',
      );
      continue;
    }
    const type = unitTypes.get(typeCode);
    if (!type?.isActive) {
      problem(
        'jenis_unit',
        typeCode,
        `Jenis unit "${typeCode}" tidak ada atau tidak aktif.`,
        `Unit type "${typeCode}" does not exist or is inactive.`,
      );
      continue;
    }
    const key = unitName.toLowerCase();
    const existing = findUnitByName(entry.existingUnits, key);
    const earlier = entry.units.get(key);
    const knownType = existing?.unitTypeCode ?? earlier?.unitTypeCode;
    if (knownType !== undefined && knownType !== typeCode) {
      problem(
        'jenis_unit',
        typeCode,
        `Unit "${unitName}" sudah tercatat dengan jenis "${knownType}".`,
        `Unit "${unitName}" is already recorded with type "${knownType}".`,
      );
      continue;
    }
    entry.units.set(key, { name: existing?.name ?? unitName, unitTypeCode: typeCode });
  }
  return { problems, plan };
}

import type { ImportProblem } from '../../contracts/imports.contract';
import { can } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { type EntityRow, findEntitiesByCodes } from '../db/repositories/entities.repository';
import { listUnitsOfEntity, listUnitTypes, type UnitWithProducts } from '../db/repositories/units.repository';
import { findUnitByName } from './find-unit-by-name';
import type { TableFile } from './read-table-file';

export interface DirectoryEntityPlan {
  code: string;
  /** Undefined: a ministry or agency the import creates. */
  entity: EntityRow | undefined;
  create?: { kind: 'kementerian' | 'lembaga'; officialName: string; shortName: string };
  alias: string | undefined;
  existingUnits: UnitWithProducts[];
  units: Map<string, { name: string; unitTypeCode: string }>;
}

const requiredColumns = ['kode_entitas', 'jenis_unit', 'nama_unit'] as const;
const nationalCodePattern = /^[A-Z][A-Z0-9-]{1,31}$/;

/**
 * Checks every row of a directory file. Existing entities get their alias and new units; only admins add
 * ministries and agencies (kind, code and names given). Matching is by entity code and unit name.
 */
export async function validateDirectoryRows(
  db: Queryable,
  actor: RequestActor,
  file: TableFile,
): Promise<{ problems: ImportProblem[]; plan: DirectoryEntityPlan[] }> {
  const problems: ImportProblem[] = [];
  const plan: DirectoryEntityPlan[] = [];
  for (const column of requiredColumns.filter((name) => !file.columns.includes(name)))
    problems.push({
      row: 1,
      column,
      value: '',
      message: {
        id: `Kolom "${column}" tidak ada di baris judul.`,
        en: `Column "${column}" is missing from the header row.`,
      },
    });
  if (problems.length > 0) return { problems, plan };
  const unitTypes = new Map((await listUnitTypes(db)).map((type) => [type.code, type]));
  const byCode = new Map<string, DirectoryEntityPlan | null>();
  const entities = await findEntitiesByCodes(
    db,
    file.rows.map((row) => row.cells.kode_entitas ?? ''),
  );
  for (const row of file.rows) {
    const cell = (column: string) => row.cells[column] ?? '';
    const problem = (column: string, id: string, en: string) =>
      problems.push({ row: row.rowNumber, column, value: cell(column), message: { id, en } });
    const code = cell('kode_entitas');
    if (code === '') {
      problem('kode_entitas', 'Kode entitas wajib diisi.', 'The entity code is required.');
      continue;
    }
    if (!byCode.has(code)) {
      const entity = entities.get(code);
      let entry: DirectoryEntityPlan | null = null;
      if (entity) {
        const resource = {
          type: 'entity',
          entityCode: entity.code,
          provinceCode: entity.provinceCode,
        } as const;
        if (can(actor, 'unit.manage', resource))
          entry = {
            code,
            entity,
            alias: undefined,
            existingUnits: await listUnitsOfEntity(db, entity.id),
            units: new Map(),
          };
        else
          problem(
            'kode_entitas',
            `Entitas "${code}" di luar cakupan Anda.`,
            `Entity "${code}" is outside your scope.`,
          );
      } else {
        const kind = cell('jenis_entitas');
        const officialName = cell('nama_resmi');
        const shortName = cell('nama_singkat');
        if (actor.role !== 'admin') {
          problem('kode_entitas', `Entitas "${code}" tidak ditemukan.`, `Entity "${code}" does not exist.`);
        } else if ((kind !== 'kementerian' && kind !== 'lembaga') || !nationalCodePattern.test(code)) {
          problem(
            'jenis_entitas',
            'Entitas baru hanya kementerian atau lembaga, dengan kode huruf besar (mis. K-KEMENKES).',
            'New entities can only be ministries or agencies, with an uppercase code (e.g. K-KEMENKES).',
          );
        } else if (officialName.length < 3 || shortName.length < 2) {
          problem(
            'nama_resmi',
            'Nama resmi dan nama singkat wajib untuk entitas baru.',
            'A new entity needs an official and a short name.',
          );
        } else {
          entry = {
            code,
            entity: undefined,
            create: { kind, officialName, shortName },
            alias: undefined,
            existingUnits: [],
            units: new Map(),
          };
        }
      }
      byCode.set(code, entry);
      if (entry) plan.push(entry);
      if (!entry) continue;
    }
    const entry = byCode.get(code);
    if (!entry) continue;
    const alias = cell('alias');
    if (alias !== '') {
      if (alias.length > 40)
        problem('alias', 'Alias paling banyak 40 karakter.', 'An alias has at most 40 characters.');
      else if (entry.alias !== undefined && entry.alias !== alias)
        problem(
          'alias',
          `Alias "${code}" berbeda dengan baris sebelumnya.`,
          `The alias of "${code}" differs from an earlier row.`,
        );
      else entry.alias = alias;
    }
    const typeCode = cell('jenis_unit');
    const unitName = cell('nama_unit');
    if (typeCode === '' && unitName === '') continue;
    if (unitName.length < 3 || unitName.length > 200) {
      problem(
        'nama_unit',
        'Nama unit wajib diisi, 3 sampai 200 karakter.',
        'The unit name is required, 3 to 200 characters.',
      );
      continue;
    }
    if (!unitTypes.get(typeCode)?.isActive) {
      problem(
        'jenis_unit',
        `Jenis unit "${typeCode}" tidak ada atau tidak aktif.`,
        `Unit type "${typeCode}" does not exist or is inactive.`,
      );
      continue;
    }
    const key = unitName.toLowerCase();
    const known =
      findUnitByName(entry.existingUnits, key)?.unitTypeCode ?? entry.units.get(key)?.unitTypeCode;
    if (known !== undefined && known !== typeCode) {
      problem(
        'jenis_unit',
        `Unit "${unitName}" sudah tercatat dengan jenis "${known}".`,
        `Unit "${unitName}" is already recorded with type "${known}".`,
      );
      continue;
    }
    entry.units.set(key, { name: unitName, unitTypeCode: typeCode });
  }
  return { problems, plan };
}

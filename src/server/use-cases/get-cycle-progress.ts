import type {
  CycleProgress,
  EntityProgress,
  ProgressQuery,
  ProvinceProgress,
} from '../../contracts/progress.contract';
import { isProvinceInScope } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import {
  listProgressLocusUnits,
  type ProgressFilter,
  type ProgressLocusUnitRow,
} from '../db/repositories/progress.repository';
import { notFoundError } from '../errors';
import { addFigures, emptyFigures } from '../progress/progress-figures';
import { type ProgressMeasures, progressMeasures, unitFigures } from '../progress/progress-measures';
import { recountStaleUnitProgress } from '../progress/recount-stale-unit-progress';
import { findProvinceName } from '../regions/load-regions';

/**
 * Field progress of a cycle per province, entity and unit: respondents, indicators answered, evidence, survey
 * quota, workflow statuses and entity approvals. Coordinators see their provinces only. What is recorded at
 * each unit is read as kept in `unit_progress_counts` (only units written to since are counted again), so a
 * whole country is one query of ~4,100 rows rather than an aggregate of every answer. A paged answer lists only
 * its page's entities; its province figures are those of the whole answer (the same units added up).
 */
export async function getCycleProgress(
  db: Queryable,
  actor: RequestActor,
  year: number,
  query: ProgressQuery,
): Promise<CycleProgress> {
  const cycle = await requireCycle(db, year);
  if (query.province && !isProvinceInScope(actor, query.province)) throw notFoundError();
  const scopeCodes = actor.role === 'admin' ? undefined : actor.provinceCodes;
  const filter: ProgressFilter = {
    cycleId: cycle.id,
    provinceCodes: query.province ? [query.province] : scopeCodes,
    entityCode: query.entity,
  };
  const measures = progressMeasures((await editionOfCycle(cycle)).methodology);
  const rows = await listProgressLocusUnits(db, filter);
  await recountStaleUnitProgress(db, rows, measures);
  const provinces = [...provincesOfUnits(rows, measures).values()];
  if (query.pageSize === undefined) return { year, provinces };
  const page = query.page ?? 1;
  const start = (page - 1) * query.pageSize;
  const end = start + query.pageSize;
  let totalEntities = 0;
  for (const province of provinces) {
    const first = totalEntities;
    totalEntities += province.entities.length;
    province.entities = province.entities.slice(Math.max(0, start - first), Math.max(0, end - first));
  }
  return { year, provinces, page: { page, pageSize: query.pageSize, totalEntities } };
}

const provinceNameOf = (code: string | null) => (code ? (findProvinceName(code) ?? code) : 'Pusat');

/** Provinces (key: code, '' for the centre) with their entities and units, from each unit's kept counts. */
function provincesOfUnits(
  rows: readonly ProgressLocusUnitRow[],
  measures: ProgressMeasures,
): Map<string, ProvinceProgress> {
  const provinces = new Map<string, ProvinceProgress>();
  const entities = new Map<string, EntityProgress>();
  for (const row of rows) {
    const provinceKey = row.provinceCode ?? '';
    let province = provinces.get(provinceKey);
    if (!province) {
      province = {
        ...emptyFigures(),
        provinceCode: row.provinceCode,
        provinceName: provinceNameOf(row.provinceCode),
        approvals: { open: 0, approved: 0, accepted: 0 },
        entities: [],
      };
      provinces.set(provinceKey, province);
    }
    let entity = entities.get(row.locusId);
    if (!entity) {
      entity = {
        ...emptyFigures(),
        entityCode: row.entityCode,
        entityName: row.entityName,
        entityKind: row.entityKind,
        approval: row.approval,
        units: [],
      };
      entities.set(row.locusId, entity);
      province.entities.push(entity);
      province.approvals[row.approval] += 1;
    }
    if (!row.locusUnitId || !row.unitId || !row.status) continue;
    const figures = unitFigures(
      { entityKind: row.entityKind, unitTypeCode: row.unitTypeCode ?? '', status: row.status },
      row.counts,
      measures,
    );
    entity.units.push({
      ...figures,
      unitId: row.unitId,
      name: row.unitName ?? '',
      unitTypeCode: row.unitTypeCode ?? '',
      status: row.status,
    });
    addFigures(entity, figures);
    addFigures(province, figures);
  }
  return provinces;
}

import type {
  CycleProgress,
  EntityProgress,
  ProgressQuery,
  ProvinceProgress,
  UnitProgress,
} from '../../contracts/progress.contract';
import { isProvinceInScope } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import {
  countCollectedByLocusUnit,
  listProgressLocusUnits,
  type ProgressFilter,
  type ProgressLocusUnitRow,
} from '../db/repositories/progress.repository';
import {
  countLocusUnitsByForm,
  listProgressLoci,
  sumCollectedByProvince,
} from '../db/repositories/progress-totals.repository';
import { notFoundError } from '../errors';
import { addFigures, emptyFigures } from '../progress/progress-figures';
import {
  type ProgressMeasures,
  progressMeasures,
  provinceFiguresFromCounts,
} from '../progress/progress-measures';
import { findProvinceName } from '../regions/load-regions';

/**
 * Field progress of a cycle per province, entity and unit: respondents, indicators answered, evidence, survey
 * quota, workflow statuses and entity approvals. Coordinators see their provinces only. A handful of queries
 * whatever the number of units; a paged answer counts only its page's units one by one, and the province
 * figures (which count every entity) in the database grouped by province.
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
  if (query.pageSize === undefined) {
    const rows = await listProgressLocusUnits(db, filter);
    return { year, provinces: [...(await provincesOfUnits(db, rows, measures)).values()] };
  }
  const page = query.page ?? 1;
  const allLoci = await listProgressLoci(db, filter);
  const start = (page - 1) * query.pageSize;
  const onPage = allLoci.slice(start, start + query.pageSize).map((locus) => locus.locusId);
  const [pageProvinces, forms, collected] = await Promise.all([
    onPage.length > 0
      ? listProgressLocusUnits(db, { ...filter, locusIds: onPage }).then((rows) =>
          provincesOfUnits(db, rows, measures),
        )
      : new Map<string, ProvinceProgress>(),
    countLocusUnitsByForm(db, filter),
    sumCollectedByProvince(db, filter, measures.indicatorsNeedingEvidence),
  ]);
  const provinces = new Map<string, ProvinceProgress>();
  for (const locus of allLoci) {
    const key = locus.provinceCode ?? '';
    let province = provinces.get(key);
    if (!province) {
      province = {
        ...provinceFiguresFromCounts(
          forms.filter((form) => (form.provinceCode ?? '') === key),
          collected.get(key),
          measures,
        ),
        provinceCode: locus.provinceCode,
        provinceName: provinceNameOf(locus.provinceCode),
        approvals: { open: 0, approved: 0, accepted: 0 },
        entities: pageProvinces.get(key)?.entities ?? [],
      };
      provinces.set(key, province);
    }
    province.approvals[locus.approval] += 1;
  }
  return {
    year,
    provinces: [...provinces.values()],
    page: { page, pageSize: query.pageSize, totalEntities: allLoci.length },
  };
}

const provinceNameOf = (code: string | null) => (code ? (findProvinceName(code) ?? code) : 'Pusat');

/** Provinces (key: code, '' for the centre) with their entities and units, each unit counted in the database. */
async function provincesOfUnits(
  db: Queryable,
  rows: readonly ProgressLocusUnitRow[],
  measures: ProgressMeasures,
): Promise<Map<string, ProvinceProgress>> {
  const counts = await countCollectedByLocusUnit(
    db,
    rows.flatMap((row) => (row.locusUnitId ? [row.locusUnitId] : [])),
    measures.indicatorsNeedingEvidence,
  );
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
    const collected = counts.get(row.locusUnitId);
    const unit: UnitProgress = {
      ...emptyFigures(),
      unitId: row.unitId,
      name: row.unitName ?? '',
      unitTypeCode: row.unitTypeCode ?? '',
      status: row.status,
    };
    unit.respondents = {
      done: (collected?.respondents ?? 0) + (collected?.assessorAnswered ? 1 : 0),
      total: measures.respondentsPlanned,
    };
    unit.indicators = {
      done: collected?.answeredIndicators ?? 0,
      total: measures.indicatorsOf(row.entityKind, row.unitTypeCode ?? ''),
    };
    unit.evidence = {
      done: collected?.answersWithEvidence ?? 0,
      total: collected?.answersNeedingEvidence ?? 0,
    };
    unit.survey = { done: collected?.surveyResponses ?? 0, total: measures.surveyTarget };
    unit.statuses[row.status] = 1;
    entity.units.push(unit);
    addFigures(entity, unit);
    addFigures(province, unit);
  }
  return provinces;
}

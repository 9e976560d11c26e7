import type {
  CycleProgress,
  EntityProgress,
  ProgressQuery,
  ProvinceProgress,
  UnitProgress,
} from '../../contracts/progress.contract';
import { isProvinceInScope } from '../../core/access/can';
import { buildCollectionForms } from '../../core/collection/build-collection-forms';
import { planRespondents } from '../../core/cycles/respondent-plan';
import type { RequestActor } from '../auth/request-actor';
import { serviceUserRoleCode } from '../collection/to-unit-answers';
import { editionOfCycle, requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import { countCollectedByLocusUnit, listProgressLocusUnits } from '../db/repositories/progress.repository';
import { notFoundError } from '../errors';
import { addFigures, emptyFigures } from '../progress/progress-figures';
import { findProvinceName } from '../regions/load-regions';

/**
 * Field progress of a cycle per province, entity and unit: respondents, indicators answered, evidence, survey
 * quota, workflow statuses and entity approvals. Coordinators see their provinces only. Five queries in all,
 * whatever the number of units.
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
  const provinceCodes = query.province ? [query.province] : scopeCodes;
  const { methodology } = await editionOfCycle(cycle);
  const rows = await listProgressLocusUnits(db, {
    cycleId: cycle.id,
    provinceCodes,
    entityCode: query.entity,
  });
  const formsByKey = new Map<string, { indicators: number }>();
  const needsEvidence = new Set<string>();
  for (const indicator of methodology.dimensions.flatMap((dimension) => dimension.indicators)) {
    if (indicator.evidence.rule !== 'not-required') needsEvidence.add(indicator.code);
  }
  const counts = await countCollectedByLocusUnit(
    db,
    rows.flatMap((row) => (row.locusUnitId ? [row.locusUnitId] : [])),
    [...needsEvidence],
  );
  const respondentsPlanned = planRespondents(methodology, 1).perUnitTotal;
  const surveyTarget =
    methodology.respondentRoles.find((role) => role.code === serviceUserRoleCode)?.requiredCount ?? 0;

  const provinces = new Map<string, ProvinceProgress>();
  const entities = new Map<string, EntityProgress>();
  for (const row of rows) {
    const provinceKey = row.provinceCode ?? '';
    let province = provinces.get(provinceKey);
    if (!province) {
      province = {
        ...emptyFigures(),
        provinceCode: row.provinceCode,
        provinceName: row.provinceCode ? (findProvinceName(row.provinceCode) ?? row.provinceCode) : 'Pusat',
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
    const key = `${row.entityKind}\u0000${row.unitTypeCode ?? ''}`;
    let forms = formsByKey.get(key);
    if (!forms) {
      const built = buildCollectionForms(methodology, {
        entityKind: row.entityKind,
        unitType: row.unitTypeCode ?? '',
      });
      forms = {
        indicators: Object.entries(built.byMethod)
          .filter(([method]) => method !== 'survey')
          .reduce((sum, [, questions]) => sum + questions.length, 0),
      };
      formsByKey.set(key, forms);
    }
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
      total: respondentsPlanned,
    };
    unit.indicators = { done: collected?.answeredIndicators ?? 0, total: forms.indicators };
    unit.evidence = {
      done: collected?.answersWithEvidence ?? 0,
      total: collected?.answersNeedingEvidence ?? 0,
    };
    unit.survey = { done: collected?.surveyResponses ?? 0, total: surveyTarget };
    unit.statuses[row.status] = 1;
    entity.units.push(unit);
    addFigures(entity, unit);
    addFigures(province, unit);
  }
  return pageOf({ year, provinces: [...provinces.values()] }, query);
}

/**
 * One page of the entities (in the order listed: province, then entity), when asked: a national cycle lists
 * ~4,100 units, so a screen asks for a page while the province figures keep counting every entity.
 */
function pageOf(progress: CycleProgress, query: ProgressQuery): CycleProgress {
  if (query.pageSize === undefined) return progress;
  const page = query.page ?? 1;
  const all = progress.provinces.flatMap((province) => province.entities);
  const start = (page - 1) * query.pageSize;
  const onPage = new Set(all.slice(start, start + query.pageSize));
  return {
    year: progress.year,
    provinces: progress.provinces.map((province) => ({
      ...province,
      entities: province.entities.filter((entity) => onPage.has(entity)),
    })),
    page: { page, pageSize: query.pageSize, totalEntities: all.length },
  };
}

import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { EntityKind } from '../../../contracts/entities.contract';
import type { Queryable } from '../database';
import { answerEvidence, answers, respondents, surveyResponses } from '../schema/collection';
import { type LocusApproval, type LocusUnitStatus, loci, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';
import { type ProgressFilter, progressFilterConditions } from './progress.repository';

/*
 * Province totals of a paged progress answer, counted in the database grouped by province: the work grows with
 * the number of provinces and forms, not with the ~4,100 units of a national cycle that a page does not list.
 */

export interface ProgressLocusRow {
  locusId: string;
  approval: LocusApproval;
  entityCode: string;
  entityName: string;
  entityKind: EntityKind;
  provinceCode: string | null;
}

/** The loci of the filter, one row each, in the order the progress answer lists entities. */
export async function listProgressLoci(db: Queryable, filter: ProgressFilter): Promise<ProgressLocusRow[]> {
  return db
    .select({
      locusId: loci.id,
      approval: loci.approval,
      entityCode: entities.code,
      entityName: entities.shortName,
      entityKind: entities.kind,
      provinceCode: loci.provinceCode,
    })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(progressFilterConditions(filter))
    .orderBy(asc(loci.provinceCode), asc(entities.code));
}

export interface LocusUnitFormCount {
  provinceCode: string | null;
  entityKind: EntityKind;
  unitTypeCode: string;
  status: LocusUnitStatus;
  units: number;
}

/** Assessed units per province, form (entity kind and unit type) and workflow status. */
export async function countLocusUnitsByForm(
  db: Queryable,
  filter: ProgressFilter,
): Promise<LocusUnitFormCount[]> {
  const rows = await db
    .select({
      provinceCode: loci.provinceCode,
      entityKind: entities.kind,
      unitTypeCode: units.unitTypeCode,
      status: locusUnits.status,
      units: count(),
    })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(progressFilterConditions(filter))
    .groupBy(loci.provinceCode, entities.kind, units.unitTypeCode, locusUnits.status);
  return rows.map((row) => ({ ...row, unitTypeCode: row.unitTypeCode ?? '', units: Number(row.units) }));
}

export interface ProvinceCollectedCounts {
  respondents: number;
  /** Sum over units of the distinct indicators answered at a level. */
  answeredIndicators: number;
  /** Units where the assessor answered at least one indicator at a level. */
  assessorUnits: number;
  answersNeedingEvidence: number;
  answersWithEvidence: number;
  surveyResponses: number;
}

const provinceKey = (code: string | null) => code ?? '';

/**
 * What is recorded in the filter's units, summed per province (key: the province code, '' for the centre):
 * the same counts as countCollectedByLocusUnit, three grouped queries.
 */
export async function sumCollectedByProvince(
  db: Queryable,
  filter: ProgressFilter,
  indicatorsNeedingEvidence: readonly string[],
): Promise<Map<string, ProvinceCollectedCounts>> {
  const inFilter = progressFilterConditions(filter);
  const respondentRows = await db
    .select({ provinceCode: loci.provinceCode, total: count() })
    .from(respondents)
    .innerJoin(locusUnits, eq(locusUnits.id, respondents.locusUnitId))
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(inFilter)
    .groupBy(loci.provinceCode);
  const needsEvidence =
    indicatorsNeedingEvidence.length > 0
      ? inArray(answers.indicatorCode, [...indicatorsNeedingEvidence])
      : sql`false`;
  const hasEvidence = sql`exists (select 1 from ${answerEvidence} where ${answerEvidence.answerId} = ${answers.id})`;
  const answerRows = await db
    .select({
      provinceCode: loci.provinceCode,
      answeredIndicators: sql<number>`count(distinct (${answers.locusUnitId}, ${answers.indicatorCode})) filter (where ${answers.level} is not null)`,
      assessorUnits: sql<number>`count(distinct ${answers.locusUnitId}) filter (where ${answers.respondentId} is null and ${answers.level} is not null)`,
      needing: sql<number>`count(*) filter (where ${answers.level} is not null and ${needsEvidence})`,
      withEvidence: sql<number>`count(*) filter (where ${answers.level} is not null and ${needsEvidence} and ${hasEvidence})`,
    })
    .from(answers)
    .innerJoin(locusUnits, eq(locusUnits.id, answers.locusUnitId))
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(inFilter)
    .groupBy(loci.provinceCode);
  const surveyRows = await db
    .select({ provinceCode: loci.provinceCode, total: count() })
    .from(surveyResponses)
    .innerJoin(locusUnits, eq(locusUnits.id, surveyResponses.locusUnitId))
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    // Excluded responses (see exclude-survey-response) do not fill the quota.
    .where(and(inFilter, isNull(surveyResponses.excludedAt)))
    .groupBy(loci.provinceCode);
  const totals = new Map<string, ProvinceCollectedCounts>();
  const entryOf = (code: string | null) => {
    let entry = totals.get(provinceKey(code));
    if (!entry) {
      entry = {
        respondents: 0,
        answeredIndicators: 0,
        assessorUnits: 0,
        answersNeedingEvidence: 0,
        answersWithEvidence: 0,
        surveyResponses: 0,
      };
      totals.set(provinceKey(code), entry);
    }
    return entry;
  };
  for (const row of respondentRows) entryOf(row.provinceCode).respondents = Number(row.total);
  for (const row of answerRows) {
    const entry = entryOf(row.provinceCode);
    entry.answeredIndicators = Number(row.answeredIndicators);
    entry.assessorUnits = Number(row.assessorUnits);
    entry.answersNeedingEvidence = Number(row.needing);
    entry.answersWithEvidence = Number(row.withEvidence);
  }
  for (const row of surveyRows) entryOf(row.provinceCode).surveyResponses = Number(row.total);
  return totals;
}

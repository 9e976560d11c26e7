import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { EntityKind } from '../../../contracts/entities.contract';
import type { RecordedRespondentCounts } from '../../../core/cycles/respondent-plan';
import type { Queryable } from '../database';
import { answerEvidence, answers, respondents, surveyResponses } from '../schema/collection';
import { type LocusApproval, type LocusUnitStatus, loci, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { unitProgressCounts } from '../schema/progress';
import { units } from '../schema/units';

export interface ProgressFilter {
  cycleId: string;
  /** Undefined: every province (admins). */
  provinceCodes?: readonly string[] | undefined;
  entityCode?: string | undefined;
  /** Only these loci (one page of entities). */
  locusIds?: readonly string[] | undefined;
}

/** The filter's conditions on `loci` and `entities` (joined by the caller). */
export function progressFilterConditions(filter: ProgressFilter): SQL | undefined {
  return and(
    eq(loci.cycleId, filter.cycleId),
    filter.provinceCodes
      ? filter.provinceCodes.length > 0
        ? inArray(loci.provinceCode, [...filter.provinceCodes])
        : sql`false`
      : undefined,
    filter.entityCode ? eq(entities.code, filter.entityCode) : undefined,
    filter.locusIds ? inArray(loci.id, [...filter.locusIds]) : undefined,
  );
}

export interface ProgressLocusUnitRow {
  locusId: string;
  approval: LocusApproval;
  entityCode: string;
  entityName: string;
  entityKind: EntityKind;
  provinceCode: string | null;
  locusUnitId: string | null;
  unitId: string | null;
  unitName: string | null;
  unitTypeCode: string | null;
  status: LocusUnitStatus | null;
  /** The unit's progress generation (unit_progress_counts); null when it has no counts row yet. */
  generation: number | null;
  /** The generation and evidence rule the kept counts were made at (null: never counted). */
  countedGeneration: number | null;
  evidenceKey: string | null;
  /** What is recorded at the unit as last kept; current only when countedGeneration = generation. */
  counts: LocusUnitCounts;
}

/**
 * Every locus of the cycle in the filter with its assessed units (one row per unit; a locus without units: one
 * row), each with its counts as kept in unit_progress_counts: one query of ~4,100 rows for a national cycle.
 */
export async function listProgressLocusUnits(
  db: Queryable,
  filter: ProgressFilter,
): Promise<ProgressLocusUnitRow[]> {
  const rows = await db
    .select({
      locusId: loci.id,
      approval: loci.approval,
      entityCode: entities.code,
      entityName: entities.shortName,
      entityKind: entities.kind,
      provinceCode: loci.provinceCode,
      locusUnitId: locusUnits.id,
      unitId: units.id,
      unitName: units.name,
      unitTypeCode: units.unitTypeCode,
      status: locusUnits.status,
      generation: unitProgressCounts.generation,
      countedGeneration: unitProgressCounts.countedGeneration,
      evidenceKey: unitProgressCounts.evidenceKey,
      respondents: unitProgressCounts.respondents,
      answeredIndicators: unitProgressCounts.answeredIndicators,
      assessorAnswered: unitProgressCounts.assessorAnswered,
      answersNeedingEvidence: unitProgressCounts.answersNeedingEvidence,
      answersWithEvidence: unitProgressCounts.answersWithEvidence,
      surveyResponses: unitProgressCounts.surveyResponses,
    })
    .from(loci)
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .leftJoin(locusUnits, eq(locusUnits.locusId, loci.id))
    .leftJoin(units, eq(units.id, locusUnits.unitId))
    .leftJoin(unitProgressCounts, eq(unitProgressCounts.locusUnitId, locusUnits.id))
    .where(progressFilterConditions(filter))
    .orderBy(asc(loci.provinceCode), asc(entities.code), asc(units.name));
  return rows.map(
    ({
      respondents: recordedRespondents,
      answeredIndicators,
      assessorAnswered,
      answersNeedingEvidence,
      answersWithEvidence,
      surveyResponses: recordedSurveyResponses,
      ...row
    }) => ({
      ...row,
      counts: {
        respondents: recordedRespondents ?? 0,
        answeredIndicators: answeredIndicators ?? 0,
        assessorAnswered: assessorAnswered ?? false,
        answersNeedingEvidence: answersNeedingEvidence ?? 0,
        answersWithEvidence: answersWithEvidence ?? 0,
        surveyResponses: recordedSurveyResponses ?? 0,
      },
    }),
  );
}

export interface LocusUnitCounts {
  respondents: number;
  /** Distinct indicators with at least one answer at a level. */
  answeredIndicators: number;
  assessorAnswered: boolean;
  /** Answers (at a level) to indicators that need evidence, and how many of them have some. */
  answersNeedingEvidence: number;
  answersWithEvidence: number;
  surveyResponses: number;
}

/**
 * What is recorded at the given locus units, counted from the field-data tables: three grouped queries whatever
 * the number of units (never one per unit). The progress answer reads these counts as kept in
 * `unit_progress_counts` and calls this only for units written to since (recount-stale-unit-progress.ts).
 */
export async function countCollectedByLocusUnit(
  db: Queryable,
  locusUnitIds: readonly string[],
  indicatorsNeedingEvidence: readonly string[],
): Promise<Map<string, LocusUnitCounts>> {
  const counts = new Map<string, LocusUnitCounts>();
  if (locusUnitIds.length === 0) return counts;
  const ids = [...locusUnitIds];
  for (const id of ids) {
    counts.set(id, {
      respondents: 0,
      answeredIndicators: 0,
      assessorAnswered: false,
      answersNeedingEvidence: 0,
      answersWithEvidence: 0,
      surveyResponses: 0,
    });
  }
  const respondentRows = await db
    .select({ locusUnitId: respondents.locusUnitId, total: count() })
    .from(respondents)
    .where(inArray(respondents.locusUnitId, ids))
    .groupBy(respondents.locusUnitId);
  const needsEvidence =
    indicatorsNeedingEvidence.length > 0
      ? inArray(answers.indicatorCode, [...indicatorsNeedingEvidence])
      : sql`false`;
  const hasEvidence = sql`exists (select 1 from ${answerEvidence} where ${answerEvidence.answerId} = ${answers.id})`;
  const answerRows = await db
    .select({
      locusUnitId: answers.locusUnitId,
      answeredIndicators: sql<number>`count(distinct ${answers.indicatorCode}) filter (where ${answers.level} is not null)`,
      assessorAnswered: sql<boolean>`coalesce(bool_or(${answers.respondentId} is null and ${answers.level} is not null), false)`,
      needing: sql<number>`count(*) filter (where ${answers.level} is not null and ${needsEvidence})`,
      withEvidence: sql<number>`count(*) filter (where ${answers.level} is not null and ${needsEvidence} and ${hasEvidence})`,
    })
    .from(answers)
    .where(inArray(answers.locusUnitId, ids))
    .groupBy(answers.locusUnitId);
  const surveyRows = await db
    .select({ locusUnitId: surveyResponses.locusUnitId, total: count() })
    .from(surveyResponses)
    // Excluded responses (see exclude-survey-response) do not fill the quota.
    .where(and(inArray(surveyResponses.locusUnitId, ids), isNull(surveyResponses.excludedAt)))
    .groupBy(surveyResponses.locusUnitId);
  for (const row of respondentRows) {
    const entry = counts.get(row.locusUnitId);
    if (entry) entry.respondents = Number(row.total);
  }
  for (const row of answerRows) {
    const entry = counts.get(row.locusUnitId);
    if (!entry) continue;
    entry.answeredIndicators = Number(row.answeredIndicators);
    entry.assessorAnswered = row.assessorAnswered === true || String(row.assessorAnswered) === 'true';
    entry.answersNeedingEvidence = Number(row.needing);
    entry.answersWithEvidence = Number(row.withEvidence);
  }
  for (const row of surveyRows) {
    const entry = counts.get(row.locusUnitId);
    if (entry) entry.surveyResponses = Number(row.total);
  }
  return counts;
}

/** Officials, assessor observations and survey responses per locus: one grouped query whatever the count. */
export async function countRecordedRespondentsByLocus(
  db: Queryable,
  locusIds: readonly string[],
): Promise<Map<string, RecordedRespondentCounts>> {
  const counts = new Map<string, RecordedRespondentCounts>();
  if (locusIds.length === 0) return counts;
  const perUnit = (expression: SQL) => sql<number>`coalesce(sum(${expression}), 0)::int`;
  const rows = await db
    .select({
      locusId: locusUnits.locusId,
      officials: perUnit(
        sql`(select count(*) from ${respondents} where ${respondents.locusUnitId} = ${locusUnits.id})`,
      ),
      assessorUnits: perUnit(
        sql`(select count(*) from (select 1 from ${answers} where ${answers.locusUnitId} = ${locusUnits.id}
          and ${answers.respondentId} is null and ${answers.level} is not null limit 1) as observed)`,
      ),
      surveyResponses: perUnit(
        sql`(select count(*) from ${surveyResponses} where ${surveyResponses.locusUnitId} = ${locusUnits.id}
          and ${surveyResponses.excludedAt} is null)`,
      ),
    })
    .from(locusUnits)
    .where(inArray(locusUnits.locusId, [...locusIds]))
    .groupBy(locusUnits.locusId);
  for (const row of rows) {
    counts.set(row.locusId, {
      officials: Number(row.officials),
      assessorUnits: Number(row.assessorUnits),
      surveyResponses: Number(row.surveyResponses),
    });
  }
  return counts;
}

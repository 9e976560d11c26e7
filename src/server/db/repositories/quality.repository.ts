import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable } from '../database';
import { qaSecondAnswers, qaSecondScorings } from '../schema/evidence-integrity';
import { selectRows } from './select-rows';

/** A locus unit of a province in a cycle, with the assessors of its locus and its second scoring, if drawn. */
export interface QualityUnitRow {
  locusUnitId: string;
  locusId: string;
  entityCode: string;
  entityName: string;
  unitId: string;
  unitName: string;
  assessorIds: string[];
  secondScoringId: string | null;
  secondAssessorId: string | null;
}

export async function listQualityUnits(
  db: Queryable,
  filter: { cycleId: string; provinceCode: string },
): Promise<QualityUnitRow[]> {
  return selectRows<QualityUnitRow>(
    db,
    sql`
      select lu.id as "locusUnitId", l.id as "locusId", en.code as "entityCode", en.short_name as "entityName",
        u.id as "unitId", u.name as "unitName",
        coalesce((select array_agg(la.user_id::text order by la.user_id) from locus_assignments la
          where la.locus_id = l.id and la.role = 'assessor'), '{}') as "assessorIds",
        q.id as "secondScoringId", q.assessor_user_id as "secondAssessorId"
      from locus_units lu
      join loci l on l.id = lu.locus_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      left join qa_second_scorings q on q.locus_unit_id = lu.id
      where l.cycle_id = ${filter.cycleId}::uuid and en.province_code = ${filter.provinceCode}
      order by en.code, u.name
    `,
  );
}

/** Active assessors working in the province, by name: the pool second scorers are drawn from. */
export async function listProvinceAssessors(
  db: Queryable,
  provinceCode: string,
): Promise<{ id: string; name: string }[]> {
  return selectRows(
    db,
    sql`select id, name from users
      where role = 'assessor' and is_active and ${provinceCode} = any(province_codes)
      order by name, id`,
  );
}

export async function insertSecondScorings(
  db: Queryable,
  rows: readonly { locusUnitId: string; assessorUserId: string; drawnByUserId: string; drawnAt: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(qaSecondScorings)
    .values([...rows])
    .onConflictDoNothing();
}

export async function findSecondScoringOfUnit(
  db: Queryable,
  locusUnitId: string,
): Promise<{ id: string; assessorUserId: string } | undefined> {
  const [row] = await selectRows<{ id: string; assessorUserId: string }>(
    db,
    sql`select id, assessor_user_id as "assessorUserId" from qa_second_scorings where locus_unit_id = ${locusUnitId}::uuid`,
  );
  return row;
}

export async function saveSecondAnswer(
  db: Queryable,
  values: {
    secondScoringId: string;
    respondentId: string | null;
    indicatorCode: string;
    level: number;
    at: Date;
  },
): Promise<void> {
  await db
    .insert(qaSecondAnswers)
    .values({ ...values, enteredAt: values.at })
    .onConflictDoUpdate({
      target: [qaSecondAnswers.secondScoringId, qaSecondAnswers.respondentId, qaSecondAnswers.indicatorCode],
      // A changed second level reopens a settled disagreement: the verifier settled the old one.
      set: {
        level: values.level,
        enteredAt: values.at,
        settledLevel: keptIfSameLevel(qaSecondAnswers.settledLevel),
        settlementNote: keptIfSameLevel(qaSecondAnswers.settlementNote),
        settledByUserId: keptIfSameLevel(qaSecondAnswers.settledByUserId),
        settledAt: keptIfSameLevel(qaSecondAnswers.settledAt),
        firstLevelAtSettlement: keptIfSameLevel(qaSecondAnswers.firstLevelAtSettlement),
      },
    });
}

function keptIfSameLevel(column: AnyPgColumn): SQL {
  return sql`case when ${qaSecondAnswers.level} = excluded.level then ${column} else null end`;
}

/** A question scored by both: the first assessors' answer and the second, blind one. */
export interface ScoredTwiceRow {
  locusUnitId: string;
  entityCode: string;
  unitName: string;
  respondentId: string | null;
  indicatorCode: string;
  firstLevel: number;
  secondLevel: number;
  secondAssessorId: string;
  unitId: string;
  settledLevel: number | null;
  settlementNote: string | null;
  /** ISO instant (formatted in SQL: the drivers disagree on raw timestamp values). */
  settledAt: string | null;
  firstAssessorIds: string[];
}

export async function listScoredTwice(
  db: Queryable,
  filter: { cycleId: string; provinceCode: string },
): Promise<ScoredTwiceRow[]> {
  return selectRows<ScoredTwiceRow>(
    db,
    sql`
      select lu.id as "locusUnitId", en.code as "entityCode", u.name as "unitName",
        s.respondent_id as "respondentId", s.indicator_code as "indicatorCode",
        coalesce(s.first_level_at_settlement, a.level) as "firstLevel", s.level as "secondLevel",
        q.assessor_user_id as "secondAssessorId", lu.unit_id as "unitId",
        s.settled_level as "settledLevel", s.settlement_note as "settlementNote", to_char(s.settled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "settledAt",
        coalesce((select array_agg(la.user_id::text order by la.user_id) from locus_assignments la
          where la.locus_id = l.id and la.role = 'assessor'), '{}') as "firstAssessorIds"
      from qa_second_answers s
      join qa_second_scorings q on q.id = s.second_scoring_id
      join locus_units lu on lu.id = q.locus_unit_id
      join loci l on l.id = lu.locus_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      join answers a on a.locus_unit_id = lu.id and a.indicator_code = s.indicator_code
        and a.respondent_id is not distinct from s.respondent_id and a.level is not null
      where l.cycle_id = ${filter.cycleId}::uuid and en.province_code = ${filter.provinceCode}
      order by en.code, u.name, s.indicator_code
    `,
  );
}

/** Per assessor of the province's loci: every level recorded on their loci, and who saved it last. */
export interface AssessorAnswerRow {
  assessorId: string;
  level: number;
  changedByVerifier: boolean;
}

export async function listAssessorAnswers(
  db: Queryable,
  filter: { cycleId: string; provinceCode: string },
): Promise<AssessorAnswerRow[]> {
  return selectRows<AssessorAnswerRow>(
    db,
    sql`
      select la.user_id::text as "assessorId", a.level,
        exists (select 1 from locus_assignments v where v.locus_id = l.id and v.role = 'verifier'
          and v.user_id = a.updated_by_user_id) as "changedByVerifier"
      from answers a
      join locus_units lu on lu.id = a.locus_unit_id
      join loci l on l.id = lu.locus_id
      join entities en on en.id = l.entity_id
      join locus_assignments la on la.locus_id = l.id and la.role = 'assessor'
      where l.cycle_id = ${filter.cycleId}::uuid and en.province_code = ${filter.provinceCode}
        and a.level is not null
    `,
  );
}

/** Per assessor: each official's interview date (the visit) and when it was entered in Patuh. */
export async function listVisitEntries(
  db: Queryable,
  filter: { cycleId: string; provinceCode: string },
): Promise<{ assessorId: string; interviewedOn: string; enteredAt: Date }[]> {
  const rows = await selectRows<{ assessorId: string; interviewedOn: string; enteredAt: string | Date }>(
    db,
    sql`
      select la.user_id::text as "assessorId", r.interviewed_on::text as "interviewedOn",
        r.created_at as "enteredAt"
      from respondents r
      join locus_units lu on lu.id = r.locus_unit_id
      join loci l on l.id = lu.locus_id
      join entities en on en.id = l.entity_id
      join locus_assignments la on la.locus_id = l.id and la.role = 'assessor'
      where l.cycle_id = ${filter.cycleId}::uuid and en.province_code = ${filter.provinceCode}
        and r.interviewed_on is not null
    `,
  );
  return rows.map((row) => ({ ...row, enteredAt: new Date(row.enteredAt) }));
}

export async function listUserNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, name from users where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

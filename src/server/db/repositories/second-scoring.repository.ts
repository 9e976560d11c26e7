import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { qaSecondAnswers } from '../schema/evidence-integrity';
import { selectRows } from './select-rows';

/** A unit an assessor was drawn to score a second time, blind, with how many levels they have entered. */
export interface SecondScoringAssignmentRow {
  year: number;
  entityCode: string;
  entityName: string;
  unitId: string;
  unitName: string;
  /** ISO instant (formatted in SQL: the drivers disagree on raw timestamp values). */
  drawnAt: string;
  answered: number;
}

export async function listSecondScoringsOfAssessor(
  db: Queryable,
  userId: string,
): Promise<SecondScoringAssignmentRow[]> {
  return selectRows<SecondScoringAssignmentRow>(
    db,
    sql`
      select c.year, en.code as "entityCode", en.short_name as "entityName", u.id as "unitId",
        u.name as "unitName", to_char(q.drawn_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "drawnAt",
        (select count(*)::int from qa_second_answers s where s.second_scoring_id = q.id) as answered
      from qa_second_scorings q
      join locus_units lu on lu.id = q.locus_unit_id
      join loci l on l.id = lu.locus_id
      join cycles c on c.id = l.cycle_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      where q.assessor_user_id = ${userId}::uuid
      order by c.year desc, en.code, u.name
    `,
  );
}

export interface SecondAnswerRow {
  respondentId: string | null;
  indicatorCode: string;
  level: number;
}

export async function listSecondAnswers(db: Queryable, secondScoringId: string): Promise<SecondAnswerRow[]> {
  return selectRows<SecondAnswerRow>(
    db,
    sql`select respondent_id as "respondentId", indicator_code as "indicatorCode", level
      from qa_second_answers where second_scoring_id = ${secondScoringId}::uuid
      order by indicator_code, respondent_id nulls first`,
  );
}

/** One question scored twice, with the first answer's current level and version (for the settlement). */
export interface DisagreementRow {
  secondAnswerId: string;
  secondLevel: number;
  isSettled: boolean;
  answerId: string | null;
  firstLevel: number | null;
  firstVersion: number | null;
}

export async function findScoredTwiceQuestion(
  db: Queryable,
  key: { secondScoringId: string; locusUnitId: string; respondentId: string | null; indicatorCode: string },
): Promise<DisagreementRow | undefined> {
  const [row] = await selectRows<DisagreementRow>(
    db,
    sql`
      select s.id as "secondAnswerId", s.level as "secondLevel", (s.settled_at is not null) as "isSettled",
        a.id as "answerId", a.level as "firstLevel", a.version as "firstVersion"
      from qa_second_answers s
      left join answers a on a.locus_unit_id = ${key.locusUnitId}::uuid
        and a.indicator_code = s.indicator_code and a.respondent_id is not distinct from s.respondent_id
      where s.second_scoring_id = ${key.secondScoringId}::uuid and s.indicator_code = ${key.indicatorCode}
        and s.respondent_id is not distinct from ${key.respondentId}::uuid
    `,
  );
  return row;
}

export async function recordSettlement(
  db: Queryable,
  values: {
    secondAnswerId: string;
    level: number;
    firstLevel: number;
    note: string;
    userId: string;
    at: Date;
  },
): Promise<void> {
  await db
    .update(qaSecondAnswers)
    .set({
      settledLevel: values.level,
      firstLevelAtSettlement: values.firstLevel,
      settlementNote: values.note,
      settledByUserId: values.userId,
      settledAt: values.at,
    })
    .where(eq(qaSecondAnswers.id, values.secondAnswerId));
}

/** Units on the verifier's loci with second levels that differ from the first and are not settled yet. */
export interface UnsettledUnitRow {
  year: number;
  entityCode: string;
  entityName: string;
  unitId: string;
  unitName: string;
  disagreements: number;
}

export async function listUnsettledDisagreementsOfVerifier(
  db: Queryable,
  userId: string,
  limit: number,
): Promise<UnsettledUnitRow[]> {
  return selectRows<UnsettledUnitRow>(
    db,
    sql`
      select c.year, en.code as "entityCode", en.short_name as "entityName", u.id as "unitId",
        u.name as "unitName", count(*)::int as disagreements
      from qa_second_answers s
      join qa_second_scorings q on q.id = s.second_scoring_id
      join locus_units lu on lu.id = q.locus_unit_id
      join loci l on l.id = lu.locus_id
      join cycles c on c.id = l.cycle_id
      join entities en on en.id = l.entity_id
      join units u on u.id = lu.unit_id
      join answers a on a.locus_unit_id = lu.id and a.indicator_code = s.indicator_code
        and a.respondent_id is not distinct from s.respondent_id and a.level is not null
      where s.settled_at is null and a.level <> s.level and lu.status in ('draft', 'returned', 'submitted')
        and exists (select 1 from locus_assignments la where la.locus_id = l.id
          and la.user_id = ${userId}::uuid and la.role = 'verifier')
      group by c.year, en.code, en.short_name, u.id, u.name
      order by c.year desc, en.code, u.name
      limit ${limit}
    `,
  );
}

/** Every question of a drawn unit scored differently by the two scorings (settled ones included). */
export interface UnitDisagreementRow {
  respondentId: string | null;
  respondentName: string | null;
  roleCode: string | null;
  indicatorCode: string;
  firstLevel: number;
  secondLevel: number;
  settledLevel: number | null;
  settlementNote: string | null;
  /** ISO instant. */
  settledAt: string | null;
}

export async function listDisagreementsOfUnit(
  db: Queryable,
  filter: { secondScoringId: string; locusUnitId: string },
): Promise<UnitDisagreementRow[]> {
  return selectRows<UnitDisagreementRow>(
    db,
    sql`
      select s.respondent_id as "respondentId", r.name as "respondentName", r.role_code as "roleCode",
        s.indicator_code as "indicatorCode", coalesce(s.first_level_at_settlement, a.level) as "firstLevel",
        s.level as "secondLevel", s.settled_level as "settledLevel", s.settlement_note as "settlementNote",
        to_char(s.settled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "settledAt"
      from qa_second_answers s
      join answers a on a.locus_unit_id = ${filter.locusUnitId}::uuid and a.indicator_code = s.indicator_code
        and a.respondent_id is not distinct from s.respondent_id and a.level is not null
      left join respondents r on r.id = s.respondent_id
      where s.second_scoring_id = ${filter.secondScoringId}::uuid
        and coalesce(s.first_level_at_settlement, a.level) <> s.level
      order by s.settled_at nulls first, s.indicator_code, r.name nulls first
    `,
  );
}

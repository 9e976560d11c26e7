import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import type { Queryable } from '../database';
import { answerEvidence, answers, respondents, surveyResponses } from '../schema/collection';
import { locusUnits } from '../schema/cycles';
import { evidenceFlagDecisions } from '../schema/evidence-integrity';
import { unitProducts, units } from '../schema/units';

export interface CollectedUnitRows {
  locusUnitId: string;
  unitId: string;
  unitName: string;
  unitTypeCode: string;
  status: string;
  productCount: number;
  respondents: { id: string; roleCode: string; name: string }[];
  answers: {
    id: string;
    respondentId: string | null;
    indicatorCode: string;
    level: number | null;
    evidenceFiles: string[];
  }[];
  surveyResponses: { id: string; levels: Record<string, number> }[];
}

/** Everything recorded at the given locus units, in a fixed order (a handful of queries, none per row). */
export async function listCollectedUnitRows(
  db: Queryable,
  locusUnitIds: readonly string[],
): Promise<CollectedUnitRows[]> {
  if (locusUnitIds.length === 0) return [];
  const ids = [...locusUnitIds];
  const unitRows = await db
    .select({
      locusUnitId: locusUnits.id,
      unitId: units.id,
      unitName: units.name,
      unitTypeCode: units.unitTypeCode,
      status: locusUnits.status,
    })
    .from(locusUnits)
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(inArray(locusUnits.id, ids))
    .orderBy(asc(units.name));
  const productRows = await db
    .select({ unitId: unitProducts.unitId })
    .from(unitProducts)
    .where(
      inArray(
        unitProducts.unitId,
        unitRows.map((row) => row.unitId),
      ),
    );
  const respondentRows = await db
    .select({
      id: respondents.id,
      locusUnitId: respondents.locusUnitId,
      roleCode: respondents.roleCode,
      name: respondents.name,
    })
    .from(respondents)
    .where(inArray(respondents.locusUnitId, ids))
    .orderBy(asc(respondents.createdAt), asc(respondents.id));
  const answerRows = await db
    .select({
      id: answers.id,
      locusUnitId: answers.locusUnitId,
      respondentId: answers.respondentId,
      indicatorCode: answers.indicatorCode,
      level: answers.level,
    })
    .from(answers)
    .where(inArray(answers.locusUnitId, ids));
  const evidenceRows = await db
    .select({ answerId: answerEvidence.answerId, fileSha256: answerEvidence.fileSha256 })
    .from(answerEvidence)
    .innerJoin(answers, eq(answers.id, answerEvidence.answerId))
    .where(
      and(
        inArray(answers.locusUnitId, ids),
        // Evidence a verifier rejected on an integrity flag (docs/evidence-integrity.md) no longer supports
        // the answer: scoring and completeness see the claim without it.
        notExists(
          db
            .select({ id: evidenceFlagDecisions.id })
            .from(evidenceFlagDecisions)
            .where(
              and(
                eq(evidenceFlagDecisions.evidenceId, answerEvidence.id),
                eq(evidenceFlagDecisions.decision, 'rejected'),
              ),
            ),
        ),
      ),
    );
  const surveyRows = await db
    .select({
      id: surveyResponses.id,
      locusUnitId: surveyResponses.locusUnitId,
      levels: surveyResponses.levels,
    })
    .from(surveyResponses)
    // A response the verifier excluded (stuffing) no longer counts in scoring or completeness.
    .where(and(inArray(surveyResponses.locusUnitId, ids), isNull(surveyResponses.excludedAt)))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));

  const evidenceByAnswer = groupBy(evidenceRows, (row) => row.answerId);
  const productsByUnit = groupBy(productRows, (row) => row.unitId);
  const respondentsByUnit = groupBy(respondentRows, (row) => row.locusUnitId);
  const answersByUnit = groupBy(answerRows, (row) => row.locusUnitId);
  const surveysByUnit = groupBy(surveyRows, (row) => row.locusUnitId);
  return unitRows.map((unit) => ({
    ...unit,
    productCount: productsByUnit.get(unit.unitId)?.length ?? 0,
    respondents: (respondentsByUnit.get(unit.locusUnitId) ?? []).map(({ id, roleCode, name }) => ({
      id,
      roleCode,
      name,
    })),
    answers: (answersByUnit.get(unit.locusUnitId) ?? []).map((answer) => ({
      id: answer.id,
      respondentId: answer.respondentId,
      indicatorCode: answer.indicatorCode,
      level: answer.level,
      evidenceFiles: (evidenceByAnswer.get(answer.id) ?? []).map((row) => row.fileSha256),
    })),
    surveyResponses: (surveysByUnit.get(unit.locusUnitId) ?? []).map(({ id, levels }) => ({ id, levels })),
  }));
}

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

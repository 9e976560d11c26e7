import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { EntityAnswers, UnitAnswers } from '../../src/core';
import type { DatabaseConnection } from '../../src/server/db/database';
import { answerEvidence, answers, respondents, surveyResponses } from '../../src/server/db/schema/collection';
import { cycles, loci, locusUnits } from '../../src/server/db/schema/cycles';
import { entities } from '../../src/server/db/schema/entities';
import { storedFiles } from '../../src/server/db/schema/stored-files';
import { units } from '../../src/server/db/schema/units';

/**
 * Field data written straight to the tables (as the collection screens would), for one unit of a locus, and
 * the same data as the core's UnitAnswers so a test can score it directly and compare.
 */
export async function recordUnitAnswers(
  database: DatabaseConnection,
  input: {
    year: number;
    entityCode: string;
    unitId: string;
    knowledgeLevels: readonly number[];
    /** Assessor answers: [indicator, level, with evidence]. */
    observed: readonly (readonly [string, number, boolean])[];
    surveys: readonly Record<string, number>[];
  },
): Promise<UnitAnswers> {
  const { db } = database;
  const [row] = await db
    .select({ locusUnitId: locusUnits.id, name: units.name, type: units.unitTypeCode })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(and(eq(cycles.year, input.year), eq(entities.code, input.entityCode), eq(units.id, input.unitId)));
  if (!row) throw new Error(`no locus unit ${input.unitId}`);
  const [head] = await db
    .insert(respondents)
    .values({ locusUnitId: row.locusUnitId, roleCode: 'kepala-unit', name: 'Kepala Dinas' })
    .returning();
  if (!head) throw new Error('respondent not inserted');
  const result: UnitAnswers = {
    code: input.unitId,
    name: row.name,
    type: row.type,
    respondents: [{ id: head.id, role: 'kepala-unit', name: 'Kepala Dinas' }],
    answers: [],
  };
  const scored = result.answers as UnitAnswers['answers'][number][];
  const people = result.respondents as UnitAnswers['respondents'][number][];
  for (const [index, level] of input.knowledgeLevels.entries()) {
    const indicator = `INP-K0${index + 1}`;
    await db
      .insert(answers)
      .values({ locusUnitId: row.locusUnitId, respondentId: head.id, indicatorCode: indicator, level });
    scored.push({ indicator, respondent: head.id, level });
  }
  for (const [indicator, level, withEvidence] of input.observed) {
    const [answer] = await db
      .insert(answers)
      .values({ locusUnitId: row.locusUnitId, respondentId: null, indicatorCode: indicator, level })
      .returning();
    if (!answer) throw new Error('answer not inserted');
    const sha256 = createHash('sha256').update(`${input.unitId}/${indicator}`).digest('hex');
    if (withEvidence) {
      await db
        .insert(storedFiles)
        .values({ sha256, sizeBytes: 10, mediaType: 'application/pdf' })
        .onConflictDoNothing();
      await db
        .insert(answerEvidence)
        .values({ answerId: answer.id, fileSha256: sha256, fileName: 'bukti.pdf' });
    }
    scored.push({ indicator, respondent: 'asesor', level, ...(withEvidence ? { evidence: [sha256] } : {}) });
  }
  if (input.observed.length > 0) people.push({ id: 'asesor', role: 'asesor' });
  for (const [index, levels] of input.surveys.entries()) {
    const [response] = await db
      .insert(surveyResponses)
      .values({ locusUnitId: row.locusUnitId, deviceTokenSha256: `device-${input.unitId}-${index}`, levels })
      .returning();
    if (!response) throw new Error('survey response not inserted');
    people.push({ id: `survey:${response.id}`, role: 'pengguna-layanan' });
    for (const [indicator, level] of Object.entries(levels))
      scored.push({ indicator, respondent: `survey:${response.id}`, level });
  }
  return result;
}

/** Changes one stored knowledge answer of a unit (as a corrected answer after an accepted objection). */
export async function changeKnowledgeAnswer(
  database: DatabaseConnection,
  unitId: string,
  indicatorCode: string,
  level: number,
): Promise<void> {
  const { db } = database;
  const [row] = await db.select({ id: locusUnits.id }).from(locusUnits).where(eq(locusUnits.unitId, unitId));
  if (!row) throw new Error(`no locus unit of ${unitId}`);
  await db
    .update(answers)
    .set({ level })
    .where(and(eq(answers.locusUnitId, row.id), eq(answers.indicatorCode, indicatorCode)));
}

/** The entity as the core reads it: units with no answers still count (they score the lowest level). */
export function entityAnswersOf(
  entity: { code: string; name: string; kind: string; province: string },
  unitsAnswers: readonly UnitAnswers[],
): EntityAnswers {
  return { ...entity, units: unitsAnswers };
}

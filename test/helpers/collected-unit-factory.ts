import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { buildCollectionForms } from '../../src/core/collection/build-collection-forms';
import type { Methodology } from '../../src/core/methodology/methodology.schema';
import type { Queryable } from '../../src/server/db/database';
import { answerEvidence, answers, respondents, surveyResponses } from '../../src/server/db/schema/collection';
import { loci, locusUnits } from '../../src/server/db/schema/cycles';
import { entities } from '../../src/server/db/schema/entities';
import { storedFiles } from '../../src/server/db/schema/stored-files';
import { units } from '../../src/server/db/schema/units';
import { findCachedEdition } from '../../src/server/methodologies/cached-methodology-catalog';

/** The 4 officials interviewed at every unit (ombudsman-kepatuhan editions). */
export const officialRoles = ['kepala-unit', 'petugas-pelayanan', 'ketua-tim-pengaduan', 'petugas-pengaduan'];

export async function methodologyOf(ref: string): Promise<Methodology> {
  const edition = await findCachedEdition(ref);
  if (!edition) throw new Error(`edition ${ref} missing`);
  return edition.methodology;
}

/** The locus_units row of a unit of an entity's locus (the only cycle in these tests). */
export async function findLocusUnitId(db: Queryable, entityCode: string, unitId: string): Promise<string> {
  const [row] = await db
    .select({ id: locusUnits.id })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(and(eq(entities.code, entityCode), eq(locusUnits.unitId, unitId)));
  if (!row) throw new Error(`no locus unit for ${entityCode}/${unitId}`);
  return row.id;
}

export interface FillOptions {
  /** Officials to record (default: all four). */
  roles?: readonly string[];
  /** Leave these indicators unanswered. */
  skipIndicators?: readonly string[];
  /** Answer these without attaching evidence. */
  withoutEvidence?: readonly string[];
  surveyResponses?: number;
}

/**
 * Writes a unit's field data straight into the tables, as the collection screens would: the officials,
 * every answer of theirs and of the assessor at level 2, evidence where the methodology needs it, and
 * survey responses from distinct devices.
 */
export async function fillLocusUnit(
  db: Queryable,
  methodology: Methodology,
  locusUnitId: string,
  options: FillOptions = {},
): Promise<void> {
  const [unit] = await db
    .select({ unitTypeCode: units.unitTypeCode, kind: entities.kind })
    .from(locusUnits)
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .innerJoin(entities, eq(entities.id, units.entityId))
    .where(eq(locusUnits.id, locusUnitId));
  if (!unit) throw new Error('locus unit missing');
  const forms = buildCollectionForms(methodology, { entityKind: unit.kind, unitType: unit.unitTypeCode });
  const sha256 = createHash('sha256').update('bukti dukung').digest('hex');
  await db
    .insert(storedFiles)
    .values({ sha256, sizeBytes: 12, mediaType: 'application/pdf' })
    .onConflictDoNothing();
  const skip = new Set(options.skipIndicators ?? []);
  const bare = new Set(options.withoutEvidence ?? []);
  const respondentIds = new Map<string, string | null>([['asesor', null]]);
  for (const role of options.roles ?? officialRoles) {
    const [row] = await db
      .insert(respondents)
      .values({ locusUnitId, roleCode: role, name: `Pejabat ${role}` })
      .returning({ id: respondents.id });
    if (row) respondentIds.set(role, row.id);
  }
  for (const form of forms.byRole) {
    if (!respondentIds.has(form.role.code)) continue;
    const respondentId = respondentIds.get(form.role.code) ?? null;
    for (const question of form.questions) {
      if (skip.has(question.indicatorCode)) continue;
      const [answer] = await db
        .insert(answers)
        .values({ locusUnitId, respondentId, indicatorCode: question.indicatorCode, level: 2 })
        .returning({ id: answers.id });
      if (answer && question.needsEvidence && !bare.has(question.indicatorCode)) {
        await db
          .insert(answerEvidence)
          .values({ answerId: answer.id, fileSha256: sha256, fileName: 'bukti.pdf' });
      }
    }
  }
  const surveyQuestions = forms.byMethod.survey.map((question) => question.indicatorCode);
  for (let device = 0; device < (options.surveyResponses ?? 0); device += 1) {
    await db.insert(surveyResponses).values({
      locusUnitId,
      deviceTokenSha256: createHash('sha256').update(`${locusUnitId}-${device}`).digest('hex'),
      levels: Object.fromEntries(surveyQuestions.map((code) => [code, 2])),
    });
  }
}

/** Removes everything recorded at a locus unit (officials, answers with their evidence, survey responses). */
export async function clearLocusUnit(db: Queryable, locusUnitId: string): Promise<void> {
  await db.delete(answers).where(eq(answers.locusUnitId, locusUnitId));
  await db.delete(respondents).where(eq(respondents.locusUnitId, locusUnitId));
  await db.delete(surveyResponses).where(eq(surveyResponses.locusUnitId, locusUnitId));
}

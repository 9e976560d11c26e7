import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../database';
import { answerEvidence, answers, respondents } from '../schema/collection';
import { locusUnits } from '../schema/cycles';
import { storedFiles } from '../schema/stored-files';
import { units } from '../schema/units';

/** An evidence row with its stored file's facts and the answer it supports. */
export interface EvidenceView {
  id: string;
  answerId: string;
  indicatorCode: string;
  respondentId: string | null;
  fileName: string;
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
}

const evidenceColumns = {
  id: answerEvidence.id,
  answerId: answerEvidence.answerId,
  indicatorCode: answers.indicatorCode,
  respondentId: answers.respondentId,
  fileName: answerEvidence.fileName,
  sha256: answerEvidence.fileSha256,
  mediaType: storedFiles.mediaType,
  sizeBytes: storedFiles.sizeBytes,
  takenAt: answerEvidence.takenAt,
  latitude: answerEvidence.latitude,
  longitude: answerEvidence.longitude,
  createdAt: answerEvidence.createdAt,
};

export async function respondentBelongsToUnit(
  db: Queryable,
  locusUnitId: string,
  respondentId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: respondents.id })
    .from(respondents)
    .where(and(eq(respondents.id, respondentId), eq(respondents.locusUnitId, locusUnitId)));
  return row !== undefined;
}

/**
 * The answer of (unit, respondent, indicator), created empty (no level, no note, version 1) when the first
 * evidence arrives before any answer. `created` says which, for the audit entry.
 */
export async function findOrCreateAnswer(
  db: Queryable,
  values: { locusUnitId: string; respondentId: string | null; indicatorCode: string; userId: string | null },
): Promise<{ id: string; version: number; created: boolean }> {
  const [inserted] = await db
    .insert(answers)
    .values({
      locusUnitId: values.locusUnitId,
      respondentId: values.respondentId,
      indicatorCode: values.indicatorCode,
      level: null,
      note: '',
      version: 1,
      updatedByUserId: values.userId,
    })
    .onConflictDoNothing()
    .returning({ id: answers.id, version: answers.version });
  if (inserted) return { ...inserted, created: true };
  const [existing] = await db
    .select({ id: answers.id, version: answers.version })
    .from(answers)
    .where(
      and(
        eq(answers.locusUnitId, values.locusUnitId),
        values.respondentId === null
          ? isNull(answers.respondentId)
          : eq(answers.respondentId, values.respondentId),
        eq(answers.indicatorCode, values.indicatorCode),
      ),
    );
  if (!existing) throw new Error('answer neither inserted nor found');
  return { ...existing, created: false };
}

/** Attaches a stored file to an answer; the same file on the same answer again gives the existing row. */
export async function attachEvidence(
  db: Queryable,
  values: typeof answerEvidence.$inferInsert,
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await db
    .insert(answerEvidence)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: answerEvidence.id });
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: answerEvidence.id })
    .from(answerEvidence)
    .where(
      and(eq(answerEvidence.answerId, values.answerId), eq(answerEvidence.fileSha256, values.fileSha256)),
    );
  if (!existing) throw new Error('evidence neither inserted nor found');
  return { id: existing.id, created: false };
}

/** One evidence item of the locus unit (undefined when it belongs to another unit). */
export async function findEvidence(
  db: Queryable,
  locusUnitId: string,
  evidenceId: string,
): Promise<EvidenceView | undefined> {
  const [row] = await db
    .select(evidenceColumns)
    .from(answerEvidence)
    .innerJoin(answers, eq(answers.id, answerEvidence.answerId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, answerEvidence.fileSha256))
    .where(and(eq(answerEvidence.id, evidenceId), eq(answers.locusUnitId, locusUnitId)));
  return row;
}

export async function deleteEvidence(db: Queryable, evidenceId: string): Promise<void> {
  await db.delete(answerEvidence).where(eq(answerEvidence.id, evidenceId));
}

/** Every evidence file of a locus with the unit it belongs to, by unit name, indicator and upload time. */
export async function listEvidenceOfLocus(
  db: Queryable,
  locusId: string,
): Promise<(EvidenceView & { unitName: string })[]> {
  return db
    .select({ ...evidenceColumns, unitName: units.name })
    .from(answerEvidence)
    .innerJoin(answers, eq(answers.id, answerEvidence.answerId))
    .innerJoin(locusUnits, eq(locusUnits.id, answers.locusUnitId))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .innerJoin(storedFiles, eq(storedFiles.sha256, answerEvidence.fileSha256))
    .where(eq(locusUnits.locusId, locusId))
    .orderBy(
      asc(units.name),
      asc(answers.indicatorCode),
      asc(answerEvidence.createdAt),
      asc(answerEvidence.id),
    );
}

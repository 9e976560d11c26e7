import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { answerEvidence, answers } from '../schema/collection';
import { storedFiles } from '../schema/stored-files';
import { users } from '../schema/users';

/** An answer with the name of who saved it last. */
export interface AnswerWithAuthor {
  id: string;
  locusUnitId: string;
  respondentId: string | null;
  indicatorCode: string;
  level: number | null;
  note: string;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface AnswerKey {
  locusUnitId: string;
  respondentId: string | null;
  indicatorCode: string;
}

export interface AnswerValues {
  level: number | null;
  note: string;
  updatedByUserId: string | null;
}

const answerColumns = {
  id: answers.id,
  locusUnitId: answers.locusUnitId,
  respondentId: answers.respondentId,
  indicatorCode: answers.indicatorCode,
  level: answers.level,
  note: answers.note,
  version: answers.version,
  updatedAt: answers.updatedAt,
  updatedByName: users.name,
};

function whereKey(key: AnswerKey): SQL | undefined {
  return and(
    eq(answers.locusUnitId, key.locusUnitId),
    key.respondentId === null ? isNull(answers.respondentId) : eq(answers.respondentId, key.respondentId),
    eq(answers.indicatorCode, key.indicatorCode),
  );
}

export async function listAnswersOfUnit(db: Queryable, locusUnitId: string): Promise<AnswerWithAuthor[]> {
  return db
    .select(answerColumns)
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(eq(answers.locusUnitId, locusUnitId))
    .orderBy(asc(answers.indicatorCode), asc(answers.id));
}

export async function findAnswer(db: Queryable, key: AnswerKey): Promise<AnswerWithAuthor | undefined> {
  const [row] = await db
    .select(answerColumns)
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(whereKey(key));
  return row;
}

/**
 * The first save of an answer: one statement that inserts, or does nothing when someone else inserted it first
 * (the unique key on unit, respondent and indicator decides). Returns the new id, or undefined on a lost race.
 */
export async function insertAnswerIfAbsent(
  db: Queryable,
  key: AnswerKey,
  values: AnswerValues,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .insert(answers)
    .values({ ...key, ...values, version: 1, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: answers.id });
  return row?.id;
}

/**
 * A later save: one statement that changes the answer only if it is still at `expectedVersion`. Concurrent
 * saves naming the same version serialise on the row lock; the second sees the new version and changes nothing.
 */
export async function updateAnswerAtVersion(
  db: Queryable,
  key: AnswerKey,
  expectedVersion: number,
  values: AnswerValues,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .update(answers)
    .set({ ...values, version: sql`${answers.version} + 1`, updatedAt: now })
    .where(and(whereKey(key), eq(answers.version, expectedVersion)))
    .returning({ id: answers.id });
  return row?.id;
}

export interface EvidenceWithFile {
  id: string;
  answerId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  uploadedAt: Date;
}

export async function listEvidenceOfAnswers(
  db: Queryable,
  answerIds: readonly string[],
): Promise<EvidenceWithFile[]> {
  if (answerIds.length === 0) return [];
  return db
    .select({
      id: answerEvidence.id,
      answerId: answerEvidence.answerId,
      fileName: answerEvidence.fileName,
      mediaType: storedFiles.mediaType,
      sizeBytes: storedFiles.sizeBytes,
      sha256: storedFiles.sha256,
      takenAt: answerEvidence.takenAt,
      latitude: answerEvidence.latitude,
      longitude: answerEvidence.longitude,
      uploadedAt: answerEvidence.createdAt,
    })
    .from(answerEvidence)
    .innerJoin(storedFiles, eq(storedFiles.sha256, answerEvidence.fileSha256))
    .where(inArray(answerEvidence.answerId, [...answerIds]))
    .orderBy(asc(answerEvidence.createdAt), asc(answerEvidence.id));
}

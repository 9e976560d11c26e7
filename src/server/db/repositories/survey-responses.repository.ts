import { and, asc, count, desc, eq, gt, min, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../database';
import { surveyResponses } from '../schema/collection';
import { users } from '../schema/users';

/** Advisory-lock namespace of survey clients ("SU"), apart from the migration lock's single-key space. */
const surveyClientLockNamespace = 0x5355;

/**
 * Serialises, until the transaction ends, every response from one client to one unit (the hash already names
 * the unit), on every app process sharing the database: the cap's count and the insert then cannot interleave.
 * Two clients whose hashes share 32 bits wait for each other briefly; nothing else happens.
 */
export async function lockSurveyClient(tx: Transaction, clientHash: string): Promise<void> {
  const key = Number.parseInt(clientHash.slice(0, 8), 16) | 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${surveyClientLockNamespace}, ${key})`);
}

/** Responses of one client to one unit after `since` (excluded ones too: the cap is on what was accepted). */
export async function countClientResponsesSince(
  db: Queryable,
  locusUnitId: string,
  clientHash: string,
  since: Date,
): Promise<{ total: number; oldest: Date | null }> {
  const [row] = await db
    .select({ total: count(), oldest: min(surveyResponses.submittedAt) })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.locusUnitId, locusUnitId),
        eq(surveyResponses.clientHash, clientHash),
        gt(surveyResponses.submittedAt, since),
      ),
    );
  const oldest = row?.oldest ?? null;
  return { total: row?.total ?? 0, oldest: oldest === null ? null : new Date(oldest) };
}

export interface StoredSurveyResponse {
  id: string;
  submittedAt: Date;
  levels: Record<string, number>;
  clientHash: string | null;
  excludedAt: Date | null;
  exclusionNote: string | null;
  excludedByName: string | null;
  receiptNumber: string | null;
  proofSeenAt: Date | null;
  receivedAfterSubmission: boolean;
}

const storedColumns = {
  id: surveyResponses.id,
  submittedAt: surveyResponses.submittedAt,
  levels: surveyResponses.levels,
  clientHash: surveyResponses.clientHash,
  excludedAt: surveyResponses.excludedAt,
  exclusionNote: surveyResponses.exclusionNote,
  excludedByName: users.name,
  receiptNumber: surveyResponses.receiptNumber,
  proofSeenAt: surveyResponses.proofSeenAt,
  receivedAfterSubmission: surveyResponses.receivedAfterSubmission,
};

/** Every response to the unit, excluded or not, newest first. */
export async function listSurveyResponsesOfUnit(
  db: Queryable,
  locusUnitId: string,
): Promise<StoredSurveyResponse[]> {
  return db
    .select(storedColumns)
    .from(surveyResponses)
    .leftJoin(users, eq(users.id, surveyResponses.excludedByUserId))
    .where(eq(surveyResponses.locusUnitId, locusUnitId))
    .orderBy(desc(surveyResponses.submittedAt), asc(surveyResponses.id));
}

export async function findSurveyResponseOfUnit(
  db: Queryable,
  locusUnitId: string,
  responseId: string,
): Promise<StoredSurveyResponse | undefined> {
  const [row] = await db
    .select(storedColumns)
    .from(surveyResponses)
    .leftJoin(users, eq(users.id, surveyResponses.excludedByUserId))
    .where(and(eq(surveyResponses.locusUnitId, locusUnitId), eq(surveyResponses.id, responseId)));
  return row;
}

/** Excludes (with who, when and why) or re-includes one response of the unit; false when there is none. */
export async function setSurveyResponseExclusion(
  db: Queryable,
  change: {
    locusUnitId: string;
    responseId: string;
    excluded: boolean;
    note: string;
    userId: string;
    at: Date;
  },
): Promise<boolean> {
  const updated = await db
    .update(surveyResponses)
    .set(
      change.excluded
        ? { excludedAt: change.at, excludedByUserId: change.userId, exclusionNote: change.note }
        : { excludedAt: null, excludedByUserId: null, exclusionNote: null },
    )
    .where(
      and(eq(surveyResponses.locusUnitId, change.locusUnitId), eq(surveyResponses.id, change.responseId)),
    )
    .returning({ id: surveyResponses.id });
  return updated.length > 0;
}

import { and, asc, count, desc, eq, gt, isNull, min, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../database';
import { cycles, loci } from '../schema/cycles';
import { entities } from '../schema/entities';
import { publicTrustResponses, publicTrustSurveys } from '../schema/public-trust';
import { users } from '../schema/users';
import type { CycleRow } from './cycles.repository';

/** What the public page needs about the entity behind a public-trust survey code. */
export interface TrustSurveyTarget {
  locusId: string;
  approval: (typeof loci.$inferSelect)['approval'];
  entityName: string;
  entityCode: string;
  cycle: CycleRow;
}

export async function findTrustSurveyTargetByCode(
  db: Queryable,
  code: string,
): Promise<TrustSurveyTarget | undefined> {
  const [row] = await db
    .select({
      locusId: loci.id,
      approval: loci.approval,
      entityName: entities.officialName,
      entityCode: entities.code,
      cycle: cycles,
    })
    .from(publicTrustSurveys)
    .innerJoin(loci, eq(loci.id, publicTrustSurveys.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(eq(publicTrustSurveys.code, code));
  return row;
}

export async function findTrustSurveyCode(db: Queryable, locusId: string): Promise<string | null> {
  const [row] = await db
    .select({ code: publicTrustSurveys.code })
    .from(publicTrustSurveys)
    .where(eq(publicTrustSurveys.locusId, locusId));
  return row?.code ?? null;
}

/** Gives the locus its code unless it has one (the primary key decides between two staff at once). */
export async function insertTrustSurveyIfAbsent(
  db: Queryable,
  locusId: string,
  code: string,
): Promise<boolean> {
  const inserted = await db
    .insert(publicTrustSurveys)
    .values({ locusId, code })
    .onConflictDoNothing({ target: publicTrustSurveys.locusId })
    .returning({ code: publicTrustSurveys.code });
  return inserted.length > 0;
}

export async function isTrustSurveyCodeTaken(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: publicTrustSurveys.code })
    .from(publicTrustSurveys)
    .where(eq(publicTrustSurveys.code, code));
  return row !== undefined;
}

/** Responses that count towards the quota: a verifier's exclusions are left out. */
export async function countTrustResponses(db: Queryable, locusId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(publicTrustResponses)
    .where(and(eq(publicTrustResponses.locusId, locusId), isNull(publicTrustResponses.excludedAt)));
  return row?.total ?? 0;
}

export async function hasTrustResponseFromDevice(
  db: Queryable,
  locusId: string,
  deviceTokenSha256: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: publicTrustResponses.id })
    .from(publicTrustResponses)
    .where(
      and(
        eq(publicTrustResponses.locusId, locusId),
        eq(publicTrustResponses.deviceTokenSha256, deviceTokenSha256),
      ),
    );
  return row !== undefined;
}

/** Advisory-lock namespace of public-trust clients ("KP"), apart from the service-user survey's ("SU"). */
const trustClientLockNamespace = 0x4b50;

/** As lockSurveyClient: the cap's count and the insert of one client cannot interleave, on any process. */
export async function lockTrustClient(tx: Transaction, clientHash: string): Promise<void> {
  const key = Number.parseInt(clientHash.slice(0, 8), 16) | 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${trustClientLockNamespace}, ${key})`);
}

export async function countTrustClientResponsesSince(
  db: Queryable,
  locusId: string,
  clientHash: string,
  since: Date,
): Promise<{ total: number; oldest: Date | null }> {
  const [row] = await db
    .select({ total: count(), oldest: min(publicTrustResponses.submittedAt) })
    .from(publicTrustResponses)
    .where(
      and(
        eq(publicTrustResponses.locusId, locusId),
        eq(publicTrustResponses.clientHash, clientHash),
        gt(publicTrustResponses.submittedAt, since),
      ),
    );
  const oldest = row?.oldest ?? null;
  return { total: row?.total ?? 0, oldest: oldest === null ? null : new Date(oldest) };
}

/** Stores one response unless this device already answered the entity (the unique index decides). */
export async function insertTrustResponse(
  db: Queryable,
  response: {
    locusId: string;
    deviceTokenSha256: string;
    clientHash: string | null;
    answers: Record<string, number>;
    submittedAt: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insert(publicTrustResponses)
    .values(response)
    .onConflictDoNothing()
    .returning({ id: publicTrustResponses.id });
  return inserted.length > 0;
}

export interface StoredTrustResponse {
  id: string;
  submittedAt: Date;
  answers: Record<string, number>;
  clientHash: string | null;
  excludedAt: Date | null;
  exclusionNote: string | null;
  excludedByName: string | null;
}

const storedColumns = {
  id: publicTrustResponses.id,
  submittedAt: publicTrustResponses.submittedAt,
  answers: publicTrustResponses.answers,
  clientHash: publicTrustResponses.clientHash,
  excludedAt: publicTrustResponses.excludedAt,
  exclusionNote: publicTrustResponses.exclusionNote,
  excludedByName: users.name,
};

/** Every response to the entity's survey, excluded or not, newest first. */
export async function listTrustResponses(db: Queryable, locusId: string): Promise<StoredTrustResponse[]> {
  return db
    .select(storedColumns)
    .from(publicTrustResponses)
    .leftJoin(users, eq(users.id, publicTrustResponses.excludedByUserId))
    .where(eq(publicTrustResponses.locusId, locusId))
    .orderBy(desc(publicTrustResponses.submittedAt), asc(publicTrustResponses.id));
}

export async function findTrustResponse(
  db: Queryable,
  locusId: string,
  responseId: string,
): Promise<StoredTrustResponse | undefined> {
  const [row] = await db
    .select(storedColumns)
    .from(publicTrustResponses)
    .leftJoin(users, eq(users.id, publicTrustResponses.excludedByUserId))
    .where(and(eq(publicTrustResponses.locusId, locusId), eq(publicTrustResponses.id, responseId)));
  return row;
}

export async function setTrustResponseExclusion(
  db: Queryable,
  change: { locusId: string; responseId: string; excluded: boolean; note: string; userId: string; at: Date },
): Promise<void> {
  await db
    .update(publicTrustResponses)
    .set(
      change.excluded
        ? { excludedAt: change.at, excludedByUserId: change.userId, exclusionNote: change.note }
        : { excludedAt: null, excludedByUserId: null, exclusionNote: null },
    )
    .where(
      and(eq(publicTrustResponses.locusId, change.locusId), eq(publicTrustResponses.id, change.responseId)),
    );
}

/** Any answer at all, excluded or not: a locus holding one keeps it (see remove-loci). */
export async function hasAnyTrustResponse(db: Queryable, locusId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: publicTrustResponses.id })
    .from(publicTrustResponses)
    .where(eq(publicTrustResponses.locusId, locusId))
    .limit(1);
  return row !== undefined;
}

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import {
  type CoachingSessionRow,
  coachingAttachments,
  coachingSessionItems,
  coachingSessions,
  type StoredCoachingAttendee,
} from '../schema/coaching';
import { entities } from '../schema/entities';
import { storedFiles } from '../schema/stored-files';

export type { CoachingSessionRow, StoredCoachingAttendee };

export interface SessionWithEntity {
  session: CoachingSessionRow;
  entityCode: string | null;
  entityName: string | null;
}

export async function insertCoachingSession(
  db: Queryable,
  values: typeof coachingSessions.$inferInsert,
): Promise<CoachingSessionRow> {
  const [row] = await db.insert(coachingSessions).values(values).returning();
  if (!row) throw new Error('insert into coaching_sessions returned no row');
  return row;
}

export async function updateCoachingSessionIfVersion(
  db: Queryable,
  id: string,
  expectedVersion: number,
  changes: Pick<CoachingSessionRow, 'heldOn' | 'topic' | 'facilitator' | 'attendees' | 'notes'>,
  now: Date,
): Promise<CoachingSessionRow | undefined> {
  const [row] = await db
    .update(coachingSessions)
    .set({ ...changes, updatedAt: now, version: sql`${coachingSessions.version} + 1` })
    .where(and(eq(coachingSessions.id, id), eq(coachingSessions.version, expectedVersion)))
    .returning();
  return row;
}

const sessionColumns = {
  session: coachingSessions,
  entityCode: entities.code,
  entityName: entities.officialName,
};

export async function findCoachingSession(db: Queryable, id: string): Promise<SessionWithEntity | undefined> {
  const [row] = await db
    .select(sessionColumns)
    .from(coachingSessions)
    .leftJoin(entities, eq(entities.id, coachingSessions.entityId))
    .where(eq(coachingSessions.id, id));
  return row;
}

/**
 * Sessions newest first. `entityId` with `includeProvinceWide` also lists the province-wide sessions of
 * the province (what an entity took part in).
 */
export async function listCoachingSessions(
  db: Queryable,
  filter: { provinceCodes?: readonly string[]; entityId?: string },
): Promise<SessionWithEntity[]> {
  return db
    .select(sessionColumns)
    .from(coachingSessions)
    .leftJoin(entities, eq(entities.id, coachingSessions.entityId))
    .where(
      and(
        filter.provinceCodes ? inArray(coachingSessions.provinceCode, [...filter.provinceCodes]) : undefined,
        filter.entityId ? eq(coachingSessions.entityId, filter.entityId) : undefined,
      ),
    )
    .orderBy(desc(coachingSessions.heldOn), desc(coachingSessions.createdAt));
}

export async function replaceSessionItems(
  db: Queryable,
  sessionId: string,
  planItemIds: readonly string[],
): Promise<void> {
  await db.delete(coachingSessionItems).where(eq(coachingSessionItems.sessionId, sessionId));
  if (planItemIds.length > 0)
    await db
      .insert(coachingSessionItems)
      .values([...new Set(planItemIds)].map((planItemId) => ({ sessionId, planItemId })));
}

export async function listSessionItemIds(
  db: Queryable,
  sessionIds: readonly string[],
): Promise<{ sessionId: string; planItemId: string }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(coachingSessionItems)
    .where(inArray(coachingSessionItems.sessionId, [...sessionIds]));
}

export async function addCoachingAttachment(
  db: Queryable,
  values: typeof coachingAttachments.$inferInsert,
): Promise<void> {
  await db.insert(coachingAttachments).values(values).onConflictDoNothing();
}

export async function listCoachingAttachments(
  db: Queryable,
  sessionIds: readonly string[],
): Promise<{ sessionId: string; sha256: string; fileName: string; mediaType: string; sizeBytes: number }[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: coachingAttachments.sessionId,
      sha256: coachingAttachments.fileSha256,
      fileName: coachingAttachments.fileName,
      mediaType: storedFiles.mediaType,
      sizeBytes: storedFiles.sizeBytes,
    })
    .from(coachingAttachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, coachingAttachments.fileSha256))
    .where(inArray(coachingAttachments.sessionId, [...sessionIds]))
    .orderBy(asc(coachingAttachments.createdAt));
}

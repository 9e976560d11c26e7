import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { reviewNotes } from '../schema/collection';
import {
  type LocusRow,
  type LocusUnitRow,
  type LocusUnitStatus,
  loci,
  locusUnits,
  type StoredVerificationOverride,
} from '../schema/cycles';
import { units } from '../schema/units';
import { users } from '../schema/users';

/**
 * Takes the locus row lock for the rest of the transaction. Every workflow change of a locus and its units
 * takes it first, so a unit transition and the entity's approval never interleave (no approval of a locus
 * whose unit is being reopened at the same moment).
 */
export async function lockLocus(db: Queryable, locusId: string): Promise<LocusRow | undefined> {
  const [row] = await db.select().from(loci).where(eq(loci.id, locusId)).for('update');
  return row;
}

/**
 * Moves a locus unit to `to` only if it is still in one of `from`: the update itself checks the status it
 * expects, so of two concurrent transitions exactly one changes the row. Undefined when nothing changed.
 */
export async function transitionLocusUnit(
  db: Queryable,
  locusUnitId: string,
  from: readonly LocusUnitStatus[],
  to: LocusUnitStatus,
  now: Date,
): Promise<LocusUnitRow | undefined> {
  const [row] = await db
    .update(locusUnits)
    .set({ status: to, statusChangedAt: now })
    .where(and(eq(locusUnits.id, locusUnitId), inArray(locusUnits.status, [...from])))
    .returning();
  return row;
}

/** Marks the unit's open review notes as dealt with (the unit was submitted again). Returns how many. */
export async function resolveOpenReviewNotes(db: Queryable, locusUnitId: string, now: Date): Promise<number> {
  const rows = await db
    .update(reviewNotes)
    .set({ resolvedAt: now })
    .where(and(eq(reviewNotes.locusUnitId, locusUnitId), isNull(reviewNotes.resolvedAt)))
    .returning({ id: reviewNotes.id });
  return rows.length;
}

export async function insertReviewNotes(
  db: Queryable,
  rows: {
    locusUnitId: string;
    indicatorCode: string | null;
    note: string;
    authorUserId: string;
    createdAt: Date;
  }[],
): Promise<void> {
  if (rows.length > 0) await db.insert(reviewNotes).values(rows);
}

export interface ReviewNoteView {
  id: string;
  indicatorCode: string | null;
  note: string;
  authorName: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** The unit's review notes with their authors, newest first (or oldest first, as the unit page lists them). */
export async function listReviewNotes(
  db: Queryable,
  locusUnitId: string,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): Promise<ReviewNoteView[]> {
  return db
    .select({
      id: reviewNotes.id,
      indicatorCode: reviewNotes.indicatorCode,
      note: reviewNotes.note,
      authorName: users.name,
      createdAt: reviewNotes.createdAt,
      resolvedAt: reviewNotes.resolvedAt,
    })
    .from(reviewNotes)
    .leftJoin(users, eq(users.id, reviewNotes.authorUserId))
    .where(eq(reviewNotes.locusUnitId, locusUnitId))
    .orderBy(
      order === 'newest-first' ? desc(reviewNotes.createdAt) : asc(reviewNotes.createdAt),
      asc(reviewNotes.indicatorCode),
      asc(reviewNotes.id),
    );
}

/** The assessed units of a locus with their workflow status, by name. */
export async function listLocusUnitStatuses(
  db: Queryable,
  locusId: string,
): Promise<
  {
    locusUnitId: string;
    unitId: string;
    name: string;
    status: LocusUnitStatus;
    correctionOpenedAt: Date | null;
    correctionReason: string | null;
    verificationOverrides: StoredVerificationOverride[] | null;
  }[]
> {
  return db
    .select({
      locusUnitId: locusUnits.id,
      unitId: units.id,
      name: units.name,
      status: locusUnits.status,
      correctionOpenedAt: locusUnits.correctionOpenedAt,
      correctionReason: locusUnits.correctionReason,
      verificationOverrides: locusUnits.verificationOverrides,
    })
    .from(locusUnits)
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(eq(locusUnits.locusId, locusId))
    .orderBy(asc(units.name));
}

/**
 * Approves the locus if it is still open, has units and every one of them is verified; the conditions are
 * part of the update, so a concurrent change leaves it unapproved. Undefined when nothing changed.
 */
export async function approveLocusIfReady(
  db: Queryable,
  locusId: string,
  userId: string,
  now: Date,
): Promise<LocusRow | undefined> {
  const [row] = await db
    .update(loci)
    .set({ approval: 'approved', approvedAt: now, approvedByUserId: userId })
    .where(
      and(
        eq(loci.id, locusId),
        eq(loci.approval, 'open'),
        sql`exists (select 1 from ${locusUnits} where ${locusUnits.locusId} = ${loci.id})`,
        sql`not exists (select 1 from ${locusUnits} where ${locusUnits.locusId} = ${loci.id} and ${locusUnits.status} <> 'verified')`,
      ),
    )
    .returning();
  return row;
}

/** Accepts an approved locus; undefined when it was not (or no longer) approved. */
export async function acceptLocusIfApproved(
  db: Queryable,
  locusId: string,
  userId: string,
  now: Date,
): Promise<LocusRow | undefined> {
  const [row] = await db
    .update(loci)
    .set({ approval: 'accepted', acceptedAt: now, acceptedByUserId: userId })
    .where(and(eq(loci.id, locusId), eq(loci.approval, 'approved')))
    .returning();
  return row;
}

/** Locks every unit of the locus (accepted by the centre); returns how many changed. */
export async function lockUnitsOfLocus(db: Queryable, locusId: string, now: Date): Promise<number> {
  const rows = await db
    .update(locusUnits)
    .set({ status: 'locked', statusChangedAt: now })
    .where(and(eq(locusUnits.locusId, locusId), ne(locusUnits.status, 'locked')))
    .returning({ id: locusUnits.id });
  return rows.length;
}

/** Names of users by id (approvers, note authors). */
export async function findUserNames(
  db: Queryable,
  userIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

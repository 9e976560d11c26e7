import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type LocusApproval, type LocusRow, type LocusUnitRow, loci, locusUnits } from '../schema/cycles';

/**
 * Hands the unit back to the assessors for correction (status returned) and marks it reopened, whatever its
 * status was. Undefined when the unit is gone.
 */
export async function markUnitForCorrection(
  db: Queryable,
  locusUnitId: string,
  reason: string,
  now: Date,
): Promise<LocusUnitRow | undefined> {
  const [row] = await db
    .update(locusUnits)
    .set({ status: 'returned', statusChangedAt: now, correctionOpenedAt: now, correctionReason: reason })
    .where(eq(locusUnits.id, locusUnitId))
    .returning();
  return row;
}

/** Unlocks the units of a locus whose acceptance is taken back (locked → verified); returns how many. */
export async function unlockUnitsOfLocus(db: Queryable, locusId: string, now: Date): Promise<number> {
  const rows = await db
    .update(locusUnits)
    .set({ status: 'verified', statusChangedAt: now })
    .where(and(eq(locusUnits.locusId, locusId), eq(locusUnits.status, 'locked')))
    .returning({ id: locusUnits.id });
  return rows.length;
}

/**
 * Moves the locus approval back (accepted → approved, or to open) if it is still `from`; clears the
 * approver/acceptor the step takes back. Undefined when it was no longer `from`.
 */
export async function withdrawLocusApproval(
  db: Queryable,
  locusId: string,
  from: LocusApproval,
  to: LocusApproval,
): Promise<LocusRow | undefined> {
  const clearApproval = to === 'open' ? { approvedAt: null, approvedByUserId: null } : {};
  const [row] = await db
    .update(loci)
    .set({ approval: to, acceptedAt: null, acceptedByUserId: null, ...clearApproval })
    .where(and(eq(loci.id, locusId), eq(loci.approval, from)))
    .returning();
  return row;
}

/** Stores the gaps the verifier let through with their notes (null when none). */
export async function saveVerificationOverrides(
  db: Queryable,
  locusUnitId: string,
  overrides: NonNullable<LocusUnitRow['verificationOverrides']> | null,
): Promise<void> {
  await db.update(locusUnits).set({ verificationOverrides: overrides }).where(eq(locusUnits.id, locusUnitId));
}

export async function findLocusUnitById(
  db: Queryable,
  locusUnitId: string,
): Promise<LocusUnitRow | undefined> {
  const [row] = await db.select().from(locusUnits).where(eq(locusUnits.id, locusUnitId));
  return row;
}

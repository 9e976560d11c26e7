import { and, count, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../database';
import { locusUnits, type StoredVerificationOverride } from '../schema/cycles';
import { objections } from '../schema/objections';

/** How many objections per locus of the cycle are still undecided. */
export async function countOpenObjectionsByLocus(
  db: Queryable,
  cycleId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ locusId: objections.locusId, open: count() })
    .from(objections)
    .where(and(eq(objections.cycleId, cycleId), eq(objections.status, 'open')))
    .groupBy(objections.locusId);
  return new Map(rows.map((row) => [row.locusId, Number(row.open)]));
}

/** The gaps the verifier let through, per locus unit (units without any are left out). */
export async function listVerificationOverrides(
  db: Queryable,
  locusUnitIds: readonly string[],
): Promise<Map<string, StoredVerificationOverride[]>> {
  if (locusUnitIds.length === 0) return new Map();
  const rows = await db
    .select({ id: locusUnits.id, overrides: locusUnits.verificationOverrides })
    .from(locusUnits)
    .where(inArray(locusUnits.id, [...locusUnitIds]));
  return new Map(rows.flatMap((row) => (row.overrides ? [[row.id, row.overrides] as const] : [])));
}

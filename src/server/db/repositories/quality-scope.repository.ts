import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { loci, locusUnits } from '../schema/cycles';

/** The locus unit of (cycle, entity, unit), whoever asks: second assessors are not on the locus team. */
export async function findLocusUnitOfEntity(
  db: Queryable,
  filter: { cycleId: string; entityId: string; unitId: string },
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: locusUnits.id })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .where(
      and(
        eq(loci.cycleId, filter.cycleId),
        eq(loci.entityId, filter.entityId),
        eq(locusUnits.unitId, filter.unitId),
      ),
    );
  return row?.id;
}

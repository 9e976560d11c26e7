import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { cycles, loci, locusAssignments, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';

/** Units sent back by the verifier on loci the user assesses (read only). */
export async function listReturnedUnitsOfAssessor(
  db: Queryable,
  userId: string,
): Promise<
  {
    year: number;
    entityCode: string;
    entityName: string;
    unitId: string;
    unitName: string;
    changedAt: Date | null;
  }[]
> {
  return db
    .select({
      year: cycles.year,
      entityCode: entities.code,
      entityName: entities.officialName,
      unitId: units.id,
      unitName: units.name,
      changedAt: locusUnits.statusChangedAt,
    })
    .from(locusAssignments)
    .innerJoin(loci, eq(loci.id, locusAssignments.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .innerJoin(locusUnits, eq(locusUnits.locusId, loci.id))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .where(
      and(
        eq(locusAssignments.userId, userId),
        eq(locusAssignments.role, 'assessor'),
        eq(locusUnits.status, 'returned'),
      ),
    )
    .orderBy(asc(entities.code), asc(units.name));
}

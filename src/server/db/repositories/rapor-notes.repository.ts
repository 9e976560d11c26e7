import { and, asc, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../database';
import { answers } from '../schema/collection';
import { loci, locusUnits } from '../schema/cycles';

export interface AnswerNoteRow {
  unitId: string;
  indicatorCode: string;
  note: string;
}

/**
 * The notes written with the answers of one entity's locus units in a cycle (the assessors' remarks the
 * rapor prints beside its weakest indicators), in a stable order. Empty notes are left out.
 */
export async function listAnswerNotesOfLocus(
  db: Queryable,
  cycleId: string,
  entityId: string,
): Promise<AnswerNoteRow[]> {
  return db
    .select({ unitId: locusUnits.unitId, indicatorCode: answers.indicatorCode, note: answers.note })
    .from(answers)
    .innerJoin(locusUnits, eq(locusUnits.id, answers.locusUnitId))
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .where(and(eq(loci.cycleId, cycleId), eq(loci.entityId, entityId), ne(answers.note, '')))
    .orderBy(asc(locusUnits.unitId), asc(answers.indicatorCode), asc(answers.id));
}

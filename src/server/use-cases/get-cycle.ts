import type { AuditContext } from '../audit/audit-context';
import { freezeCycleIfDue } from '../cycles/freeze-cycle-if-due';
import type { Database } from '../db/database';
import {
  type CycleRow,
  findCycleByYear,
  listCycles as readCycles,
} from '../db/repositories/cycles.repository';
import { notFoundError } from '../errors';

/** The cycle of a year, frozen first when data collection has opened since it was last loaded. */
export async function getCycle(
  db: Database,
  year: number,
  now: Date,
  context: AuditContext,
): Promise<CycleRow> {
  const cycle = await findCycleByYear(db, year);
  if (!cycle) throw notFoundError();
  if (cycle.methodologySha256 !== null) return cycle;
  return db.transaction(async (tx) => freezeCycleIfDue(tx, cycle, now, context));
}

export async function listCycles(db: Database, now: Date, context: AuditContext): Promise<CycleRow[]> {
  const rows = await readCycles(db);
  const result: CycleRow[] = [];
  for (const cycle of rows) {
    result.push(
      cycle.methodologySha256 !== null
        ? cycle
        : await db.transaction(async (tx) => freezeCycleIfDue(tx, cycle, now, context)),
    );
  }
  return result;
}

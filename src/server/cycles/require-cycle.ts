import type { Queryable } from '../db/database';
import { type CycleRow, findCycleByYear } from '../db/repositories/cycles.repository';
import { notFoundError } from '../errors';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';

export async function requireCycle(db: Queryable, year: number): Promise<CycleRow> {
  const cycle = await findCycleByYear(db, year);
  if (!cycle) throw notFoundError();
  return cycle;
}

/** The edition the cycle runs on (its catalogue entry). */
export async function editionOfCycle(cycle: CycleRow): Promise<CatalogEntry> {
  const edition = await findCachedEdition(cycle.methodologyRef);
  if (!edition) throw new Error(`cycle ${cycle.year} names an edition missing from the catalogue`);
  return edition;
}

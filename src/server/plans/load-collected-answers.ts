import type { EntityAnswers, Methodology } from '../../core';
import { toUnitAnswers } from '../collection/to-unit-answers';
import type { Queryable } from '../db/database';
import { listCollectedUnitRows } from '../db/repositories/collection-answers.repository';
import { findCycleByYear, listCycles } from '../db/repositories/cycles.repository';
import type { EntityRow } from '../db/repositories/entities.repository';
import { findLocus } from '../db/repositories/loci.repository';
import { listLocusUnitRowIds } from '../db/repositories/plan-sources.repository';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';

export interface CollectedAnswers {
  year: number;
  methodologyRef: string;
  methodology: Methodology;
  answers: EntityAnswers;
}

/**
 * The entity's answers collected in the cycle of `year`, as the scoring core's EntityAnswers; undefined
 * when the entity was not a locus that year or nothing has been answered yet.
 */
export async function loadCollectedAnswers(
  db: Queryable,
  entity: EntityRow,
  year: number,
): Promise<CollectedAnswers | undefined> {
  const cycle = await findCycleByYear(db, year);
  if (!cycle) return undefined;
  const locus = await findLocus(db, cycle.id, entity.id);
  if (!locus) return undefined;
  const edition = await findCachedEdition(cycle.methodologyRef);
  if (!edition) return undefined;
  const rows = await listCollectedUnitRows(db, await listLocusUnitRowIds(db, locus.id));
  const hasAnswers = rows.some((row) => row.answers.some((answer) => answer.level !== null));
  if (rows.length === 0 || !hasAnswers) return undefined;
  return {
    year,
    methodologyRef: edition.ref,
    methodology: edition.methodology,
    answers: {
      code: entity.code,
      name: entity.officialName,
      kind: entity.kind,
      ...(entity.provinceCode ? { province: entity.provinceCode } : {}),
      units: rows.map(toUnitAnswers),
    },
  };
}

/** Years of cycles (newest first) in which the entity has collected answers. */
export async function listYearsWithAnswers(db: Queryable, entity: EntityRow): Promise<number[]> {
  const years: number[] = [];
  for (const cycle of (await listCycles(db)).sort((a, b) => b.year - a.year)) {
    if (await loadCollectedAnswers(db, entity, cycle.year)) years.push(cycle.year);
  }
  return years;
}

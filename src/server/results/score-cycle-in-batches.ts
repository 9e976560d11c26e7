import type { Queryable } from '../db/database';
import type {
  ComputedEntityRows,
  CycleLocusForScoring,
} from '../db/repositories/computed-results.repository';
import type { StoredCyclePhase } from '../db/schema/cycles';
import type { CatalogEntry } from '../methodologies/load-methodology-catalog';
import { collectAnswersOfLoci } from './collect-cycle-answers';
import { attachOpinionInputs } from './load-opinion-inputs';
import { requireUnitTypesInEdition } from './require-unit-types-in-edition';
import {
  type LocusSummary,
  rankLociSummaries,
  refuseUnscorable,
  summariseLoci,
  type UnscorableAnswer,
} from './score-cycle-loci';

/** Loci whose field data is read and scored together: bounds memory to a few hundred units' answers. */
const lociPerBatch = 100;

/**
 * The stored rows of a finalise: the loci's field data read, scored and reduced to their rows batch by batch,
 * then ranked all together. A national cycle (~4,100 units, ~350,000 answers and survey answers) never sits in
 * memory at once, nor do its explanation trees (issue #19).
 */
export async function scoreCycleInBatches(
  db: Queryable,
  cycle: { year: number; phases: readonly StoredCyclePhase[] },
  edition: CatalogEntry,
  loci: readonly CycleLocusForScoring[],
): Promise<ComputedEntityRows[]> {
  const summaries: LocusSummary[] = [];
  const problems: UnscorableAnswer[] = [];
  for (let start = 0; start < loci.length; start += lociPerBatch) {
    const collected = await collectAnswersOfLoci(db, loci.slice(start, start + lociPerBatch));
    requireUnitTypesInEdition(
      collected.map(({ answers }) => answers),
      edition.methodology,
    );
    const withInputs = await attachOpinionInputs(db, cycle, edition, collected);
    const batch = summariseLoci(withInputs, edition.methodology, false);
    summaries.push(...batch.summaries);
    problems.push(...batch.problems);
  }
  refuseUnscorable(problems);
  return rankLociSummaries(summaries, edition.methodology);
}

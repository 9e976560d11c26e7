import { sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { unitProgressCounts } from '../schema/progress';
import type { LocusUnitCounts } from './progress.repository';

export interface CountedUnitProgress {
  locusUnitId: string;
  /** The generation read before counting; null: the unit had no counts row. */
  generation: number | null;
  counts: LocusUnitCounts;
}

/**
 * Keeps counts made after reading each unit's generation. A row is written only if its generation is still the
 * one read: a write committed meanwhile (or still open: the update waits for it) has bumped it, and these counts
 * may predate that write, so they are dropped and the unit is counted again on a later read.
 */
export async function keepUnitProgressCounts(
  db: Queryable,
  counted: readonly CountedUnitProgress[],
  evidenceKey: string,
): Promise<void> {
  const missing = counted.filter((unit) => unit.generation === null);
  if (missing.length > 0) {
    await db
      .insert(unitProgressCounts)
      .values(
        // In key order, as the triggers insert: two statements making the same rows never wait on each other.
        [...missing]
          .sort((a, b) => (a.locusUnitId < b.locusUnitId ? -1 : 1))
          .map((unit) => ({
            locusUnitId: unit.locusUnitId,
            generation: 0,
            countedGeneration: 0,
            evidenceKey,
            ...unit.counts,
          })),
      )
      // A write since the read made the row (generation 1, not counted): leave it to be counted next time.
      .onConflictDoNothing();
  }
  const stale = counted.filter((unit) => unit.generation !== null);
  if (stale.length === 0) return;
  const values = sql.join(
    stale.map(
      (unit) =>
        sql`(${unit.locusUnitId}::uuid, ${unit.generation}::int, ${unit.counts.respondents}::int,
          ${unit.counts.answeredIndicators}::int, ${unit.counts.assessorAnswered}::boolean,
          ${unit.counts.answersNeedingEvidence}::int, ${unit.counts.answersWithEvidence}::int,
          ${unit.counts.surveyResponses}::int)`,
    ),
    sql`, `,
  );
  // Rows a write holds are skipped, not waited for: that write bumps the generation anyway, and not waiting
  // means a progress read can never deadlock with a field write.
  await db.execute(sql`
    with counted(locus_unit_id, generation, respondents, answered_indicators, assessor_answered, needing,
        with_evidence, survey_responses) as (values ${values}),
      unchanged as (
        select kept.locus_unit_id from ${unitProgressCounts} as kept
        join counted on counted.locus_unit_id = kept.locus_unit_id and counted.generation = kept.generation
        for update of kept skip locked)
    update ${unitProgressCounts} as kept set
      counted_generation = counted.generation, evidence_key = ${evidenceKey},
      respondents = counted.respondents, answered_indicators = counted.answered_indicators,
      assessor_answered = counted.assessor_answered, answers_needing_evidence = counted.needing,
      answers_with_evidence = counted.with_evidence, survey_responses = counted.survey_responses
    from counted join unchanged on unchanged.locus_unit_id = counted.locus_unit_id
    where kept.locus_unit_id = counted.locus_unit_id and kept.generation = counted.generation`);
}

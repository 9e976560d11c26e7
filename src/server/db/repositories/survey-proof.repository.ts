import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { surveyResponses } from '../schema/collection';
import { loci, locusUnits } from '../schema/cycles';
import { surveyProofSettings } from '../schema/public-trust';

export interface SurveyProofSetting {
  proofRequired: boolean;
  noProofRule: 'count' | 'exclude';
}

/** No row: the cycle asks for no proof (editions before the Opini method). */
export const noProofAsked: SurveyProofSetting = { proofRequired: false, noProofRule: 'count' };

/** The note of an exclusion made by the rule rather than by a person (excluded_by_user_id stays null). */
export const noProofExclusionNote =
  'Tanpa bukti layanan: tidak dihitung menurut aturan siklus (no proof of service).';

export async function findSurveyProofSetting(db: Queryable, cycleId: string): Promise<SurveyProofSetting> {
  const [row] = await db
    .select({
      proofRequired: surveyProofSettings.proofRequired,
      noProofRule: surveyProofSettings.noProofRule,
    })
    .from(surveyProofSettings)
    .where(eq(surveyProofSettings.cycleId, cycleId));
  return row ?? noProofAsked;
}

export async function saveSurveyProofSetting(
  db: Queryable,
  cycleId: string,
  setting: SurveyProofSetting,
  now: Date,
): Promise<void> {
  await db
    .insert(surveyProofSettings)
    .values({ cycleId, ...setting, updatedAt: now })
    .onConflictDoUpdate({ target: surveyProofSettings.cycleId, set: { ...setting, updatedAt: now } });
}

export async function isReceiptNumberTaken(
  db: Queryable,
  locusUnitId: string,
  receiptNumber: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(
      and(eq(surveyResponses.locusUnitId, locusUnitId), eq(surveyResponses.receiptNumber, receiptNumber)),
    );
  return row !== undefined;
}

/** The cycle's responses without any proof (no receipt number, not seen by the field team). */
function withoutProofOfCycle(cycleId: string) {
  const unitsOfCycle = sql`(select ${locusUnits.id} from ${locusUnits} join ${loci} on ${loci.id} = ${locusUnits.locusId} where ${loci.cycleId} = ${cycleId})`;
  return and(
    inArray(surveyResponses.locusUnitId, unitsOfCycle),
    isNull(surveyResponses.receiptNumber),
    isNull(surveyResponses.proofSeenAt),
  );
}

/**
 * Applies the no-proof rule to the answers already in: `exclude` keeps every answer without proof out (those a
 * person already excluded keep their note); otherwise the rule's own exclusions are lifted, never a person's.
 * Returns how many rows changed.
 */
export async function applyNoProofRule(
  db: Queryable,
  cycleId: string,
  exclude: boolean,
  now: Date,
): Promise<number> {
  const changed = exclude
    ? await db
        .update(surveyResponses)
        .set({ excludedAt: now, exclusionNote: noProofExclusionNote })
        .where(and(withoutProofOfCycle(cycleId), isNull(surveyResponses.excludedAt)))
        .returning({ id: surveyResponses.id })
    : await db
        .update(surveyResponses)
        .set({ excludedAt: null, exclusionNote: null })
        .where(
          and(
            withoutProofOfCycle(cycleId),
            isNotNull(surveyResponses.excludedAt),
            isNull(surveyResponses.excludedByUserId),
          ),
        )
        .returning({ id: surveyResponses.id });
  return changed.length;
}

/**
 * Records that the field team saw proof of service for one response; an exclusion the no-proof rule made is
 * lifted with it (a person's exclusion stays). False when the unit has no such response.
 */
export async function markSurveyProofSeen(
  db: Queryable,
  change: { locusUnitId: string; responseId: string; userId: string; at: Date },
): Promise<boolean> {
  const where = and(
    eq(surveyResponses.locusUnitId, change.locusUnitId),
    eq(surveyResponses.id, change.responseId),
  );
  const updated = await db
    .update(surveyResponses)
    .set({ proofSeenAt: change.at, proofSeenByUserId: change.userId })
    .where(where)
    .returning({ id: surveyResponses.id });
  if (updated.length === 0) return false;
  await db
    .update(surveyResponses)
    .set({ excludedAt: null, exclusionNote: null })
    .where(and(where, isNull(surveyResponses.excludedByUserId), isNotNull(surveyResponses.excludedAt)));
  return true;
}

import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../database';
import { surveyResponses } from '../schema/collection';
import { cycles, loci, locusUnits } from '../schema/cycles';
import { entities } from '../schema/entities';
import { units } from '../schema/units';
import type { CycleRow } from './cycles.repository';

/** What the public survey page needs about the unit behind a survey code. */
export interface SurveyTarget {
  locusUnitId: string;
  status: (typeof locusUnits.$inferSelect)['status'];
  unitName: string;
  unitTypeCode: string;
  entityName: string;
  entityKind: string;
  cycle: CycleRow;
}

export async function findSurveyTargetByCode(db: Queryable, code: string): Promise<SurveyTarget | undefined> {
  const [row] = await db
    .select({
      locusUnitId: locusUnits.id,
      status: locusUnits.status,
      unitName: units.name,
      unitTypeCode: units.unitTypeCode,
      entityName: entities.officialName,
      entityKind: entities.kind,
      cycle: cycles,
    })
    .from(locusUnits)
    .innerJoin(loci, eq(loci.id, locusUnits.locusId))
    .innerJoin(cycles, eq(cycles.id, loci.cycleId))
    .innerJoin(units, eq(units.id, locusUnits.unitId))
    .innerJoin(entities, eq(entities.id, loci.entityId))
    .where(eq(locusUnits.surveyCode, code));
  return row;
}

/** Sets the unit's survey code unless it already has one; true when this call set it. */
export async function setSurveyCodeIfAbsent(
  db: Queryable,
  locusUnitId: string,
  code: string,
): Promise<boolean> {
  const updated = await db
    .update(locusUnits)
    .set({ surveyCode: code })
    .where(and(eq(locusUnits.id, locusUnitId), isNull(locusUnits.surveyCode)))
    .returning({ id: locusUnits.id });
  return updated.length > 0;
}

export async function isSurveyCodeTaken(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: locusUnits.id })
    .from(locusUnits)
    .where(eq(locusUnits.surveyCode, code));
  return row !== undefined;
}

/** Responses that count towards the quota: a verifier's exclusions are left out. */
export async function countSurveyResponses(db: Queryable, locusUnitId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.locusUnitId, locusUnitId), isNull(surveyResponses.excludedAt)));
  return row?.total ?? 0;
}

export async function hasSurveyResponseFromDevice(
  db: Queryable,
  locusUnitId: string,
  deviceTokenSha256: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.locusUnitId, locusUnitId),
        eq(surveyResponses.deviceTokenSha256, deviceTokenSha256),
      ),
    );
  return row !== undefined;
}

/**
 * Stores one response unless this device already answered the unit (the unique index decides, so two
 * simultaneous posts from one device store one). True when stored.
 */
export async function insertSurveyResponse(
  db: Queryable,
  response: {
    locusUnitId: string;
    deviceTokenSha256: string;
    /** Null for a paper form entered by a field import: no client sent it. */
    clientHash: string | null;
    levels: Record<string, number>;
    submittedAt: Date;
    /** Proof of service, where the cycle asks for it (normalised; unique per unit). */
    receiptNumber?: string | null;
    /** Set for an answer without proof when the cycle's rule excludes those (survey_proof_settings). */
    excludedAt?: Date | null;
    exclusionNote?: string | null;
  },
): Promise<boolean> {
  const inserted = await db
    .insert(surveyResponses)
    .values({
      ...response,
      // Read from the unit in the insert itself, so a submission committed a moment before is seen.
      receivedAfterSubmission: sql<boolean>`coalesce((select ${locusUnits.status} not in ('draft', 'returned') from ${locusUnits} where ${locusUnits.id} = ${response.locusUnitId}), false)`,
    })
    .onConflictDoNothing()
    .returning({ id: surveyResponses.id });
  return inserted.length > 0;
}

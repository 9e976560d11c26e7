import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../database';
import {
  answerEvidence,
  answers,
  complaintRecords,
  respondents,
  reviewNotes,
  surveyResponses,
} from '../schema/collection';
import { type LocusUnitStatus, loci, locusUnits } from '../schema/cycles';
import { publicTrustResponses } from '../schema/public-trust';

export interface UnitFieldDataInsert {
  locusUnitId: string;
  userId: string;
  at: Date;
  respondents: (Omit<typeof respondents.$inferInsert, 'locusUnitId'> & { key: string })[];
  answers: {
    respondentKey: string | null;
    indicatorCode: string;
    level: number | null;
    note: string;
    /** takenAt and position stand for what a phone's EXIF gives (the integrity checks read them). */
    evidence: {
      sha256: string;
      fileName: string;
      takenAt?: Date | null;
      latitude?: number | null;
      longitude?: number | null;
    } | null;
  }[];
  complaints: Omit<typeof complaintRecords.$inferInsert, 'locusUnitId'>[];
  surveyResponses: { deviceTokenSha256: string; levels: Record<string, number>; submittedAt: Date }[];
}

/** Writes one unit's field data in a handful of statements (demo seeding; use-cases write one answer at a time). */
export async function insertUnitFieldData(db: Queryable, data: UnitFieldDataInsert): Promise<void> {
  const respondentIds = new Map<string, string>();
  if (data.respondents.length > 0) {
    const inserted = await db
      .insert(respondents)
      .values(
        data.respondents.map(({ key: _key, ...row }) => ({
          ...row,
          locusUnitId: data.locusUnitId,
          createdByUserId: data.userId,
          createdAt: data.at,
          updatedAt: data.at,
        })),
      )
      .returning({ id: respondents.id });
    data.respondents.forEach((row, index) => {
      const id = inserted[index]?.id;
      if (id) respondentIds.set(row.key, id);
    });
  }
  if (data.answers.length > 0) {
    const inserted = await db
      .insert(answers)
      .values(
        data.answers.map((answer) => ({
          locusUnitId: data.locusUnitId,
          respondentId:
            answer.respondentKey === null ? null : (respondentIds.get(answer.respondentKey) ?? null),
          indicatorCode: answer.indicatorCode,
          level: answer.level,
          note: answer.note,
          updatedByUserId: data.userId,
          updatedAt: data.at,
        })),
      )
      .returning({ id: answers.id });
    const evidenceRows = data.answers.flatMap((answer, index) => {
      const answerId = inserted[index]?.id;
      return answer.evidence && answerId
        ? [
            {
              answerId,
              fileSha256: answer.evidence.sha256,
              fileName: answer.evidence.fileName,
              takenAt: answer.evidence.takenAt ?? null,
              latitude: answer.evidence.latitude ?? null,
              longitude: answer.evidence.longitude ?? null,
              uploadedByUserId: data.userId,
              createdAt: data.at,
            },
          ]
        : [];
    });
    if (evidenceRows.length > 0) await db.insert(answerEvidence).values(evidenceRows);
  }
  if (data.complaints.length > 0) {
    await db.insert(complaintRecords).values(
      data.complaints.map((row) => ({
        ...row,
        locusUnitId: data.locusUnitId,
        createdByUserId: data.userId,
      })),
    );
  }
  if (data.surveyResponses.length > 0) {
    await db
      .insert(surveyResponses)
      .values(data.surveyResponses.map((row) => ({ ...row, locusUnitId: data.locusUnitId })));
  }
}

/** Puts demo locus units straight into a workflow state (the demo's history, not a transition anyone made). */
export async function setDemoUnitStatus(
  db: Queryable,
  locusUnitIds: readonly string[],
  status: LocusUnitStatus,
  at: Date,
): Promise<void> {
  if (locusUnitIds.length === 0) return;
  await db
    .update(locusUnits)
    .set({ status, statusChangedAt: at })
    .where(inArray(locusUnits.id, [...locusUnitIds]));
}

/** Marks every locus of the cycle approved by the coordinator and accepted by the centre. */
export async function acceptDemoLoci(
  db: Queryable,
  cycleId: string,
  by: { coordinatorId: string; adminId: string },
  at: Date,
): Promise<void> {
  await db
    .update(loci)
    .set({
      approval: 'accepted',
      approvedAt: at,
      approvedByUserId: by.coordinatorId,
      acceptedAt: at,
      acceptedByUserId: by.adminId,
    })
    .where(eq(loci.cycleId, cycleId));
}

export async function insertDemoReviewNote(
  db: Queryable,
  note: {
    locusUnitId: string;
    indicatorCode: string | null;
    note: string;
    authorUserId: string;
    createdAt: Date;
  },
): Promise<void> {
  await db.insert(reviewNotes).values(note);
}

/** Public-trust answers of a demo survey in one statement (the public page writes them one at a time). */
export async function insertDemoTrustResponses(
  db: Queryable,
  rows: readonly {
    locusId: string;
    deviceTokenSha256: string;
    answers: Record<string, number>;
    submittedAt: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(publicTrustResponses).values(rows.map((row) => ({ ...row, clientHash: null })));
}

import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database';
import { type MeetingRow, meetingAttachments, meetingAttendees, meetings } from '../schema/meetings';
import { type StoredFileRow, storedFiles } from '../schema/stored-files';

export type { MeetingRow };
export type MeetingKind = 'entry' | 'exit';
export interface AttendeeValues {
  name: string;
  jobTitle: string;
  institution: string;
}
export interface AttachmentView {
  sha256: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export async function listMeetingsOfLocus(db: Queryable, locusId: string): Promise<MeetingRow[]> {
  return db.select().from(meetings).where(eq(meetings.locusId, locusId));
}

export async function findMeeting(
  db: Queryable,
  locusId: string,
  kind: MeetingKind,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.locusId, locusId), eq(meetings.kind, kind)));
  return row;
}

export async function insertMeeting(
  db: Queryable,
  values: typeof meetings.$inferInsert,
): Promise<MeetingRow> {
  const [row] = await db.insert(meetings).values(values).returning();
  if (!row) throw new Error('insert into meetings returned no row');
  return row;
}

export async function updateMeeting(
  db: Queryable,
  id: string,
  changes: Pick<MeetingRow, 'heldAt' | 'place' | 'openedBy' | 'agenda' | 'minutes'>,
): Promise<MeetingRow> {
  const [row] = await db
    .update(meetings)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(meetings.id, id))
    .returning();
  if (!row) throw new Error(`meeting ${id} vanished during update`);
  return row;
}

export async function listAttendees(db: Queryable, meetingId: string): Promise<AttendeeValues[]> {
  return db
    .select({
      name: meetingAttendees.name,
      jobTitle: meetingAttendees.jobTitle,
      institution: meetingAttendees.institution,
    })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(asc(meetingAttendees.position));
}

export async function replaceAttendees(
  db: Queryable,
  meetingId: string,
  attendees: readonly AttendeeValues[],
): Promise<void> {
  await db.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
  if (attendees.length > 0)
    await db
      .insert(meetingAttendees)
      .values(attendees.map((attendee, position) => ({ ...attendee, meetingId, position })));
}

export async function listAttachments(db: Queryable, meetingId: string): Promise<AttachmentView[]> {
  return db
    .select({
      sha256: storedFiles.sha256,
      fileName: meetingAttachments.fileName,
      mediaType: storedFiles.mediaType,
      sizeBytes: storedFiles.sizeBytes,
    })
    .from(meetingAttachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, meetingAttachments.fileSha256))
    .where(eq(meetingAttachments.meetingId, meetingId))
    .orderBy(asc(meetingAttachments.createdAt));
}

/** Attaches a stored file; attaching the same content again keeps one row (the first name). */
export async function addAttachment(
  db: Queryable,
  values: { meetingId: string; fileSha256: string; fileName: string },
): Promise<void> {
  await db.insert(meetingAttachments).values(values).onConflictDoNothing();
}

export type { StoredFileRow };

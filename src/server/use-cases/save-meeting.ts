import type { Meeting, MeetingKind, SaveMeetingRequest } from '../../contracts/meetings.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findMeeting,
  insertMeeting,
  replaceAttendees,
  updateMeeting,
} from '../db/repositories/meetings.repository';
import { presentMeeting, requireMeetingContext } from '../meetings/load-meeting';

/** Records (or corrects) the entry or exit meeting of a locus; only while its phase is open. */
export async function saveMeeting(
  db: Database,
  actor: RequestActor,
  params: { year: number; code: string; kind: MeetingKind },
  request: SaveMeetingRequest,
  now: Date,
  context: AuditContext,
): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const meetingContext = await requireMeetingContext(tx, actor, 'meeting.manage', params.year, params.code);
    requireOpenPhase(meetingContext.cycle, params.kind === 'entry' ? 'meeting.entry' : 'meeting.exit', now);
    const existing = await findMeeting(tx, meetingContext.locus.id, params.kind);
    const before = existing ? await presentMeeting(tx, meetingContext, existing) : null;
    const values = {
      heldAt: new Date(request.heldAt),
      place: request.place,
      openedBy: request.openedBy,
      agenda: request.agenda,
      minutes: request.minutes,
    };
    const meeting = existing
      ? await updateMeeting(tx, existing.id, values)
      : await insertMeeting(tx, { ...values, locusId: meetingContext.locus.id, kind: params.kind });
    await replaceAttendees(tx, meeting.id, request.attendees);
    const after = await presentMeeting(tx, meetingContext, meeting);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: existing ? 'meeting.update' : 'meeting.create',
      resourceType: 'meeting',
      resourceId: `${params.year}/${meetingContext.entity.code}/${params.kind}`,
      provinceCode: meetingContext.entity.provinceCode,
      before,
      after,
    });
    return after;
  });
}

import type { Meeting, MeetingKind } from '../../contracts/meetings.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { requireOpenPhase } from '../cycles/require-open-phase';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { addAttachment, findMeeting } from '../db/repositories/meetings.repository';
import { DomainError } from '../errors';
import { sanitiseFileName } from '../files/sanitise-file-name';
import { storeUploadedFile, type UploadedFile } from '../files/uploaded-file';
import { presentMeeting, requireMeetingContext } from '../meetings/load-meeting';

/** Adds a PDF or image (photos, the signed attendance list) to a recorded meeting. */
export async function attachMeetingFile(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  params: { year: number; code: string; kind: MeetingKind },
  file: UploadedFile,
  now: Date,
  context: AuditContext,
): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const meetingContext = await requireMeetingContext(tx, actor, 'meeting.manage', params.year, params.code);
    requireOpenPhase(meetingContext.cycle, params.kind === 'entry' ? 'meeting.entry' : 'meeting.exit', now);
    const meeting = await findMeeting(tx, meetingContext.locus.id, params.kind);
    if (!meeting) {
      throw new DomainError('CONFLICT', {
        id: 'Simpan catatan rapat terlebih dahulu, lalu unggah lampirannya.',
        en: 'Save the meeting record first, then upload its attachments.',
      });
    }
    const stored = await storeUploadedFile(tx, dataDir, file);
    const fileName = sanitiseFileName(file.fileName);
    await addAttachment(tx, { meetingId: meeting.id, fileSha256: stored.sha256, fileName });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'meeting.attach',
      resourceType: 'meeting',
      resourceId: `${params.year}/${meetingContext.entity.code}/${params.kind}`,
      provinceCode: meetingContext.entity.provinceCode,
      after: { fileName, ...stored },
    });
    return presentMeeting(tx, meetingContext, meeting);
  });
}

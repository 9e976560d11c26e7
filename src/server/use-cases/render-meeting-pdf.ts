import type { MeetingKind } from '../../contracts/meetings.contract';
import { renderPdfBuffer } from '../../reports/pdf/render-pdf-buffer';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { buildAttendanceDocument, buildMinutesDocument } from '../meetings/build-meeting-documents';
import { loadMeeting, requireMeetingContext } from '../meetings/load-meeting';
import { findProvinceName } from '../regions/load-regions';

/** The printable minutes (notulen) or attendance list (daftar hadir) of a recorded meeting. */
export async function renderMeetingPdf(
  db: Queryable,
  actor: RequestActor,
  params: { year: number; code: string; kind: MeetingKind },
  document: 'minutes' | 'attendance',
): Promise<{ bytes: Buffer; fileName: string }> {
  const meeting = await loadMeeting(db, actor, params);
  const { entity } = await requireMeetingContext(db, actor, 'meeting.read', params.year, params.code);
  const provinceName = entity.provinceCode ? findProvinceName(entity.provinceCode) : undefined;
  const officeName = provinceName
    ? `Ombudsman Republik Indonesia Perwakilan Provinsi ${provinceName}`
    : 'Ombudsman Republik Indonesia';
  const input = { meeting, provinceCode: entity.provinceCode, officeName };
  const definition = document === 'minutes' ? buildMinutesDocument(input) : buildAttendanceDocument(input);
  const bytes = await renderPdfBuffer(definition);
  const label = document === 'minutes' ? 'notulen' : 'daftar-hadir';
  return { bytes, fileName: `${label}-${params.kind}-${params.year}-${entity.code}.pdf` };
}

import type { Meeting, MeetingKind } from '../../contracts/meetings.contract';
import type { Action } from '../../core/access/can';
import type { RequestActor } from '../auth/request-actor';
import { requireCycle } from '../cycles/require-cycle';
import type { Queryable } from '../db/database';
import type { CycleRow } from '../db/repositories/cycles.repository';
import type { EntityRow } from '../db/repositories/entities.repository';
import type { LocusRow } from '../db/repositories/loci.repository';
import {
  findMeeting,
  listAttachments,
  listAttendees,
  type MeetingRow,
} from '../db/repositories/meetings.repository';
import { notFoundError } from '../errors';
import { requireExistingLocus } from '../loci/require-locus-in-scope';

export interface MeetingContext {
  cycle: CycleRow;
  entity: EntityRow;
  locus: LocusRow;
}

/** The cycle, entity and locus a meeting belongs to, within the actor's scope (404 otherwise). */
export async function requireMeetingContext(
  db: Queryable,
  actor: RequestActor,
  action: Action,
  year: number,
  entityCode: string,
): Promise<MeetingContext> {
  const cycle = await requireCycle(db, year);
  const { entity, locus } = await requireExistingLocus(db, actor, action, cycle, entityCode);
  return { cycle, entity, locus };
}

/** The recorded meeting in its contract shape; 404 when it has not been recorded. */
export async function loadMeeting(
  db: Queryable,
  actor: RequestActor,
  params: { year: number; code: string; kind: MeetingKind },
): Promise<Meeting> {
  const context = await requireMeetingContext(db, actor, 'meeting.read', params.year, params.code);
  const meeting = await findMeeting(db, context.locus.id, params.kind);
  if (!meeting) throw notFoundError();
  return presentMeeting(db, context, meeting);
}

export async function presentMeeting(
  db: Queryable,
  context: MeetingContext,
  meeting: MeetingRow,
): Promise<Meeting> {
  return {
    year: context.cycle.year,
    entityCode: context.entity.code,
    entityName: context.entity.officialName,
    kind: meeting.kind,
    heldAt: meeting.heldAt.toISOString(),
    place: meeting.place,
    openedBy: meeting.openedBy,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    attendees: await listAttendees(db, meeting.id),
    attachments: await listAttachments(db, meeting.id),
  };
}

import type { CoachingSession } from '../../contracts/coaching.contract';
import type { Queryable } from '../db/database';
import {
  listCoachingAttachments,
  listSessionItemIds,
  type SessionWithEntity,
} from '../db/repositories/coaching.repository';

export async function presentCoachingSessions(
  db: Queryable,
  rows: readonly SessionWithEntity[],
): Promise<CoachingSession[]> {
  const ids = rows.map((row) => row.session.id);
  const links = await listSessionItemIds(db, ids);
  const attachments = await listCoachingAttachments(db, ids);
  return rows.map(({ session, entityCode, entityName }) => ({
    id: session.id,
    entityCode,
    entityName,
    provinceCode: session.provinceCode,
    heldOn: session.heldOn,
    topic: session.topic,
    facilitator: session.facilitator,
    attendees: session.attendees,
    notes: session.notes,
    planItemIds: links
      .filter((link) => link.sessionId === session.id)
      .map((link) => link.planItemId)
      .sort(),
    attachments: attachments
      .filter((attachment) => attachment.sessionId === session.id)
      .map(({ sha256, fileName, mediaType, sizeBytes }) => ({ sha256, fileName, mediaType, sizeBytes })),
    version: session.version,
  }));
}

export async function presentCoachingSession(
  db: Queryable,
  row: SessionWithEntity,
): Promise<CoachingSession> {
  const [presented] = await presentCoachingSessions(db, [row]);
  if (!presented) throw new Error('presenting one coaching session gave none');
  return presented;
}

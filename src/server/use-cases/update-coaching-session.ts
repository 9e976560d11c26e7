import {
  type CoachingSession,
  type UpdateCoachingSessionRequest,
  updateCoachingSessionRequestSchema,
} from '../../contracts/coaching.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { presentCoachingSession } from '../coaching/present-coaching-sessions';
import { requireCoachingSession, requireLinkablePlanItems } from '../coaching/require-coaching-session';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findCoachingSession,
  replaceSessionItems,
  updateCoachingSessionIfVersion,
} from '../db/repositories/coaching.repository';
import { staleVersionError } from '../plans/require-plan';

/** Corrects a session; names the version read (409 when someone changed it meanwhile). */
export async function updateCoachingSession(
  db: Database,
  actor: RequestActor,
  sessionId: string,
  input: UpdateCoachingSessionRequest,
  now: Date,
  context: AuditContext,
): Promise<CoachingSession> {
  const request = updateCoachingSessionRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const found = await requireCoachingSession(tx, actor, 'coaching.manage', sessionId);
    const before = await presentCoachingSession(tx, found);
    await requireLinkablePlanItems(tx, found.session, request.planItemIds);
    const updated = await updateCoachingSessionIfVersion(
      tx,
      sessionId,
      request.version,
      {
        heldOn: request.heldOn,
        topic: request.topic,
        facilitator: request.facilitator,
        attendees: request.attendees,
        notes: request.notes,
      },
      now,
    );
    if (!updated) throw staleVersionError({ id: 'Sesi pembinaan ini', en: 'This coaching session' }, before);
    await replaceSessionItems(tx, sessionId, request.planItemIds);
    const reread = await findCoachingSession(tx, sessionId);
    if (!reread) throw new Error('coaching session vanished during update');
    const after = await presentCoachingSession(tx, reread);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'coaching.update',
      resourceType: 'coaching-session',
      resourceId: sessionId,
      provinceCode: found.session.provinceCode,
      before,
      after,
    });
    return after;
  });
}

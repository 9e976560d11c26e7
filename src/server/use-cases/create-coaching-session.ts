import {
  type CoachingSession,
  type SaveCoachingSessionRequest,
  saveCoachingSessionRequestSchema,
} from '../../contracts/coaching.contract';
import { can } from '../../core/access/can';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import { presentCoachingSession } from '../coaching/present-coaching-sessions';
import { requireLinkablePlanItems } from '../coaching/require-coaching-session';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import {
  findCoachingSession,
  insertCoachingSession,
  replaceSessionItems,
} from '../db/repositories/coaching.repository';
import { DomainError, notFoundError } from '../errors';
import { requireEntityInScope } from '../plans/require-entity-in-scope';

/** Records a pembinaan session for one entity or a whole province. */
export async function createCoachingSession(
  db: Database,
  actor: RequestActor,
  input: SaveCoachingSessionRequest,
  now: Date,
  context: AuditContext,
): Promise<CoachingSession> {
  const request = saveCoachingSessionRequestSchema.parse(input);
  return db.transaction(async (tx) => {
    const entity = request.entityCode
      ? await requireEntityInScope(tx, actor, 'coaching.manage', request.entityCode)
      : null;
    const provinceCode = entity ? (entity.provinceCode ?? request.provinceCode) : request.provinceCode;
    if (provinceCode === null) {
      throw new DomainError('VALIDATION_FAILED', {
        id: 'Sebutkan provinsi sesi pembinaan (atau entitasnya).',
        en: 'Name the coaching session\u2019s province (or its entity).',
      });
    }
    if (!entity && !can(actor, 'coaching.manage', { type: 'province', provinceCode })) throw notFoundError();
    await requireLinkablePlanItems(tx, { entityId: entity?.id ?? null, provinceCode }, request.planItemIds);
    const session = await insertCoachingSession(tx, {
      entityId: entity?.id ?? null,
      provinceCode,
      heldOn: request.heldOn,
      topic: request.topic,
      facilitator: request.facilitator,
      attendees: request.attendees,
      notes: request.notes,
      createdByUserId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await replaceSessionItems(tx, session.id, request.planItemIds);
    const found = await findCoachingSession(tx, session.id);
    if (!found) throw new Error('coaching session vanished after insert');
    const after = await presentCoachingSession(tx, found);
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'coaching.create',
      resourceType: 'coaching-session',
      resourceId: session.id,
      provinceCode,
      before: null,
      after,
    });
    return after;
  });
}

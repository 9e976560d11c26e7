import type { Notification } from '../../contracts/notifications.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listReturnedUnitsOfAssessor } from '../db/repositories/notifications.repository';
import { listLociWaiting, listUnitsAwaitingVerification } from '../db/repositories/work-queues.repository';

type NoticeActor = Pick<RequestActor, 'userId' | 'role' | 'provinceCodes'>;

/** A notice lists this many of a queue at most; the queue on the home page shows the rest. */
const queueNoticeLimit = 50;

/**
 * The verification workflow's notices: units sent back to their assessors; submitted units for their
 * verifiers; entities whose units are all verified for the coordinator; approved entities for the centre.
 * Each is keyed by the moment it arose, so a unit submitted again is notified again.
 */
export async function listWorkflowNotices(db: Queryable, actor: NoticeActor): Promise<Notification[]> {
  const notices: Notification[] = [];
  if (actor.role === 'assessor' || actor.role === 'coordinator' || actor.role === 'admin') {
    for (const unit of await listReturnedUnitsOfAssessor(db, actor.userId)) {
      const date = unit.changedAt?.toISOString() ?? null;
      notices.push({
        kind: 'unit-returned',
        key: `unit-returned:${unit.year}:${unit.unitId}:${date ?? ''}`,
        date,
        entityCode: unit.entityCode,
        entityName: unit.entityName,
        year: unit.year,
        title: unit.unitName,
        daysLeft: null,
        link: `/siklus/${unit.year}/lokus/${unit.entityCode}/unit/${unit.unitId}`,
      });
    }
  }
  if (actor.role === 'verifier') {
    const { rows } = await listUnitsAwaitingVerification(db, actor.userId, queueNoticeLimit);
    for (const unit of rows) {
      const date = unit.since?.toISOString() ?? null;
      notices.push({
        kind: 'unit-submitted',
        key: `unit-submitted:${unit.year}:${unit.unitId}:${date ?? ''}`,
        date,
        entityCode: unit.entityCode,
        entityName: unit.entityName,
        year: unit.year,
        title: unit.unitName ?? '',
        daysLeft: null,
        link: `/siklus/${unit.year}/lokus/${unit.entityCode}/unit/${unit.unitId}`,
      });
    }
  }
  if (actor.role === 'coordinator' || actor.role === 'admin') {
    const stage = actor.role === 'coordinator' ? 'ready-to-approve' : 'ready-to-accept';
    const kind = actor.role === 'coordinator' ? 'entity-ready-to-approve' : 'entity-approved';
    const provinces = actor.role === 'admin' ? null : actor.provinceCodes;
    const { rows } = await listLociWaiting(db, stage, provinces, queueNoticeLimit);
    for (const locus of rows) {
      const date = locus.since?.toISOString() ?? null;
      notices.push({
        kind,
        key: `${kind}:${locus.year}:${locus.entityCode}:${date ?? ''}`,
        date,
        entityCode: locus.entityCode,
        entityName: locus.entityName,
        year: locus.year,
        title: locus.entityName,
        daysLeft: null,
        link: `/siklus/${locus.year}/lokus/${locus.entityCode}`,
      });
    }
  }
  return notices;
}

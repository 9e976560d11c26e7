import type { Notification, NotificationList } from '../../contracts/notifications.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listObjectionAndPublicationNotices } from '../notifications/objection-and-publication-notices';
import { listPlanNotices } from '../notifications/plan-notices';
import { listWorkflowNotices } from '../notifications/workflow-notices';

export type NoticeActor = Pick<RequestActor, 'userId' | 'role' | 'provinceCodes' | 'entityCode'>;

const rankOf: Record<Notification['kind'], number> = {
  'item-overdue': 0,
  'objection-window-closing': 1,
  'unit-returned': 2,
  'unit-submitted': 3,
  'entity-ready-to-approve': 3,
  'entity-approved': 3,
  'objection-window-open': 4,
  'objection-decided': 5,
  'results-published': 5,
  'item-due-soon': 6,
};

/**
 * Computed on read for the signed-in user (and by the mail digest for each person): plan items due or
 * overdue, the workflow step waiting for them, the objection window and decisions, publications. Most urgent
 * first, then by date.
 */
export async function listNotifications(
  db: Queryable,
  actor: NoticeActor,
  now: Date,
): Promise<NotificationList> {
  const items = [
    ...(await listPlanNotices(db, actor, now)),
    ...(await listWorkflowNotices(db, actor)),
    ...(await listObjectionAndPublicationNotices(db, actor, now)),
  ];
  items.sort((a, b) => rankOf[a.kind] - rankOf[b.kind] || (a.date ?? '').localeCompare(b.date ?? ''));
  return { count: items.length, items };
}

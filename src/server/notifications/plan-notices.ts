import type { Notification } from '../../contracts/notifications.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listOpenDatedItems } from '../db/repositories/improvement-plans.repository';
import { deadlineState, localToday } from '../plans/item-deadlines';

type NoticeActor = Pick<RequestActor, 'role' | 'provinceCodes' | 'entityCode'>;

/**
 * Plan items due within 14 days or overdue (liaisons: their entity's; coordinators: their provinces'; admins:
 * all). A notice is keyed by the item, its due date and whether it is late, so the mail digest sends "due soon"
 * once and "overdue" once.
 */
export async function listPlanNotices(db: Queryable, actor: NoticeActor, now: Date): Promise<Notification[]> {
  const seesPlans =
    actor.role === 'admin' || actor.role === 'coordinator' || (actor.role === 'liaison' && actor.entityCode);
  if (!seesPlans) return [];
  const rows = await listOpenDatedItems(db, {
    ...(actor.role === 'coordinator' ? { provinceCodes: actor.provinceCodes } : {}),
    ...(actor.role === 'liaison' && actor.entityCode ? { entityCode: actor.entityCode } : {}),
  });
  const notices: Notification[] = [];
  for (const row of rows) {
    // The entity's own local date, as on its plan page: a due date passes at midnight WIB, WITA or WIT.
    const today = localToday(now, row.provinceCode);
    const state = deadlineState({ dueDate: row.dueDate, status: 'planned' }, today);
    if (!state.overdue && !state.dueSoon) continue;
    const kind = state.overdue ? 'item-overdue' : 'item-due-soon';
    notices.push({
      kind,
      key: `${kind}:${row.itemId}:${row.dueDate}`,
      date: row.dueDate,
      entityCode: row.entityCode,
      entityName: row.entityName,
      year: row.year,
      title: `${row.indicatorCode}: ${row.action}`,
      daysLeft: state.daysLeft,
      link: `/rencana-aksi/${row.entityCode}?tahun=${row.year}`,
    });
  }
  return notices;
}

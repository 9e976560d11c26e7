import type { Notification, NotificationList } from '../../contracts/notifications.contract';
import type { RequestActor } from '../auth/request-actor';
import type { Queryable } from '../db/database';
import { listOpenDatedItems } from '../db/repositories/improvement-plans.repository';
import { listReturnedUnitsOfAssessor } from '../db/repositories/notifications.repository';
import { deadlineState, localToday } from '../plans/item-deadlines';

/**
 * Computed on read for the signed-in user: plan items due within 14 days or overdue (liaisons: their
 * entity's; coordinators: their provinces'; admins: all), and units returned by the verifier on loci the
 * user assesses. Overdue first, then by date.
 */
export async function listNotifications(
  db: Queryable,
  actor: RequestActor,
  now: Date,
): Promise<NotificationList> {
  const items: Notification[] = [];
  const seesPlans =
    actor.role === 'admin' || actor.role === 'coordinator' || (actor.role === 'liaison' && actor.entityCode);
  if (seesPlans) {
    const rows = await listOpenDatedItems(db, {
      ...(actor.role === 'coordinator' ? { provinceCodes: actor.provinceCodes } : {}),
      ...(actor.role === 'liaison' && actor.entityCode ? { entityCode: actor.entityCode } : {}),
    });
    for (const row of rows) {
      // The entity's own local date, as on its plan page: a due date passes at midnight WIB, WITA or WIT.
      const today = localToday(now, row.provinceCode);
      const state = deadlineState({ dueDate: row.dueDate, status: 'planned' }, today);
      if (!state.overdue && !state.dueSoon) continue;
      items.push({
        kind: state.overdue ? 'item-overdue' : 'item-due-soon',
        date: row.dueDate,
        entityCode: row.entityCode,
        entityName: row.entityName,
        year: row.year,
        title: `${row.indicatorCode}: ${row.action}`,
        daysLeft: state.daysLeft,
        link: `/rencana-aksi/${row.entityCode}?tahun=${row.year}`,
      });
    }
  }
  if (actor.role === 'assessor' || actor.role === 'coordinator' || actor.role === 'admin') {
    for (const unit of await listReturnedUnitsOfAssessor(db, actor.userId)) {
      items.push({
        kind: 'unit-returned',
        date: unit.changedAt?.toISOString() ?? null,
        entityCode: unit.entityCode,
        entityName: unit.entityName,
        year: unit.year,
        title: unit.unitName,
        daysLeft: null,
        link: `/siklus/${unit.year}/lokus/${unit.entityCode}/unit/${unit.unitId}`,
      });
    }
  }
  const rank = (notice: Notification) =>
    notice.kind === 'item-overdue' ? 0 : notice.kind === 'unit-returned' ? 1 : 2;
  items.sort((a, b) => rank(a) - rank(b) || (a.date ?? '').localeCompare(b.date ?? ''));
  return { count: items.length, items };
}

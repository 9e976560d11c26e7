import { timeZoneOfProvince } from '../../core/cycles/indonesian-time-zones';

/** Items due within this many days are flagged (and notified). */
export const dueSoonDays = 14;

/** Today's date (YYYY-MM-DD) in the province's time zone: a due date passes at local midnight. */
export function localToday(now: Date, provinceCode: string | null): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZoneOfProvince(provinceCode).zone }).format(now);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function deadlineState(
  item: { dueDate: string | null; status: string },
  today: string,
): { overdue: boolean; dueSoon: boolean; daysLeft: number | null } {
  const open = item.status === 'planned' || item.status === 'in_progress';
  if (!open || item.dueDate === null) return { overdue: false, dueSoon: false, daysLeft: null };
  const daysLeft = daysBetween(today, item.dueDate);
  return { overdue: daysLeft < 0, dueSoon: daysLeft >= 0 && daysLeft <= dueSoonDays, daysLeft };
}

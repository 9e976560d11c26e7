import type { TFunction } from 'i18next';

/** Hours as the people reading them think: "45 menit", "6 jam", "3 hari 4 jam". */
export function formatDuration(hours: number, t: TFunction): string {
  if (hours < 1) return t('complaints.duration.minutes', { count: Math.round(hours * 60) });
  const wholeHours = Math.round(hours);
  if (wholeHours < 24) return t('complaints.duration.hours', { count: wholeHours });
  const days = Math.floor(wholeHours / 24);
  const rest = wholeHours % 24;
  const dayText = t('complaints.duration.days', { count: days });
  return rest === 0 ? dayText : `${dayText} ${t('complaints.duration.hours', { count: rest })}`;
}

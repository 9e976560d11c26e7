import { timeZoneOfProvince } from '../../core/cycles/indonesian-time-zones';

/** "Senin, 3 Juni 2024 pukul 09.00 WIB" in the meeting's local time. */
export function formatLocalDateTime(at: Date, provinceCode: string | null): string {
  const { zone, label } = timeZoneOfProvince(provinceCode);
  const date = new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone,
  }).format(at);
  const time = new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: zone,
  }).format(at);
  return `${date} pukul ${time} ${label}`;
}

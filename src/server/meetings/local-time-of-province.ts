import { formatDateTime } from '../../core/format';

/** "Senin, 3 Juni 2024 pukul 09.00 WIB" in the meeting's local time (the minutes are in Indonesian). */
export function formatLocalDateTime(at: Date, provinceCode: string | null): string {
  return formatDateTime(at, 'id', provinceCode, { weekday: true });
}

import { timeZoneOfProvince } from '../format/province-time-zones';

// The zone table lives in core/format (one list of provinces for every format); re-exported for the callers
// that convert wall times.
export { type IndonesianTimeZone, timeZoneOfProvince } from '../format/province-time-zones';

/** "2024-06-03T09:00" (local wall time in the province) → "2024-06-03T09:00:00+07:00". */
export function localWallTimeToIso(wallTime: string, provinceCode: string | null): string {
  const { offsetHours } = timeZoneOfProvince(provinceCode);
  return `${wallTime.slice(0, 16)}:00+0${offsetHours}:00`;
}

/** An instant → the province's wall time "YYYY-MM-DDTHH:mm", for a datetime-local field. */
export function isoToLocalWallTime(iso: string, provinceCode: string | null): string {
  const { offsetHours } = timeZoneOfProvince(provinceCode);
  return new Date(new Date(iso).getTime() + offsetHours * 3_600_000).toISOString().slice(0, 16);
}

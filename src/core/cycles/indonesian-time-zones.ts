/** Indonesia's three time zones (no daylight saving) by Kemendagri province code. */
const witaProvinces = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const witProvinces = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97']);

export interface IndonesianTimeZone {
  zone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  label: 'WIB' | 'WITA' | 'WIT';
  offsetHours: 7 | 8 | 9;
}

/** Ministries and agencies (no province) meet in Jakarta time. */
export function timeZoneOfProvince(provinceCode: string | null): IndonesianTimeZone {
  if (provinceCode && witaProvinces.has(provinceCode))
    return { zone: 'Asia/Makassar', label: 'WITA', offsetHours: 8 };
  if (provinceCode && witProvinces.has(provinceCode))
    return { zone: 'Asia/Jayapura', label: 'WIT', offsetHours: 9 };
  return { zone: 'Asia/Jakarta', label: 'WIB', offsetHours: 7 };
}

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

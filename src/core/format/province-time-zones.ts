/**
 * Indonesia's three time zones (Perpres 41/1987; no daylight saving), per province, by the two-digit
 * Kemendagri code the project stores (idn-area-data). BPS uses the same codes except for the 2022 Papua
 * split, whose BPS codes (91–97) all fall in WIT too, so either code list resolves to the right zone.
 */
export interface IndonesianTimeZone {
  zone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  label: 'WIB' | 'WITA' | 'WIT';
  offsetHours: 7 | 8 | 9;
}

const WIB: IndonesianTimeZone = { zone: 'Asia/Jakarta', label: 'WIB', offsetHours: 7 };
const WITA: IndonesianTimeZone = { zone: 'Asia/Makassar', label: 'WITA', offsetHours: 8 };
const WIT: IndonesianTimeZone = { zone: 'Asia/Jayapura', label: 'WIT', offsetHours: 9 };

/** Province code → zone. Provinces not listed (none today) fall back to WIB, like ministries and agencies. */
export const PROVINCE_TIME_ZONES: Readonly<Record<string, IndonesianTimeZone>> = {
  '11': WIB, // Aceh
  '12': WIB, // Sumatera Utara
  '13': WIB, // Sumatera Barat
  '14': WIB, // Riau
  '15': WIB, // Jambi
  '16': WIB, // Sumatera Selatan
  '17': WIB, // Bengkulu
  '18': WIB, // Lampung
  '19': WIB, // Kepulauan Bangka Belitung
  '21': WIB, // Kepulauan Riau
  '31': WIB, // DKI Jakarta
  '32': WIB, // Jawa Barat
  '33': WIB, // Jawa Tengah
  '34': WIB, // DI Yogyakarta
  '35': WIB, // Jawa Timur
  '36': WIB, // Banten
  '51': WITA, // Bali
  '52': WITA, // Nusa Tenggara Barat
  '53': WITA, // Nusa Tenggara Timur
  '61': WIB, // Kalimantan Barat
  '62': WIB, // Kalimantan Tengah
  '63': WITA, // Kalimantan Selatan
  '64': WITA, // Kalimantan Timur
  '65': WITA, // Kalimantan Utara
  '71': WITA, // Sulawesi Utara
  '72': WITA, // Sulawesi Tengah
  '73': WITA, // Sulawesi Selatan
  '74': WITA, // Sulawesi Tenggara
  '75': WITA, // Gorontalo
  '76': WITA, // Sulawesi Barat
  '81': WIT, // Maluku
  '82': WIT, // Maluku Utara
  '91': WIT, // Papua (BPS: Papua Barat)
  '92': WIT, // Papua Barat (BPS: Papua Barat Daya)
  '93': WIT, // Papua Selatan
  '94': WIT, // Papua Tengah (BPS: Papua)
  '95': WIT, // Papua Pegunungan (BPS: Papua Selatan)
  '96': WIT, // Papua Barat Daya (BPS: Papua Tengah)
  '97': WIT, // BPS: Papua Pegunungan
};

/**
 * The zone of a province, or of a regency/locus code "PP.RR…" (its first two digits). Ministries and
 * agencies (no province) keep Jakarta time, where they sit.
 */
export function timeZoneOfProvince(provinceOrRegionCode: string | null | undefined): IndonesianTimeZone {
  const province = /^(\d{2})(?:\.|$)/.exec(provinceOrRegionCode ?? '')?.[1];
  return (province === undefined ? undefined : PROVINCE_TIME_ZONES[province]) ?? WIB;
}

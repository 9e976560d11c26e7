/**
 * The capture time and position a camera wrote into a photo's EXIF, in the project's terms. The tags are read
 * by exifr (docs/decisions/011: JPEG, HEIC, PNG, WebP) on the server and in the browser (before resizing, as
 * canvas re-encoding drops EXIF); this pure part turns them into facts both sides use alike.
 */
export interface ExifFacts {
  /** DateTimeOriginal as the camera's wall time, "YYYY-MM-DDTHH:mm:ss". */
  takenAtLocal: string | null;
  /** OffsetTimeOriginal, "+07:00", when the camera recorded it. */
  offset: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The tags exifr gives with `reviveValues: false` (dates stay the camera's text). */
export interface ExifTags {
  DateTimeOriginal?: unknown;
  DateTime?: unknown;
  OffsetTimeOriginal?: unknown;
  latitude?: unknown;
  longitude?: unknown;
}

/** The tags asked of exifr: nothing else of a photo is read. */
export const exifTagNames = [
  'DateTimeOriginal',
  'DateTime',
  'OffsetTimeOriginal',
  'GPSLatitude',
  'GPSLatitudeRef',
  'GPSLongitude',
  'GPSLongitudeRef',
];

export const emptyExifFacts: ExifFacts = {
  takenAtLocal: null,
  offset: null,
  latitude: null,
  longitude: null,
};

export function exifFactsFromTags(tags: ExifTags | null | undefined): ExifFacts {
  if (!tags) return emptyExifFacts;
  const offset = typeof tags.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal.trim() : '';
  return {
    takenAtLocal: toIsoWallTime(tags.DateTimeOriginal) ?? toIsoWallTime(tags.DateTime),
    offset: /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : null,
    latitude: degrees(tags.latitude, 90),
    longitude: degrees(tags.longitude, 180),
  };
}

/** "2024:06:05 10:15:30" → "2024-06-05T10:15:30"; an unset camera clock (zeros) is no time. */
function toIsoWallTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  if (year === '0000' || month === '00' || day === '00') return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}

function degrees(value: unknown, limit: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) return null;
  return Math.round(value * 1e7) / 1e7;
}

/** The capture instant: the camera's offset when recorded, otherwise the given fallback offset ("+07:00"). */
export function exifTakenAt(facts: ExifFacts, fallbackOffset: string): Date | null {
  if (!facts.takenAtLocal) return null;
  const instant = new Date(`${facts.takenAtLocal}${facts.offset ?? fallbackOffset}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * The TIFF block inside a WebP's EXIF chunk (RIFF), which exifr 7 does not look for; exifr then reads that
 * block as a TIFF. Some writers put the JPEG "Exif\0\0" header in front of it, which is skipped.
 */
export function webpExifBlock(bytes: Uint8Array): Uint8Array | undefined {
  const text = (at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
  if (bytes.length < 12 || text(0, 4) !== 'RIFF' || text(8, 4) !== 'WEBP') return undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const size =
      (bytes[offset + 4] ?? 0) |
      ((bytes[offset + 5] ?? 0) << 8) |
      ((bytes[offset + 6] ?? 0) << 16) |
      ((bytes[offset + 7] ?? 0) * 0x1000000);
    if (text(offset, 4) === 'EXIF') {
      const block = bytes.subarray(offset + 8, offset + 8 + size);
      return text(offset + 8, 6) === 'Exif\0\0' ? block.subarray(6) : block;
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

/**
 * The capture time and position a camera wrote into a JPEG's EXIF block (APP1, a TIFF structure). Pure, so the
 * browser reads it before resizing a photo (canvas re-encoding drops EXIF) and the server reads it on upload.
 */
export interface ExifFacts {
  /** DateTimeOriginal as the camera's wall time, "YYYY-MM-DDTHH:mm:ss". */
  takenAtLocal: string | null;
  /** OffsetTimeOriginal, "+07:00", when the camera recorded it. */
  offset: string | null;
  latitude: number | null;
  longitude: number | null;
}

const emptyFacts: ExifFacts = { takenAtLocal: null, offset: null, latitude: null, longitude: null };

const tags = {
  exifPointer: 0x8769,
  gpsPointer: 0x8825,
  dateTime: 0x0132,
  dateTimeOriginal: 0x9003,
  offsetTimeOriginal: 0x9011,
  latitudeRef: 1,
  latitude: 2,
  longitudeRef: 3,
  longitude: 4,
} as const;

const typeSizes: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

/** Facts of a JPEG; every field null when the file is no JPEG, has no EXIF, or the block is damaged. */
export function readExif(bytes: Uint8Array): ExifFacts {
  try {
    const tiffStart = findExifTiffStart(bytes);
    return tiffStart === undefined ? emptyFacts : readTiff(bytes, tiffStart);
  } catch {
    // A truncated or malformed block is not the uploader's fault: the file is kept without metadata.
    return emptyFacts;
  }
}

/** Offset of the TIFF header inside the first APP1 "Exif\0\0" segment, walking markers until the image data. */
function findExifTiffStart(bytes: Uint8Array): number | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // image data starts: no EXIF before it
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    const header = String.fromCharCode(...bytes.subarray(offset + 4, offset + 10));
    if (marker === 0xe1 && header === 'Exif\0\0') return offset + 10;
    offset += 2 + length;
  }
  return undefined;
}

interface Entry {
  type: number;
  count: number;
  /** Where the value lives, relative to the whole file. */
  valueOffset: number;
}

function readTiff(bytes: Uint8Array, start: number): ExifFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = String.fromCharCode(bytes[start] ?? 0, bytes[start + 1] ?? 0);
  if (order !== 'II' && order !== 'MM') return emptyFacts;
  const little = order === 'II';
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  if (u16(start + 2) !== 42) return emptyFacts;

  const readIfd = (relative: number): Map<number, Entry> => {
    const entries = new Map<number, Entry>();
    const at = start + relative;
    const count = u16(at);
    for (let index = 0; index < count; index += 1) {
      const entry = at + 2 + index * 12;
      const type = u16(entry + 2);
      const valueCount = u32(entry + 4);
      const size = (typeSizes[type] ?? 1) * valueCount;
      // Values of four bytes or less sit in the entry itself; larger ones are at an offset from the TIFF start.
      const valueOffset = size <= 4 ? entry + 8 : start + u32(entry + 8);
      entries.set(u16(entry), { type, count: valueCount, valueOffset });
    }
    return entries;
  };
  const ascii = (entry: Entry | undefined): string | null => {
    if (entry?.type !== 2 || entry.count > 256) return null;
    const text = String.fromCharCode(...bytes.subarray(entry.valueOffset, entry.valueOffset + entry.count));
    return text.replace(/\0+$/, '').trim() || null;
  };
  const rationals = (entry: Entry | undefined): number[] | null => {
    if (entry?.type !== 5 || entry.count > 8) return null;
    const values: number[] = [];
    for (let index = 0; index < entry.count; index += 1) {
      const denominator = u32(entry.valueOffset + index * 8 + 4);
      values.push(denominator === 0 ? 0 : u32(entry.valueOffset + index * 8) / denominator);
    }
    return values;
  };
  const pointer = (entries: Map<number, Entry>, tag: number): number | undefined => {
    const entry = entries.get(tag);
    return entry ? u32(entry.valueOffset) : undefined;
  };

  const ifd0 = readIfd(u32(start + 4));
  const exifOffset = pointer(ifd0, tags.exifPointer);
  const exif = exifOffset === undefined ? new Map<number, Entry>() : readIfd(exifOffset);
  const gpsOffset = pointer(ifd0, tags.gpsPointer);
  const gps = gpsOffset === undefined ? new Map<number, Entry>() : readIfd(gpsOffset);

  const dateText = ascii(exif.get(tags.dateTimeOriginal)) ?? ascii(ifd0.get(tags.dateTime));
  const offsetText = ascii(exif.get(tags.offsetTimeOriginal));
  return {
    takenAtLocal: toIsoWallTime(dateText),
    offset: offsetText && /^[+-]\d{2}:\d{2}$/.test(offsetText) ? offsetText : null,
    latitude: toDegrees(rationals(gps.get(tags.latitude)), ascii(gps.get(tags.latitudeRef)), 'S', 90),
    longitude: toDegrees(rationals(gps.get(tags.longitude)), ascii(gps.get(tags.longitudeRef)), 'W', 180),
  };
}

/** "2024:06:05 10:15:30" → "2024-06-05T10:15:30"; cameras write all zeros or blanks when the clock is unset. */
function toIsoWallTime(text: string | null): string | null {
  const match = text ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text) : null;
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  if (year === '0000' || month === '00' || day === '00') return null;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}

function toDegrees(
  parts: number[] | null,
  reference: string | null,
  negative: string,
  limit: number,
): number | null {
  if (!parts || parts.length < 1) return null;
  const [degrees = 0, minutes = 0, seconds = 0] = parts;
  const value = degrees + minutes / 60 + seconds / 3600;
  if (!Number.isFinite(value) || value > limit) return null;
  return Math.round((reference === negative ? -value : value) * 1e7) / 1e7;
}

/** The capture instant: the camera's offset when recorded, otherwise the given fallback offset ("+07:00"). */
export function exifTakenAt(facts: ExifFacts, fallbackOffset: string): Date | null {
  if (!facts.takenAtLocal) return null;
  const instant = new Date(`${facts.takenAtLocal}${facts.offset ?? fallbackOffset}`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

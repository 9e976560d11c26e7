import type { EvidenceUploadFields } from '../../contracts/evidence.contract';
import { timeZoneOfProvince } from '../../core/cycles/indonesian-time-zones';
import { exifTakenAt, readExif } from '../files/read-exif';

export interface EvidenceMetadata {
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Capture time and position of an upload: the photo's own EXIF first (exifr: JPEG, PNG, WebP; a path is read
 * only where the metadata sits); otherwise what the browser read from the original photo before resizing it
 * (the resized copy has no EXIF). A camera time without a zone is taken as the province's local time.
 */
export async function resolveEvidenceMetadata(
  source: Buffer | string,
  mediaType: string,
  fields: Pick<EvidenceUploadFields, 'takenAt' | 'latitude' | 'longitude'>,
  provinceCode: string | null,
): Promise<EvidenceMetadata> {
  const facts = mediaType.startsWith('image/')
    ? await readExif(source)
    : { takenAtLocal: null, offset: null, latitude: null, longitude: null };
  const { offsetHours } = timeZoneOfProvince(provinceCode);
  const fileTakenAt = exifTakenAt(facts, `+0${offsetHours}:00`);
  const filePosition = facts.latitude !== null && facts.longitude !== null;
  const fieldPosition = fields.latitude !== undefined && fields.longitude !== undefined;
  return {
    takenAt: fileTakenAt ?? (fields.takenAt ? new Date(fields.takenAt) : null),
    latitude: filePosition ? facts.latitude : fieldPosition ? (fields.latitude ?? null) : null,
    longitude: filePosition ? facts.longitude : fieldPosition ? (fields.longitude ?? null) : null,
  };
}

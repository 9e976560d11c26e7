// The same bounds as the API's contract (Indonesia spans about 11°S–6°N, 95°E–141°E).
const latitudeRange = { min: -11.5, max: 6.5 };
const longitudeRange = { min: 94.5, max: 141.5 };

type CoordinateProblem = 'latitudeRange' | 'longitudeRange' | 'coordinatesPair';

export interface ParsedCoordinates {
  /** Set when the input is valid: both numbers, or both null. */
  value?: { latitude: number | null; longitude: number | null };
  errors: { latitude?: CoordinateProblem; longitude?: CoordinateProblem };
}

/** A decimal typed with a comma (Indonesian) or a point; empty → null; anything else → NaN. */
function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^[-+]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

const outside = (value: number | null, range: { min: number; max: number }) =>
  value !== null && (Number.isNaN(value) || value < range.min || value > range.max);

/** Form text → coordinates, or the message key of each field's problem. */
export function parseCoordinates(latitudeText: string, longitudeText: string): ParsedCoordinates {
  const latitude = parseDecimal(latitudeText);
  const longitude = parseDecimal(longitudeText);
  const errors: ParsedCoordinates['errors'] = {};
  if (outside(latitude, latitudeRange)) errors.latitude = 'latitudeRange';
  if (outside(longitude, longitudeRange)) errors.longitude = 'longitudeRange';
  if (!errors.latitude && !errors.longitude && (latitude === null) !== (longitude === null)) {
    errors[latitude === null ? 'latitude' : 'longitude'] = 'coordinatesPair';
  }
  if (errors.latitude || errors.longitude) return { errors };
  return { value: { latitude, longitude }, errors };
}

/**
 * Rules that say whether a photo can be trusted as evidence of a unit visit (docs/evidence-integrity.md).
 * Pure: the server applies them on every read, so a unit's coordinates or a cycle's dates corrected later
 * change the flags at once. A flag is a hint for the verifier; only the verifier's decision removes evidence.
 */
export const photoIntegrityFlagCodes = [
  'gps-far',
  'time-outside-window',
  'no-metadata',
  'duplicate',
] as const;
export type PhotoIntegrityFlagCode = (typeof photoIntegrityFlagCodes)[number];

export interface Coordinates {
  latitude: number;
  longitude: number;
}

const earthRadiusKm = 6371.0088;
const dayMs = 24 * 60 * 60 * 1000;

/** Great-circle (haversine) distance in kilometres; exact enough for a threshold of a few kilometres. */
export function distanceKm(from: Coordinates, to: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const deltaLatitude = radians(to.latitude - from.latitude);
  const deltaLongitude = radians(to.longitude - from.longitude);
  const a =
    Math.sin(deltaLatitude / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(deltaLongitude / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface TimeWindow {
  /** Inclusive. */
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
}

/**
 * The moments a field photo may have been taken: the data-collection phase widened by a day on each side, so
 * a photo of the evening before the first visit (or a camera clock a few hours off) is not flagged.
 */
export function photoWindowOf(dataCollection: TimeWindow, slackDays = 1): TimeWindow {
  return {
    startsAt: new Date(dataCollection.startsAt.getTime() - slackDays * dayMs),
    endsAt: new Date(dataCollection.endsAt.getTime() + slackDays * dayMs),
  };
}

export function isInsideWindow(moment: Date, window: TimeWindow): boolean {
  const time = moment.getTime();
  return time >= window.startsAt.getTime() && time < window.endsAt.getTime();
}

export interface PhotoFacts {
  takenAt: Date | null;
  position: Coordinates | null;
}

export interface PhotoRuleContext {
  /** Null when the cycle has no data-collection phase (never for a valid cycle). */
  window: TimeWindow | null;
  /** Null while the unit has no coordinates: distance cannot be judged then. */
  unitPosition: Coordinates | null;
  maxDistanceKm: number;
}

export type PhotoRuleFlag =
  | { code: 'no-metadata' }
  | { code: 'time-outside-window'; takenAt: Date; window: TimeWindow }
  | { code: 'gps-far'; distanceKm: number; maxDistanceKm: number };

/** The time and place flags of one photo, in the order of photoIntegrityFlagCodes. */
export function photoRuleFlags(facts: PhotoFacts, context: PhotoRuleContext): PhotoRuleFlag[] {
  if (facts.takenAt === null && facts.position === null) return [{ code: 'no-metadata' }];
  const flags: PhotoRuleFlag[] = [];
  if (facts.position && context.unitPosition) {
    const distance = distanceKm(facts.position, context.unitPosition);
    if (distance > context.maxDistanceKm)
      flags.push({ code: 'gps-far', distanceKm: distance, maxDistanceKm: context.maxDistanceKm });
  }
  if (facts.takenAt && context.window && !isInsideWindow(facts.takenAt, context.window))
    flags.push({ code: 'time-outside-window', takenAt: facts.takenAt, window: context.window });
  return flags;
}

/**
 * Bits that differ between two perceptual hashes of the same length (hex). Two photos whose 64-bit hashes
 * differ in at most `nearDuplicateMaxBits` are taken as the same picture resized or recompressed.
 */
export function hammingDistanceHex(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length) * 4;
  let bits = 0;
  for (let index = 0; index < a.length; index += 1) {
    let difference = Number.parseInt(a[index] ?? '0', 16) ^ Number.parseInt(b[index] ?? '0', 16);
    while (difference > 0) {
      bits += difference & 1;
      difference >>= 1;
    }
  }
  return bits;
}

/** Measured on resized (½, ¼) and recompressed (quality 40–90) copies: they stay within a few bits. */
export const nearDuplicateMaxBits = 6;

export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistanceHex(a, b) <= nearDuplicateMaxBits;
}

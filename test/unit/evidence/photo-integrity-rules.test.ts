import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  hammingDistanceHex,
  isInsideWindow,
  photoRuleFlags,
  photoWindowOf,
} from '../../../src/core/evidence/photo-integrity-rules';

const sekayu = { latitude: -2.8833, longitude: 103.8475 };
const jakarta = { latitude: -6.2, longitude: 106.8167 };
const dataCollection = {
  startsAt: new Date('2026-07-01T00:00:00+07:00'),
  endsAt: new Date('2026-08-01T00:00:00+07:00'),
};
const context = { window: photoWindowOf(dataCollection), unitPosition: sekayu, maxDistanceKm: 2 };

describe('distance', () => {
  it('matches hand-computed great-circle distances', () => {
    // One degree of latitude is 111.19 km on a sphere of radius 6371.0088 km (π/180 × R).
    expect(distanceKm({ latitude: 0, longitude: 100 }, { latitude: 1, longitude: 100 })).toBeCloseTo(
      111.195,
      2,
    );
    // Sekayu to Jakarta: about 496 km (haversine of the two points above).
    expect(distanceKm(sekayu, jakarta)).toBeGreaterThan(490);
    expect(distanceKm(sekayu, jakarta)).toBeLessThan(500);
    expect(distanceKm(sekayu, sekayu)).toBe(0);
  });

  it('flags a photo farther than the limit, not one inside it', () => {
    // 0.018° of latitude ≈ 2.0015 km: just beyond 2 km; 0.017° ≈ 1.89 km: inside.
    const beyond = { latitude: sekayu.latitude + 0.018, longitude: sekayu.longitude };
    const inside = { latitude: sekayu.latitude + 0.017, longitude: sekayu.longitude };
    const takenAt = new Date('2026-07-10T10:00:00+07:00');
    expect(photoRuleFlags({ takenAt, position: beyond }, context)).toEqual([
      { code: 'gps-far', distanceKm: expect.closeTo(2.0015, 3), maxDistanceKm: 2 },
    ]);
    expect(photoRuleFlags({ takenAt, position: inside }, context)).toEqual([]);
    expect(photoRuleFlags({ takenAt, position: beyond }, { ...context, maxDistanceKm: 5 })).toEqual([]);
  });

  it('cannot judge distance while the unit has no coordinates', () => {
    const takenAt = new Date('2026-07-10T10:00:00+07:00');
    expect(photoRuleFlags({ takenAt, position: jakarta }, { ...context, unitPosition: null })).toEqual([]);
  });
});

describe('collection window', () => {
  it('is data collection widened by one day on each side, start inclusive and end exclusive', () => {
    const window = photoWindowOf(dataCollection);
    expect(window.startsAt.toISOString()).toBe('2026-06-29T17:00:00.000Z');
    expect(window.endsAt.toISOString()).toBe('2026-08-01T17:00:00.000Z');
    expect(isInsideWindow(new Date('2026-06-29T17:00:00.000Z'), window)).toBe(true);
    expect(isInsideWindow(new Date('2026-06-29T16:59:59.999Z'), window)).toBe(false);
    expect(isInsideWindow(new Date('2026-08-01T16:59:59.999Z'), window)).toBe(true);
    expect(isInsideWindow(new Date('2026-08-01T17:00:00.000Z'), window)).toBe(false);
  });

  it('flags a photo of 2019 in Jakarta with both rules, in the documented order', () => {
    const takenAt = new Date('2019-03-14T09:00:00+07:00');
    const flags = photoRuleFlags({ takenAt, position: jakarta }, context);
    expect(flags.map((flag) => flag.code)).toEqual(['gps-far', 'time-outside-window']);
  });

  it('flags a photo with neither time nor place as without metadata, and nothing else', () => {
    expect(photoRuleFlags({ takenAt: null, position: null }, context)).toEqual([{ code: 'no-metadata' }]);
    // Time alone (no GPS) is still metadata: judged on time only.
    expect(
      photoRuleFlags({ takenAt: new Date('2026-07-02T08:00:00+07:00'), position: null }, context),
    ).toEqual([]);
  });
});

describe('hamming distance of hex hashes', () => {
  it('counts differing bits', () => {
    expect(hammingDistanceHex('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistanceHex('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistanceHex('f0f0f0f0f0f0f0f0', 'f0f0f0f0f0f0f0f1')).toBe(1);
    expect(hammingDistanceHex('8000000000000001', '0000000000000000')).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import {
  hammingDistanceHex,
  isNearDuplicate,
  nearDuplicateMaxBits,
} from '../../../src/core/evidence/photo-integrity-rules';
import { computePerceptualHash } from '../../../src/server/evidence/compute-perceptual-hash';
import { jpegWithExif } from '../../helpers/exif-jpeg-factory';
import { resizedCopy, sceneJpeg } from '../../helpers/photo-jpeg-factory';

const hashOf = (bytes: Uint8Array): string => {
  const hash = computePerceptualHash(bytes);
  if (hash === null) throw new Error('not decodable');
  return hash;
};

describe('perceptual hash of photos', () => {
  const original = sceneJpeg({ width: 320, height: 240, seed: 7 });
  const originalHash = hashOf(original);

  it('is 64 bits (16 hex digits)', () => {
    expect(originalHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['half size, quality 80', 0.5, 80],
    ['quarter size, quality 60', 0.25, 60],
    ['full size, quality 40', 1, 40],
    ['full size, quality 90', 1, 90],
  ])(
    'keeps a copy resized or recompressed (%s) within the near-duplicate distance',
    (_name, factor, quality) => {
      const copy = resizedCopy(original, factor, quality);
      expect(copy.equals(original)).toBe(false);
      const distance = hammingDistanceHex(originalHash, hashOf(copy));
      expect(distance).toBeLessThanOrEqual(nearDuplicateMaxBits);
      expect(isNearDuplicate(originalHash, hashOf(copy))).toBe(true);
    },
  );

  it('tells other scenes apart', () => {
    for (const seed of [8, 9, 10, 11, 12]) {
      const other = hashOf(sceneJpeg({ width: 320, height: 240, seed }));
      expect(hammingDistanceHex(originalHash, other)).toBeGreaterThan(nearDuplicateMaxBits);
    }
  });

  it('gives null for a file it cannot decode (a stub JPEG with EXIF only)', () => {
    expect(computePerceptualHash(jpegWithExif({ dateTimeOriginal: '2024:06:05 10:15:30' }))).toBeNull();
    expect(computePerceptualHash(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

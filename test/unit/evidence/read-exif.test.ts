import { describe, expect, it } from 'vitest';
import { exifTakenAt, readExif } from '../../../src/server/files/read-exif';
import { jpegWithExif } from '../../helpers/exif-jpeg-factory';

/** A photo taken at Dinas Sosial Musi Banyuasin, Sekayu (about 2°53′ S, 103°51′ E). */
const sekayu = {
  dateTimeOriginal: '2024:06:05 10:15:30',
  latitude: { dms: [2, 53, 15.6] as [number, number, number], ref: 'S' as const },
  longitude: { dms: [103, 50, 52.8] as [number, number, number], ref: 'E' as const },
};

describe('readExif', () => {
  it.each(['II', 'MM'] as const)('reads DateTimeOriginal and GPS from %s (byte order) EXIF', (byteOrder) => {
    const facts = readExif(jpegWithExif({ ...sekayu, byteOrder }));
    expect(facts).toEqual({
      takenAtLocal: '2024-06-05T10:15:30',
      offset: null,
      latitude: -2.8876667,
      longitude: 103.848,
    });
  });

  it('takes the camera’s own offset, else the province’s', () => {
    const withOffset = readExif(jpegWithExif({ ...sekayu, offsetTimeOriginal: '+08:00' }));
    expect(withOffset.offset).toBe('+08:00');
    expect(exifTakenAt(withOffset, '+07:00')?.toISOString()).toBe('2024-06-05T02:15:30.000Z');
    const withoutOffset = readExif(jpegWithExif(sekayu));
    expect(exifTakenAt(withoutOffset, '+07:00')?.toISOString()).toBe('2024-06-05T03:15:30.000Z');
  });

  it('gives west and north positions their signs', () => {
    const facts = readExif(
      jpegWithExif({
        latitude: { dms: [5, 33, 0], ref: 'N' },
        longitude: { dms: [95, 19, 12], ref: 'W' },
      }),
    );
    expect(facts.latitude).toBe(5.55);
    expect(facts.longitude).toBe(-95.32);
    expect(facts.takenAtLocal).toBeNull();
  });

  it('returns nothing for a PNG, a JPEG without EXIF, a truncated block or an unset camera clock', () => {
    const empty = { takenAtLocal: null, offset: null, latitude: null, longitude: null };
    expect(readExif(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual(empty);
    expect(readExif(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toEqual(empty);
    const full = jpegWithExif(sekayu);
    expect(readExif(full.subarray(0, 60))).toEqual(empty);
    expect(readExif(jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00' })).takenAtLocal).toBeNull();
  });
});

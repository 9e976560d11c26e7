import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
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
  it.each(['II', 'MM'] as const)(
    'reads DateTimeOriginal and GPS from %s (byte order) EXIF',
    async (byteOrder) => {
      const facts = await readExif(jpegWithExif({ ...sekayu, byteOrder }));
      expect(facts).toEqual({
        takenAtLocal: '2024-06-05T10:15:30',
        offset: null,
        latitude: -2.8876667,
        longitude: 103.848,
      });
    },
  );

  it('takes the camera’s own offset, else the province’s', async () => {
    const withOffset = await readExif(jpegWithExif({ ...sekayu, offsetTimeOriginal: '+08:00' }));
    expect(withOffset.offset).toBe('+08:00');
    expect(exifTakenAt(withOffset, '+07:00')?.toISOString()).toBe('2024-06-05T02:15:30.000Z');
    const withoutOffset = await readExif(jpegWithExif(sekayu));
    expect(exifTakenAt(withoutOffset, '+07:00')?.toISOString()).toBe('2024-06-05T03:15:30.000Z');
  });

  it('gives west and north positions their signs', async () => {
    const facts = await readExif(
      jpegWithExif({
        latitude: { dms: [5, 33, 0], ref: 'N' },
        longitude: { dms: [95, 19, 12], ref: 'W' },
      }),
    );
    expect(facts.latitude).toBe(5.55);
    expect(facts.longitude).toBe(-95.32);
    expect(facts.takenAtLocal).toBeNull();
  });

  it('returns nothing for a PNG, a JPEG without EXIF, a truncated block or an unset camera clock', async () => {
    const empty = { takenAtLocal: null, offset: null, latitude: null, longitude: null };
    expect(await readExif(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual(empty);
    expect(await readExif(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]))).toEqual(empty);
    const full = jpegWithExif(sekayu);
    expect(await readExif(full.subarray(0, 60))).toEqual(empty);
    expect(
      (await readExif(jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00' }))).takenAtLocal,
    ).toBeNull();
  });
});

/** The TIFF block of a fixture JPEG: after FFD8, the APP1 marker, its length and "Exif\0\0". */
function tiffOf(jpeg: Buffer): Buffer {
  return jpeg.subarray(12, 4 + jpeg.readUInt16BE(4));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(type, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
}

describe('readExif beyond JPEG (the old reader knew only JPEG)', () => {
  const expected = {
    takenAtLocal: '2024-06-05T10:15:30',
    offset: null,
    latitude: -2.8876667,
    longitude: 103.848,
  };

  it('reads the eXIf chunk of a PNG', async () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    header.writeUInt8(8, 8);
    header.writeUInt8(2, 9);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('eXIf', tiffOf(jpegWithExif(sekayu))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await readExif(png)).toEqual(expected);
  });

  it('reads the EXIF chunk of a WebP', async () => {
    const vp8x = Buffer.alloc(10);
    vp8x.writeUInt8(0x08, 0); // the EXIF flag
    const chunks = Buffer.concat([riffChunk('VP8X', vp8x), riffChunk('EXIF', tiffOf(jpegWithExif(sekayu)))]);
    const header = Buffer.alloc(12);
    header.write('RIFF', 0, 'latin1');
    header.writeUInt32LE(chunks.length + 4, 4);
    header.write('WEBP', 8, 'latin1');
    expect(await readExif(Buffer.concat([header, chunks]))).toEqual(expected);
  });

  it('reads a photo on disk by its path', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'patuh-exif-'));
    try {
      const file = path.join(folder, 'foto.jpg');
      writeFileSync(file, jpegWithExif(sekayu));
      expect(await readExif(file)).toEqual(expected);
      expect(await readExif(path.join(folder, 'missing.jpg'))).toEqual({
        ...expected,
        takenAtLocal: null,
        latitude: null,
        longitude: null,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

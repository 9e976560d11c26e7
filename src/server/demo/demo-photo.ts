import { crc32, deflateSync } from 'node:zlib';

/**
 * A small made-up "photo" (PNG) used as the demo's observation evidence, so the demo needs no image file:
 * a sky-to-floor gradient with a counter-coloured band. Deterministic in `shade`.
 */
export function renderDemoPhoto(variant: number | { shade: number; height: number }, width = 160): Buffer {
  const { shade, height } = typeof variant === 'number' ? { shade: variant, height: 120 } : variant;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const isCounter = y > height * 0.55 && y < height * 0.75;
      const offset = row + 1 + x * 3;
      raw[offset] = isCounter ? 180 : (90 + y + shade * 7) & 0xff;
      raw[offset + 1] = isCounter ? 120 : (130 + x / 2) & 0xff;
      raw[offset + 2] = isCounter ? 60 : (200 - y / 2 + shade * 13) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
}

/**
 * A distinct picture for the n-th unit photo of a demo year: 256 shades, then one more row of height, and a
 * band of heights per year, so no two demo units (of any year) share a photo.
 */
export function demoPhotoVariant(year: number, index: number): { shade: number; height: number } {
  return { shade: index % 256, height: 120 + ((year % 8) * 16 + Math.floor(index / 256)) };
}

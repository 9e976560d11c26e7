/**
 * A JPEG whose APP1 block carries known EXIF facts, built byte by byte so tests know exactly what a parser
 * must read back. The image data after the block is a stub (parsers and the upload sniffing never decode it).
 */
export interface ExifFixture {
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  /** [degrees, minutes, seconds] and the reference letter. */
  latitude?: { dms: [number, number, number]; ref: 'N' | 'S' };
  longitude?: { dms: [number, number, number]; ref: 'E' | 'W' };
  byteOrder?: 'II' | 'MM';
  /** Bytes placed after the EXIF block, before the end marker: makes two fixtures differ. */
  payload?: string;
}

interface Tag {
  tag: number;
  type: 2 | 4 | 5;
  count: number;
  /** ASCII text, a LONG, or rationals as [numerator, denominator] pairs. */
  value: string | number | [number, number][];
}

export function jpegWithExif(fixture: ExifFixture): Buffer {
  const little = (fixture.byteOrder ?? 'II') === 'II';
  const exifTags: Tag[] = [];
  if (fixture.dateTimeOriginal) exifTags.push(ascii(0x9003, fixture.dateTimeOriginal));
  if (fixture.offsetTimeOriginal) exifTags.push(ascii(0x9011, fixture.offsetTimeOriginal));
  const gpsTags: Tag[] = [];
  if (fixture.latitude) {
    gpsTags.push(ascii(1, fixture.latitude.ref), rationals(2, fixture.latitude.dms));
  }
  if (fixture.longitude) {
    gpsTags.push(ascii(3, fixture.longitude.ref), rationals(4, fixture.longitude.dms));
  }
  // Layout: header (8) | IFD0 | Exif IFD | GPS IFD, each IFD followed by its out-of-line values.
  const ifd0Tags: Tag[] = [
    { tag: 0x010f, type: 2, count: 0, value: 'Patuh Test Camera' },
    { tag: 0x8769, type: 4, count: 1, value: 0 },
    { tag: 0x8825, type: 4, count: 1, value: 0 },
  ].map((tag) => (tag.type === 2 ? ascii(tag.tag, String(tag.value)) : (tag as Tag)));
  const ifd0Offset = 8;
  const exifOffset = ifd0Offset + ifdSize(ifd0Tags);
  const gpsOffset = exifOffset + ifdSize(exifTags);
  const pointer0 = ifd0Tags[1];
  const pointer1 = ifd0Tags[2];
  if (pointer0) pointer0.value = exifOffset;
  if (pointer1) pointer1.value = gpsOffset;
  const total = gpsOffset + ifdSize(gpsTags);
  const tiff = Buffer.alloc(total);
  const u16 = (value: number, at: number) =>
    little ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at);
  const u32 = (value: number, at: number) =>
    little ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at);
  tiff.write(little ? 'II' : 'MM', 0, 'latin1');
  u16(42, 2);
  u32(ifd0Offset, 4);
  const writeIfd = (tags: Tag[], at: number) => {
    u16(tags.length, at);
    let extra = at + 2 + tags.length * 12 + 4;
    tags.forEach((tag, index) => {
      const entry = at + 2 + index * 12;
      u16(tag.tag, entry);
      u16(tag.type, entry + 2);
      u32(tag.count, entry + 4);
      const size = valueSize(tag);
      const target = size <= 4 ? entry + 8 : extra;
      if (size > 4) {
        u32(extra, entry + 8);
        extra += size + (size % 2);
      }
      if (typeof tag.value === 'string') tiff.write(`${tag.value}\0`, target, 'latin1');
      else if (typeof tag.value === 'number') u32(tag.value, target);
      else
        tag.value.forEach(([numerator, denominator], part) => {
          u32(numerator, target + part * 8);
          u32(denominator, target + part * 8 + 4);
        });
    });
    u32(0, at + 2 + tags.length * 12);
  };
  writeIfd(ifd0Tags, ifd0Offset);
  writeIfd(exifTags, exifOffset);
  writeIfd(gpsTags, gpsOffset);

  const exifHeader = Buffer.from('Exif\0\0', 'latin1');
  const segmentLength = 2 + exifHeader.length + tiff.length;
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(segmentLength, 2);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    app1,
    exifHeader,
    tiff,
    Buffer.from([0xff, 0xda, 0x00, 0x02]),
    Buffer.from(fixture.payload ?? 'image data', 'latin1'),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function ascii(tag: number, text: string): Tag {
  return { tag, type: 2, count: text.length + 1, value: text };
}

function rationals(tag: number, dms: [number, number, number]): Tag {
  // Seconds with two decimals, as phones write them.
  return {
    tag,
    type: 5,
    count: 3,
    value: [
      [dms[0], 1],
      [dms[1], 1],
      [Math.round(dms[2] * 100), 100],
    ],
  };
}

function valueSize(tag: Tag): number {
  return tag.type === 5 ? tag.count * 8 : tag.type === 4 ? 4 : tag.count;
}

function ifdSize(tags: Tag[]): number {
  const extras = tags
    .map(valueSize)
    .filter((size) => size > 4)
    .reduce((sum, size) => sum + size + (size % 2), 0);
  return 2 + tags.length * 12 + 4 + extras;
}

import { crc32, deflateRawSync } from 'node:zlib';

/** One file of an archive. `bytes` is read when the entry's turn comes, so a caller can load files lazily. */
export interface ZipEntry {
  /** Path inside the archive, "/"-separated (UTF-8 allowed). */
  name: string;
  modifiedAt: Date;
  bytes: () => Promise<Uint8Array>;
}

export interface ZipOptions {
  /**
   * Deflate entries (level 6), each stored as is where deflating does not make it smaller. Off by default
   * because photos and PDFs are already compressed.
   */
  compress?: boolean;
}

/** Past these limits an archive needs ZIP64, which this writer does not produce. */
const maxZip32 = 0xffffffff;
const maxEntries = 0xffff;

/**
 * A ZIP archive as a stream of chunks: each entry's local header and data as soon as it is read, then the
 * central directory. Memory holds one file at a time, never the whole archive.
 */
export async function* writeZip(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  options: ZipOptions = {},
): AsyncGenerator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for await (const entry of entries) {
    const raw = await entry.bytes();
    const stored = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const deflated = options.compress ? deflateRawSync(raw) : undefined;
    const data = deflated && deflated.length < stored.length ? deflated : stored;
    const method = data === stored ? 0 : 8;
    const name = Buffer.from(entry.name.replace(/^\/+/, ''), 'utf8');
    const checksum = crc32(raw);
    const { time, date } = dosDateTime(entry.modifiedAt);
    count += 1;
    if (count > maxEntries || offset + 30 + name.length + data.length > maxZip32) {
      throw new Error('ZIP archive too large for the ZIP32 format');
    }
    // Flag bit 11: names are UTF-8.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.byteLength, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(checksum, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(raw.byteLength, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, name);

    yield Buffer.concat([local, name]);
    yield data;
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}

/** MS-DOS date and time fields (local wall time in UTC here, 2-second steps, years from 1980). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** A name safe as one path segment inside an archive (no separators, no control characters). */
export function zipPathSegment(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|]+/g, '_')
    .split('')
    .filter((character) => character.charCodeAt(0) >= 32)
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '_' : cleaned;
}

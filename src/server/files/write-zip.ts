import { once } from 'node:events';
import ZipStream from 'zip-stream';

/** One file of an archive. `bytes` is read when the entry's turn comes, so a caller can load files lazily. */
export interface ZipEntry {
  /** Path inside the archive, "/"-separated (UTF-8 allowed). */
  name: string;
  modifiedAt: Date;
  bytes: () => Promise<Uint8Array>;
}

export interface ZipOptions {
  /** Deflate entries (level 6). Off by default because photos and PDFs are already compressed. */
  compress?: boolean;
}

/**
 * A ZIP archive as a stream of chunks, written by zip-stream (archiver's writer; docs/decisions/009): each
 * entry's bytes are read only when its turn comes and the next entry waits until the reader has taken the
 * output, so memory holds one file at a time, never the whole archive. The format turns to ZIP64 by itself past
 * 65,535 entries or 4 GiB (a national bulk ZIP can pass both). Dates are written as UTC wall time.
 */
export async function* writeZip(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  options: ZipOptions = {},
): AsyncGenerator<Buffer> {
  const zip = new ZipStream({ zlib: { level: 6 }, store: !options.compress });
  const adding = (async () => {
    for await (const entry of entries) {
      const raw = await entry.bytes();
      const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      await new Promise<void>((resolve, reject) => {
        zip.entry(bytes, { name: entry.name.replace(/^\/+/, ''), date: entry.modifiedAt }, (error) =>
          error ? reject(error) : resolve(),
        );
      });
      // Backpressure: a slow reader (a download) holds the next file back instead of the archive piling up.
      if (zip.writableNeedDrain) await once(zip, 'drain');
    }
    zip.finalize();
  })();
  adding.catch((error: unknown) => zip.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of zip) yield chunk as Buffer;
  await adding;
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

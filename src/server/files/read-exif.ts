import { open, readFile } from 'node:fs/promises';
import exifr from 'exifr';
import {
  type ExifFacts,
  exifFactsFromTags,
  exifTagNames,
  webpExifBlock,
} from '../../core/evidence/exif-facts';

export { type ExifFacts, exifTakenAt } from '../../core/evidence/exif-facts';

/**
 * Capture time and position of a photo (JPEG, HEIC, PNG by exifr; WebP by its EXIF chunk, then exifr;
 * docs/decisions/011): from the bytes, or from a file path, of which exifr reads only the chunks holding the
 * metadata. Every field is null when the file has no EXIF or the block is damaged: that is not the uploader's
 * fault, the file is kept without metadata.
 */
export async function readExif(source: Uint8Array | string): Promise<ExifFacts> {
  try {
    const input =
      typeof source === 'string'
        ? await webpOnDisk(source)
        : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    const webpBlock = typeof input === 'string' ? undefined : webpExifBlock(input);
    const tags = await exifr.parse(webpBlock ? Buffer.from(webpBlock) : input, {
      pick: exifTagNames,
      reviveValues: false,
    });
    return exifFactsFromTags(tags);
  } catch {
    return exifFactsFromTags(null);
  }
}

/** A WebP's EXIF chunk usually follows the image data, so a WebP on disk is read whole; other types by path. */
async function webpOnDisk(file: string): Promise<string | Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    return head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP'
      ? await readFile(file)
      : file;
  } finally {
    await handle.close();
  }
}

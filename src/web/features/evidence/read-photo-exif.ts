import {
  type ExifFacts,
  exifFactsFromTags,
  exifTagNames,
  webpExifBlock,
} from '../../../core/evidence/exif-facts';

/**
 * Capture time and position of the photo as chosen (JPEG, HEIC, PNG, WebP), read by exifr before the page
 * resizes it (docs/decisions/011). exifr loads on first use, so visitors never download it.
 */
export async function readPhotoExif(file: Blob): Promise<ExifFacts> {
  try {
    const { default: exifr } = await import('exifr');
    // exifr 7 does not look inside WebP; its EXIF chunk is handed over as the TIFF block it is.
    const webpBlock =
      file.type === 'image/webp' ? webpExifBlock(new Uint8Array(await file.arrayBuffer())) : undefined;
    const input = webpBlock ? webpBlock.slice().buffer : file;
    return exifFactsFromTags(await exifr.parse(input, { pick: exifTagNames, reviveValues: false }));
  } catch {
    return exifFactsFromTags(null);
  }
}

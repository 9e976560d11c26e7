import { bmvbhash } from 'blockhash-core';
import jpeg from 'jpeg-js';

/** 8 × 8 blocks: a 64-bit hash, 16 hex digits, compared by Hamming distance in SQL and in the core. */
const hashGrid = 8;

/**
 * The perceptual hash (blockhash) of a JPEG, or null when it cannot be decoded (a damaged file, or a stub
 * made by a test). Decoding is bounded (50 megapixels, 512 MB) so a crafted file cannot exhaust the worker;
 * the hash ignores size and compression, so a resized or recompressed copy hashes within a few bits.
 */
export function computePerceptualHash(bytes: Uint8Array): string | null {
  try {
    const image = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: 50,
      maxMemoryUsageInMB: 512,
    });
    if (image.width < hashGrid || image.height < hashGrid) return null;
    return bmvbhash({ width: image.width, height: image.height, data: image.data }, hashGrid);
  } catch {
    return null;
  }
}

/** The worker's entry point (perceptual-hash-worker.mjs): piscina hands it the bytes. */
export default function perceptualHashTask(bytes: Uint8Array): string | null {
  return computePerceptualHash(bytes);
}

import fastifyCompress from '@fastify/compress';
import type { PatuhApp } from './app-types';

/**
 * Text answers big enough to gain (JSON, HTML, CSV, JavaScript, SVG, XML). Already-compressed kinds (PDF,
 * images, ZIP, XLSX) and raw bytes (`application/octet-stream`) are sent as they are: squeezing them again costs
 * CPU for nothing. Server-sent events are never buffered into a compressor.
 */
const compressibleType =
  /^text\/(?!event-stream)|[+/]json(?:;|$)|[+/]xml(?:;|$)|^application\/(?:javascript|ecmascript)|^image\/svg\+xml/u;

/**
 * Brotli (preferred) or gzip for dynamic answers of 1 KiB or more, as the client's Accept-Encoding allows.
 * Built web files are compressed once at build time (web-assets.ts), so this only ever runs for answers made
 * per request. Request bodies are not decompressed: a small gzip body could otherwise expand past the limits.
 */
export async function registerCompression(app: PatuhApp): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: compressibleType,
  });
}

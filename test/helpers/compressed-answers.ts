import fs from 'node:fs';
import zlib from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';

/** Writes `text` to `file` with its `.br` and `.gz` beside it, as `patuh build` leaves every text file of dist/web. */
export function writeWithCompressedCopies(file: string, text: string): void {
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
}

/** An injected answer's body as text, decoded by its `content-encoding` (brotli, gzip or none). */
export function decodedBodyOf(response: LightMyRequestResponse): string {
  const raw = response.rawPayload;
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(raw).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(raw).toString();
  return raw.toString();
}

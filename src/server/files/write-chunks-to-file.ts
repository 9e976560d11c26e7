import { createHash } from 'node:crypto';
import { open, rename } from 'node:fs/promises';

/**
 * Writes a stream of chunks (e.g. from writeZip) to `<target>.part` and renames it, so a reader never sees
 * half a file. Returns the file's size and sha256.
 */
export async function writeChunksToFile(
  target: string,
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ sizeBytes: number; sha256: string }> {
  const partial = `${target}.part`;
  const file = await open(partial, 'w');
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    for await (const chunk of chunks) {
      await file.write(chunk);
      hash.update(chunk);
      sizeBytes += chunk.byteLength;
    }
  } finally {
    await file.close();
  }
  await rename(partial, target);
  return { sizeBytes, sha256: hash.digest('hex') };
}

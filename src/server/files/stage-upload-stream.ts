import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An uploaded file already written to disk while it arrived, with what was learned on the way. */
export interface StagedFile {
  fieldName: string;
  fileName: string;
  /** The temporary file under `<dataDir>/incoming`; removed after the response unless stored. */
  path: string;
  sha256: string;
  sizeBytes: number;
  /** The first bytes, enough to recognise the file type. */
  head: Buffer;
}

const headBytes = 64;

export function incomingDirectory(dataDir: string): string {
  return path.join(dataDir, 'incoming');
}

/** A new, still empty staged file under `directory`; list it for clean-up before writing its first byte. */
export function newStagedFile(directory: string, fieldName: string, fileName: string): StagedFile {
  return {
    fieldName,
    fileName,
    path: path.join(directory, `${randomUUID()}.part`),
    sha256: '',
    sizeBytes: 0,
    head: Buffer.alloc(0),
  };
}

/** Thrown when an upload passes its limit while it streams; errors.ts answers 413 naming the route's limit. */
export class UploadTooLargeError extends Error {
  readonly statusCode = 413;
}

/**
 * Writes `source` to `staged.path`, hashing and counting on the way (docs/decisions/010): memory holds one chunk
 * at a time, never the upload. Past `limitBytes` the write stops at once with `UploadTooLargeError`; the caller
 * removes the partial file (it listed the entry before calling).
 */
export async function stageUploadStream(
  source: NodeJS.ReadableStream,
  staged: StagedFile,
  limitBytes: number,
): Promise<void> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      staged.sizeBytes += chunk.length;
      if (staged.sizeBytes > limitBytes) {
        callback(new UploadTooLargeError());
        return;
      }
      hash.update(chunk);
      if (headLength < headBytes) {
        head.push(chunk.subarray(0, headBytes - headLength));
        headLength += Math.min(chunk.length, headBytes - headLength);
      }
      callback(null, chunk);
    },
  });
  await pipeline(source, measure, createWriteStream(staged.path));
  staged.sha256 = hash.digest('hex');
  staged.head = Buffer.concat(head);
}

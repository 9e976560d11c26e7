import { mkdir, rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { errorCodes, type FastifyRequest } from 'fastify';
import { DomainError } from '../errors';
import { incomingDirectory, newStagedFile, type StagedFile, stageUploadStream } from './stage-upload-stream';

/** A raw-body upload as the route sees it: the file already on disk, hashed and measured. */
export class StagedRawUpload {
  constructor(readonly file: StagedFile) {}
}

/**
 * Streams a raw request body (the file itself, no multipart) to `<dataDir>/incoming` with the same code as a
 * multipart part (stage-upload-stream.ts), so memory holds one chunk, never the upload. Past the route's body
 * limit it stops at once with 413, as the buffered parser did: a declared Content-Length over the limit is
 * refused before a byte is read. Whatever was written is removed on any failure.
 */
export async function receiveRawUpload(
  request: FastifyRequest,
  payload: NodeJS.ReadableStream,
  dataDir: string,
): Promise<StagedRawUpload> {
  const limit = request.routeOptions.bodyLimit;
  const declaredLength = Number(request.headers['content-length']);
  if (limit !== undefined && declaredLength > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
  await mkdir(incomingDirectory(dataDir), { recursive: true });
  const staged = newStagedFile(incomingDirectory(dataDir), 'body', '');
  // Piped through a PassThrough so a failed write never destroys the request itself: the 413 must still be
  // answered on its socket (Fastify then closes the connection, as it does for the buffered parser).
  const body = new PassThrough();
  payload.once('error', (error: Error) => body.destroy(error));
  payload.pipe(body);
  try {
    await stageUploadStream(body, staged, limit ?? Number.POSITIVE_INFINITY);
    if (!Number.isNaN(declaredLength) && staged.sizeBytes !== declaredLength)
      throw new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH();
  } catch (error) {
    payload.unpipe(body);
    await rm(staged.path, { force: true });
    throw asClientError(error);
  }
  return new StagedRawUpload(staged);
}

/** A body cut short by the client is the client's error (400), as Fastify treats it for buffered bodies. */
function asClientError(error: unknown): unknown {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400) return error;
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ECONNRESET')
    return Object.assign(error, { statusCode: 400 });
  return error;
}

/** The staged file of a raw upload route's body; anything else (JSON, a form) is not a file. */
export function requireStagedUpload(body: unknown): StagedFile {
  if (!(body instanceof StagedRawUpload)) {
    throw new DomainError('UNSUPPORTED_FILE_TYPE', {
      id: 'Kirim berkas sebagai isi permintaan (PDF, JPEG, PNG atau WebP).',
      en: 'Send the file as the request body (PDF, JPEG, PNG or WebP).',
    });
  }
  return body.file;
}

import type { FastifyReply } from 'fastify';
import { notFoundError } from '../errors';
import { formatContentDisposition } from './format-content-disposition';
import { openStoredFile } from './open-stored-file';

/** Upload bodies this feature accepts: the raw file (no multipart); the type is sniffed from its bytes. */
export const uploadMediaTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/octet-stream',
];

/**
 * Streams a stored file listed on the resource as a download; 404 when the resource does not list it, 410 when
 * it is listed but missing on disk.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  dataDir: string,
  files: readonly { sha256: string; fileName: string; mediaType: string }[],
  sha256: string,
): Promise<FastifyReply> {
  const file = files.find((candidate) => candidate.sha256 === sha256);
  if (!file) throw notFoundError();
  const stream = await openStoredFile(dataDir, file.sha256, reply.log);
  return reply
    .type(file.mediaType)
    .header('content-disposition', formatContentDisposition('attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}

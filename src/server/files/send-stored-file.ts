import { createReadStream } from 'node:fs';
import type { FastifyReply } from 'fastify';
import { DomainError, notFoundError } from '../errors';
import { storedFilePath } from './store-file';

/** Upload bodies this feature accepts: the raw file (no multipart); the type is sniffed from its bytes. */
export const uploadMediaTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/octet-stream',
];

export function requireUploadedBytes(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) {
    throw new DomainError('UNSUPPORTED_FILE_TYPE', {
      id: 'Kirim berkas sebagai isi permintaan (PDF, JPEG, PNG atau WebP).',
      en: 'Send the file as the request body (PDF, JPEG, PNG or WebP).',
    });
  }
  return body;
}

/** Streams a stored file listed on the resource as a download; 404 when the resource does not list it. */
export function sendStoredFile(
  reply: FastifyReply,
  dataDir: string,
  files: readonly { sha256: string; fileName: string; mediaType: string }[],
  sha256: string,
): FastifyReply {
  const file = files.find((candidate) => candidate.sha256 === sha256);
  if (!file) throw notFoundError();
  const asciiName = file.fileName.replace(/[^\w.-]+/g, '_');
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(createReadStream(storedFilePath(dataDir, file.sha256)));
}

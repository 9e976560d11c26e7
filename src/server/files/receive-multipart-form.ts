import { mkdir, rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors';
import { requireNoNulCharacter } from '../security/reject-malformed-requests';
import {
  incomingDirectory,
  newStagedFile,
  type StagedFile,
  stageUploadStream,
  UploadTooLargeError,
} from './stage-upload-stream';

/** A multipart/form-data body as the route sees it: text fields in memory, files on disk. */
export class StagedMultipartForm {
  readonly fields: Record<string, string> = {};
  readonly files: StagedFile[] = [];
}

export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
}

/**
 * Reads the request's multipart form with @fastify/multipart (busboy), streaming each file part to a temporary
 * file while hashing it (stage-upload-stream.ts): memory holds one chunk at a time, never the upload. A file past
 * `fileSize` stops the read as soon as the limit is crossed (413), and whatever was written is removed on any
 * failure.
 */
export async function receiveMultipartForm(
  request: FastifyRequest,
  dataDir: string,
  limits: MultipartLimits,
): Promise<StagedMultipartForm> {
  const form = new StagedMultipartForm();
  try {
    await mkdir(incomingDirectory(dataDir), { recursive: true });
    for await (const part of request.parts({ limits: { ...limits, parts: limits.files + limits.fields } })) {
      if (part.type === 'field') {
        form.fields[part.fieldname] = String(part.value);
        continue;
      }
      await stageFile(part, incomingDirectory(dataDir), form, limits.fileSize);
    }
  } catch (error) {
    await removeStagedFiles(form);
    throw asDomainError(error);
  }
  // Text fields end up in the database like a JSON body's, so they get the same NUL check.
  requireNoNulCharacter(form.fields, 'body');
  return form;
}

/** Removes the temporary files that were not moved into the store (safe to call twice). */
export async function removeStagedFiles(form: StagedMultipartForm): Promise<void> {
  await Promise.all(form.files.map((file) => rm(file.path, { force: true })));
  form.files.length = 0;
}

/**
 * Writes one file part to `<directory>/<uuid>.part`. The entry is listed in the form before the first byte is
 * written, so a failure halfway (or a file cut at the limit) is removed too.
 */
async function stageFile(
  part: { fieldname: string; filename: string; file: NodeJS.ReadableStream & { truncated?: boolean } },
  directory: string,
  form: StagedMultipartForm,
  fileSize: number,
): Promise<void> {
  const staged = newStagedFile(directory, part.fieldname, part.filename);
  form.files.push(staged);
  await stageUploadStream(part.file, staged, fileSize);
  // busboy ends the stream early at `fileSize` and marks it truncated: stop here rather than read on.
  if (part.file.truncated) throw new UploadTooLargeError();
}

/**
 * The plugin's own errors in the project's terms. A file past the limit answers 413 with the route's body limit
 * in the message (errors.ts), as the buffered parser did; a form busboy cannot read is a validation error.
 */
function asDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (statusCode === 413)
    return error instanceof UploadTooLargeError
      ? error
      : Object.assign(new UploadTooLargeError(), { cause: error });
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return malformed();
  if (
    error instanceof Error &&
    /multipart|boundary|part terminated|unexpected end of form|malformed/i.test(error.message)
  )
    return malformed();
  return error;
}

function malformed(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Formulir unggahan tidak terbaca (multipart/form-data rusak).',
    en: 'The upload form could not be read (malformed multipart/form-data).',
  });
}

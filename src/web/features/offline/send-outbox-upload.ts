import type { OutboxEntry, OutboxFile } from './outbox-database';
import { outcomeOfResponse, type SendOutcome } from './outbox-send-result';

export interface UploadDependencies {
  fetch: typeof fetch;
  headers: () => Record<string, string>;
  /** Stores the upload's progress on the entry, so a reload resumes where the server is. */
  saveFile: (file: OutboxFile) => Promise<void>;
}

interface UploadCreated {
  uploadId: string;
  receivedBytes: number;
  chunkBytes: number;
}

/** Smaller than the server's chunk when it names none: a 256 KB piece goes through on a weak 2G/3G link. */
const fallbackChunkBytes = 256 * 1024;

/**
 * Sends one evidence file: creates the upload once (its id is kept on the entry), asks the server how much it
 * already has, sends the rest in chunks, then attaches the finished upload to the answer with the entry's
 * idempotency key. A server without the upload routes (404 on create) gets the file as one multipart form.
 */
export async function sendOutboxUpload(
  entry: OutboxEntry,
  url: string,
  fields: Record<string, string>,
  deps: UploadDependencies,
): Promise<SendOutcome> {
  const file = entry.file;
  if (!file) return { kind: 'rejected', message: 'no file', reason: { code: 'fileMissing' } };
  let current: OutboxFile = { ...file };
  if (current.uploadId) {
    const status = await deps.fetch(`/api/uploads/${current.uploadId}`, { headers: deps.headers() });
    if (status.status === 404) current = { ...current, uploadId: null, receivedBytes: 0 };
    else {
      const outcome = await outcomeOfResponse(status);
      if (outcome.kind !== 'ok') return outcome;
      current = { ...current, receivedBytes: receivedBytesOf(outcome.body) ?? 0 };
    }
  }
  let chunkBytes = fallbackChunkBytes;
  if (!current.uploadId) {
    const created = await deps.fetch('/api/uploads', {
      method: 'POST',
      headers: { ...deps.headers(), 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: current.fileName,
        contentType: current.contentType,
        sizeBytes: current.bytes.byteLength,
        sha256: current.sha256,
      }),
    });
    if (created.status === 404) return sendAsMultipart(current, url, fields, entry.idempotencyKey, deps);
    const outcome = await outcomeOfResponse(created);
    if (outcome.kind !== 'ok') return outcome;
    const body = outcome.body as UploadCreated;
    chunkBytes = body.chunkBytes > 0 ? Math.min(body.chunkBytes, 4 * 1024 * 1024) : fallbackChunkBytes;
    current = { ...current, uploadId: body.uploadId, receivedBytes: body.receivedBytes };
    await deps.saveFile(current);
  }
  const uploadId = current.uploadId;
  if (!uploadId) return { kind: 'rejected', message: 'no upload id', reason: { code: 'noUploadId' } };
  while (current.receivedBytes < current.bytes.byteLength) {
    const offset = current.receivedBytes;
    const chunk = current.bytes.slice(offset, Math.min(offset + chunkBytes, current.bytes.byteLength));
    const put = await deps.fetch(`/api/uploads/${uploadId}?offset=${offset}`, {
      method: 'PUT',
      headers: { ...deps.headers(), 'content-type': 'application/octet-stream' },
      body: chunk,
    });
    const outcome = await outcomeOfResponse(put);
    // A 409 here means the server holds a different offset (a chunk arrived twice): ask it and go on.
    if (outcome.kind === 'conflict' || (outcome.kind === 'rejected' && put.status === 409)) {
      const status = await outcomeOfResponse(
        await deps.fetch(`/api/uploads/${uploadId}`, { headers: deps.headers() }),
      );
      if (status.kind !== 'ok') return status;
      current = { ...current, receivedBytes: receivedBytesOf(status.body) ?? offset };
      continue;
    }
    // The server discarded the upload (bytes did not match the sha256): start again from the first byte.
    if (outcome.kind === 'rejected' && outcome.code === 'UPLOAD_CHECKSUM_MISMATCH') {
      await deps.saveFile({ ...current, uploadId: null, receivedBytes: 0 });
      return { kind: 'retry', message: outcome.message, retryAfterMs: null, reason: outcome.reason };
    }
    if (outcome.kind !== 'ok') return outcome;
    current = { ...current, receivedBytes: receivedBytesOf(outcome.body) ?? offset + chunk.byteLength };
    await deps.saveFile(current);
  }
  // The evidence form's fields as JSON naming the finished upload (coordinates as numbers there).
  const attach: Record<string, unknown> = { ...fields, uploadId };
  for (const name of ['latitude', 'longitude'])
    if (typeof attach[name] === 'string') attach[name] = Number(attach[name]);
  const attached = await deps.fetch(url, {
    method: 'POST',
    headers: {
      ...deps.headers(),
      'content-type': 'application/json',
      'idempotency-key': entry.idempotencyKey,
    },
    body: JSON.stringify(attach),
  });
  const outcome = await outcomeOfResponse(attached);
  // The server forgot the upload (expired, or discarded after a checksum mismatch): start it again next time.
  if (outcome.kind === 'rejected' && attached.status === 404) {
    await deps.saveFile({ ...current, uploadId: null, receivedBytes: 0 });
    return { kind: 'retry', message: outcome.message, retryAfterMs: null, reason: outcome.reason };
  }
  return outcome;
}

async function sendAsMultipart(
  file: OutboxFile,
  url: string,
  fields: Record<string, string>,
  idempotencyKey: string,
  deps: UploadDependencies,
): Promise<SendOutcome> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file', new Blob([file.bytes], { type: file.contentType }), file.fileName);
  const response = await deps.fetch(url, {
    method: 'POST',
    headers: { ...deps.headers(), 'idempotency-key': idempotencyKey },
    body: form,
  });
  return outcomeOfResponse(response);
}

function receivedBytesOf(body: unknown): number | null {
  const value = (body as { receivedBytes?: unknown } | null)?.receivedBytes;
  return typeof value === 'number' ? value : null;
}

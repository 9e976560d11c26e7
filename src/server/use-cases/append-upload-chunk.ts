import { open } from 'node:fs/promises';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import {
  deleteUpload,
  leaseUploadAtOffset,
  recordUploadProgress,
} from '../db/repositories/resumable-uploads.repository';
import { DomainError } from '../errors';
import { requireOwnLiveUpload } from '../uploads/require-own-live-upload';
import { chunkLeaseMs, hashUploadFile, removeUploadFile, uploadPartPath } from '../uploads/upload-storage';

/**
 * Writes one chunk at `offset` straight to the upload's file as it arrives (never the whole file in memory).
 * The offset must be exactly the bytes the server holds; anything else is 409 with `details.receivedBytes`, so
 * the client resends from there. Bytes that arrived before a connection broke are kept and counted, so a resume
 * never resends them. The last byte triggers the sha256 check: a mismatch discards the upload (422).
 */
export async function appendUploadChunk(
  db: Database,
  dataDir: string,
  actor: RequestActor,
  target: { uploadId: string; offset: number },
  chunk: { bytes: AsyncIterable<Uint8Array>; declaredBytes: number | undefined },
  now: Date,
): Promise<{ receivedBytes: number }> {
  const current = await requireOwnLiveUpload(db, actor, target.uploadId, now);
  // Refused before a byte is read when the Content-Length already says it would not fit.
  if (chunk.declaredBytes !== undefined && target.offset + chunk.declaredBytes > current.sizeBytes)
    throw chunkTooLarge(current.sizeBytes, current.receivedBytes);
  const upload = await leaseUploadAtOffset(
    db,
    { userId: actor.userId, ...target },
    now,
    new Date(now.getTime() + chunkLeaseMs),
  );
  // Wrong offset, already complete, or another chunk being written right now: the client asks where to go on.
  if (!upload) throw offsetMismatch(current.receivedBytes);
  const remaining = upload.sizeBytes - target.offset;
  let written = 0;
  let overflow = false;
  let interruption: unknown;
  const file = await open(uploadPartPath(dataDir, upload.id), 'r+');
  try {
    for await (const piece of chunk.bytes) {
      if (written + piece.byteLength > remaining) {
        overflow = true;
        break;
      }
      // Positional writes: a chunk resent after a crash overwrites what an unrecorded writer left there.
      await file.write(piece, 0, piece.byteLength, target.offset + written);
      written += piece.byteLength;
    }
  } catch (error) {
    interruption = error;
  } finally {
    await file.close();
  }
  const receivedBytes = target.offset + written;
  let completedAt: Date | null = null;
  if (!overflow && interruption === undefined && receivedBytes === upload.sizeBytes) {
    const digest = await hashUploadFile(dataDir, upload.id, upload.sizeBytes);
    if (digest !== upload.sha256) {
      await deleteUpload(db, upload.id);
      await removeUploadFile(dataDir, upload.id);
      throw new DomainError('UPLOAD_CHECKSUM_MISMATCH', {
        id: 'Berkas yang diterima tidak cocok dengan sha256 yang disebutkan; unggahan dibuang, mulai lagi dari awal.',
        en: 'The file received does not match the sha256 given; the upload was discarded, start again.',
      });
    }
    completedAt = now;
  }
  await recordUploadProgress(db, upload.id, { receivedBytes, completedAt }, now);
  if (interruption !== undefined) throw interruption;
  if (overflow) throw chunkTooLarge(upload.sizeBytes, receivedBytes);
  return { receivedBytes };
}

function chunkTooLarge(sizeBytes: number, receivedBytes: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    {
      id: `Potongan melewati ukuran berkas yang disebutkan (${sizeBytes} bita).`,
      en: `The chunk goes past the declared file size (${sizeBytes} bytes).`,
    },
    { receivedBytes },
  );
}

function offsetMismatch(receivedBytes: number): DomainError {
  return new DomainError(
    'UPLOAD_OFFSET_MISMATCH',
    {
      id: `Posisi potongan tidak sesuai: server sudah menerima ${receivedBytes} bita. Lanjutkan dari sana.`,
      en: `The chunk offset does not match: the server holds ${receivedBytes} bytes. Continue from there.`,
    },
    { receivedBytes },
  );
}

import { createReadStream, type ReadStream } from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../db/database';
import { DomainError } from '../errors';
import { getDocumentJob } from './list-document-jobs';

/** The ZIP of a finished job, streamed from the data directory. */
export async function openDocumentJobResult(
  db: Queryable,
  dataDir: string,
  id: string,
): Promise<{ stream: ReadStream; fileName: string; sizeBytes: number | null }> {
  const job = await getDocumentJob(db, id);
  if (job.status !== 'done' || !job.resultPath)
    throw new DomainError('CONFLICT', {
      id: 'Pembuatan dokumen belum selesai.',
      en: 'The documents are not ready yet.',
    });
  return {
    stream: createReadStream(path.join(dataDir, job.resultPath)),
    fileName: path.basename(job.resultPath),
    sizeBytes: job.resultSizeBytes,
  };
}

import type { DocumentJob } from '../../contracts/documents.contract';
import type { Queryable } from '../db/database';
import { findJob, type JobRow, listJobs } from '../db/repositories/jobs.repository';
import { notFoundError } from '../errors';
import { bulkDocumentsJobKind, bulkDocumentsParamsSchema } from '../jobs/bulk-documents-params';

export async function listDocumentJobs(db: Queryable): Promise<{ items: DocumentJob[] }> {
  return { items: (await listJobs(db, [bulkDocumentsJobKind])).map(toDocumentJob) };
}

export async function getDocumentJob(db: Queryable, id: string): Promise<JobRow> {
  const job = await findJob(db, id);
  if (!job || job.kind !== bulkDocumentsJobKind) throw notFoundError();
  return job;
}

export function toDocumentJob(job: JobRow): DocumentJob {
  const params = bulkDocumentsParamsSchema.safeParse(job.params);
  return {
    id: job.id,
    year: params.success ? params.data.year : 0,
    documents: params.success ? params.data.documents : [],
    status: job.status,
    progressDone: job.progressDone,
    progressTotal: job.progressTotal,
    resultSizeBytes: job.resultSizeBytes,
    resultSha256: job.resultSha256,
    downloadUrl: job.status === 'done' ? `/api/document-jobs/${job.id}/download` : null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

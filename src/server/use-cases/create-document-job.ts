import type { CreateDocumentJobRequest, DocumentJob } from '../../contracts/documents.contract';
import { type AuditContext, auditFieldsOf } from '../audit/audit-context';
import type { RequestActor } from '../auth/request-actor';
import type { Database } from '../db/database';
import { appendAuditEntry } from '../db/repositories/audit-log.repository';
import { listEntityResultSummaries } from '../db/repositories/document-sources.repository';
import { insertJob } from '../db/repositories/jobs.repository';
import { listPublishedSnapshots } from '../db/repositories/results.repository';
import { listPiagamSubjects, provinceCodesOf } from '../documents/list-piagam-subjects';
import { requirePiagamSigned } from '../documents/require-piagam-signed';
import { DomainError } from '../errors';
import { type BulkDocumentsParams, bulkDocumentsJobKind } from '../jobs/bulk-documents-params';
import { toDocumentJob } from './list-document-jobs';

/**
 * Queues the generation of a year's documents from its newest published snapshot — also before the embargo,
 * so the centre can print for the announcement; codes of an embargoed snapshot verify only once it is public.
 * Piagams are refused (409 PIAGAM_NOT_SIGNED) while a year's signatories are not set.
 */
export async function createDocumentJob(
  db: Database,
  actor: RequestActor | undefined,
  request: CreateDocumentJobRequest,
  baseUrl: string,
  context: AuditContext,
  now: Date,
): Promise<DocumentJob> {
  const snapshot = (await listPublishedSnapshots(db)).find((candidate) => candidate.year === request.year);
  if (!snapshot)
    throw new DomainError('NOT_FOUND', {
      id: `Belum ada hasil tahun ${request.year} yang dipublikasikan.`,
      en: `No published results for ${request.year}.`,
    });
  // The job would refuse before its first document; saying so now spares a queued job that can only fail.
  if (request.documents.includes('piagam')) {
    const subjects = await listPiagamSubjects(db, snapshot, await listEntityResultSummaries(db, snapshot.id));
    await requirePiagamSigned(db, snapshot.year, provinceCodesOf(subjects));
  }
  const params: BulkDocumentsParams = {
    year: request.year,
    snapshotId: snapshot.id,
    documents: [...new Set(request.documents)],
    language: request.language,
    baseUrl,
  };
  return db.transaction(async (tx) => {
    const job = await insertJob(tx, {
      kind: bulkDocumentsJobKind,
      params,
      createdByUserId: actor?.userId ?? null,
      createdAt: now,
    });
    await appendAuditEntry(tx, {
      ...auditFieldsOf(context),
      action: 'document.job.create',
      resourceType: 'job',
      resourceId: job.id,
      provinceCode: null,
      before: null,
      after: params,
    });
    return toDocumentJob(job);
  });
}

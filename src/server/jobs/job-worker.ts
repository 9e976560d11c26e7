import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import {
  claimNextJob,
  finishJob,
  type JobRow,
  releaseJobLease,
  updateOwnedJob,
} from '../db/repositories/jobs.repository';
import { createDocumentRendererFor, type DocumentRenderer } from '../documents/document-renderer';
import { DomainError } from '../errors';
import { loadSigningSecret } from '../security/signing-secret';
import { bulkDocumentsJobKind, bulkDocumentsParamsSchema } from './bulk-documents-params';
import { runBulkDocumentsJob } from './run-bulk-documents-job';

export interface JobWorkerOptions {
  /**
   * Renders the job's documents: the app's renderer, so public requests and jobs share one bounded pool.
   * Without it (tests of the worker alone) the worker makes its own and closes it when it stops.
   */
  renderer?: DocumentRenderer;
  /** How long to wait before looking for work again when none was found. */
  pollMs?: number;
  /** A claimed job stays this worker's for this long after each progress report. */
  leaseMs?: number;
  now?: () => Date;
  /** Called after every progress report (the tests stop a worker midway from here). */
  onProgress?: (job: { id: string; done: number; total: number }) => void;
  /** Documents per batch of a bulk job (run-bulk-documents-job.ts); tests only. */
  documentsPerBatch?: number;
}

export interface JobWorker {
  /** Finishes the current batch of documents, hands the job back (lease released) and stops looking for work. */
  stop(): Promise<void>;
}

/**
 * Runs background jobs of the `jobs` table in this process, one at a time. Jobs survive a restart: a queued
 * job, or a running one whose lease has run out (its process stopped), is claimed and resumes from the
 * documents it already wrote.
 */
export function startJobWorker(
  db: Database,
  config: Pick<AppConfig, 'dataDir' | 'secret' | 'renderThreads' | 'renderQueue' | 'documentStoreBytes'>,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
  options: JobWorkerOptions = {},
): JobWorker {
  const owner = `worker-${randomUUID()}`;
  const pollMs = options.pollMs ?? 2000;
  const leaseMs = options.leaseMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  const renderer = options.renderer ?? createDocumentRendererFor(db, config);
  let stopping = false;
  let wake: (() => void) | undefined;

  const leaseEnd = () => new Date(now().getTime() + leaseMs);

  async function runJob(job: JobRow): Promise<void> {
    const parsed = bulkDocumentsParamsSchema.safeParse(job.params);
    if (!parsed.success) {
      await finishJob(db, job.id, { status: 'failed', error: 'invalid job parameters', finishedAt: now() });
      return;
    }
    log.info({ jobId: job.id, done: job.progressDone, total: job.progressTotal }, 'document job started');
    try {
      const outcome = await runBulkDocumentsJob(job.id, parsed.data, {
        db,
        renderer,
        dataDir: config.dataDir,
        secret: await loadSigningSecret(db, config),
        now,
        shouldStop: () => stopping,
        ...(options.documentsPerBatch ? { documentsPerBatch: options.documentsPerBatch } : {}),
        reportProgress: async (done, total) => {
          const owned = await updateOwnedJob(db, job.id, owner, {
            progressDone: done,
            progressTotal: total,
            leaseUntil: leaseEnd(),
          });
          options.onProgress?.({ id: job.id, done, total });
          return owned;
        },
      });
      if (outcome.kind === 'stopped') {
        await releaseJobLease(db, job.id, owner);
        return;
      }
      await finishJob(db, job.id, {
        status: 'done',
        progressDone: outcome.total,
        resultPath: outcome.resultPath,
        resultSha256: outcome.sha256,
        resultSizeBytes: outcome.sizeBytes,
        finishedAt: now(),
      });
      log.info({ jobId: job.id, documents: outcome.total }, 'document job done');
    } catch (error) {
      log.error({ err: error, jobId: job.id }, 'document job failed');
      // A refusal (unsigned piagam) is read by staff in the job list: both languages, as an API error gives one.
      const message =
        error instanceof DomainError
          ? `${error.bilingualMessage.id} / ${error.bilingualMessage.en}`
          : error instanceof Error
            ? error.message
            : String(error);
      await finishJob(db, job.id, { status: 'failed', error: message.slice(0, 1000), finishedAt: now() });
    }
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      let job: JobRow | undefined;
      try {
        job = await claimNextJob(db, [bulkDocumentsJobKind], owner, now(), leaseEnd());
      } catch (error) {
        log.error({ err: error }, 'claiming a job failed');
      }
      if (job) {
        await runJob(job);
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  const running = loop();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await running;
      if (!options.renderer) await renderer.close();
    },
  };
}

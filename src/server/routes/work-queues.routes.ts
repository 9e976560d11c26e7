import {
  acceptLociParamsSchema,
  acceptLociRequestSchema,
  acceptLociResultSchema,
  workQueueSchema,
} from '../../contracts/work-queues.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { preferredLanguage } from '../errors';
import { acceptLoci } from '../use-cases/accept-loci';
import { listWorkQueue } from '../use-cases/list-work-queue';

export function registerWorkQueueRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['workflow'];

  app.get(
    '/api/work-queue',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'getWorkQueue',
        tags,
        summary:
          'Yang menunggu pengguna yang sedang masuk: unit diajukan (verifikator), entitas siap disetujui (koordinator) atau diterima (pusat), terlama lebih dulu',
        description:
          'What waits for the signed-in user: submitted units (verifier), entities ready to approve ' +
          '(coordinator) or to accept (centre), oldest first',
        response: { 200: workQueueSchema },
      },
    },
    async (request) => listWorkQueue(db, requireActor(request), now()),
  );

  app.post(
    '/api/cycles/:year/loci/accept',
    {
      config: { access: { action: 'locus.accept' } },
      schema: {
        operationId: 'acceptLoci',
        tags,
        summary:
          'Terima beberapa entitas yang disetujui sekaligus (pusat); masing-masing diterima dan diaudit sendiri',
        description:
          'Accept several approved entities at once (centre); each is accepted and audited on its own',
        params: acceptLociParamsSchema,
        body: acceptLociRequestSchema,
        response: { 200: acceptLociResultSchema },
      },
    },
    async (request) =>
      acceptLoci(
        db,
        requireActor(request),
        request.params.year,
        request.body.codes,
        now(),
        auditContextOf(request),
        preferredLanguage(request),
      ),
  );
}

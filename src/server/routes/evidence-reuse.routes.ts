import { evidenceItemSchema, locusUnitParamsSchema } from '../../contracts/evidence.contract';
import { reuseEvidenceRequestSchema } from '../../contracts/evidence-reuse.contract';
import { idempotencyHeadersSchema } from '../../contracts/offline-sync.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { reuseEvidence } from '../use-cases/reuse-evidence';

/** One stored photo or PDF supporting several answers of the unit, attached without uploading it again. */
export function registerEvidenceReuseRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  app.post(
    '/api/cycles/:year/loci/:code/units/:unitId/evidence/reuse',
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'reuseEvidence',
        tags: ['evidence'],
        summary:
          'Lampirkan berkas salah satu bukti unit ke indikator atau responden lain di unit yang sama, tanpa mengunggah ulang; diaudit',
        description:
          'Attach the file of one of the unit’s evidence items to another indicator or respondent of the same unit, without uploading it again; audited',
        headers: idempotencyHeadersSchema,
        params: locusUnitParamsSchema,
        body: reuseEvidenceRequestSchema,
        response: { 201: evidenceItemSchema },
      },
    },
    async (request, reply) => {
      const item = await reuseEvidence(
        database.db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(item);
    },
  );
}

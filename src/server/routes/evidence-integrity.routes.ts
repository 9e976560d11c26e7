import {
  collectionEvidenceItemSchema,
  evidenceFlagDecisionRequestSchema,
  evidenceFlagParamsSchema,
  integrityReportQuerySchema,
  integrityReportSchema,
} from '../../contracts/evidence-integrity.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { decideEvidenceFlag } from '../use-cases/decide-evidence-flag';
import { getEvidenceIntegrityReport } from '../use-cases/get-evidence-integrity-report';

/** Integrity flags of evidence photos: the verifier's decision per flag and the province report. */
export function registerEvidenceIntegrityRoutes(app: PatuhApp, { config, database }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['evidence'];
  const settings = { evidenceMaxDistanceKm: config.evidenceMaxDistanceKm };

  app.put(
    '/api/cycles/:year/loci/:code/units/:unitId/evidence/:evidenceId/flags/:flagCode/decision',
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'decideEvidenceFlag',
        tags,
        summary:
          'Putuskan satu tanda integritas foto bukti: diterima dengan catatan, atau ditolak (tidak lagi dihitung); diaudit',
        description:
          'Decide one integrity flag of an evidence photo: accepted with a note, or rejected (no longer counts for scoring); audited',
        params: evidenceFlagParamsSchema,
        body: evidenceFlagDecisionRequestSchema,
        response: { 200: collectionEvidenceItemSchema },
      },
    },
    async (request) =>
      decideEvidenceFlag(
        db,
        requireActor(request),
        request.params,
        request.body,
        settings,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    '/api/cycles/:year/evidence-integrity',
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'getEvidenceIntegrityReport',
        tags,
        summary:
          'Foto bukti bertanda dari lokus sebuah provinsi dalam siklus, dengan keputusan dan jumlah per tanda',
        description:
          'Flagged evidence photos of a province’s loci in a cycle, with decisions and counts per flag',
        params: integrityReportQuerySchema.pick({ year: true }),
        querystring: integrityReportQuerySchema.pick({ provinceCode: true }),
        response: { 200: integrityReportSchema },
      },
    },
    async (request) =>
      getEvidenceIntegrityReport(
        db,
        requireActor(request),
        { year: request.params.year, provinceCode: request.query.provinceCode },
        settings,
      ),
  );
}

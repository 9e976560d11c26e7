import { cycleYearParamsSchema } from '../../contracts/cycles.contract';
import {
  finaliseReadinessSchema,
  finaliseRequestSchema,
  finaliseResponseSchema,
  provisionalQuerySchema,
  provisionalResultSchema,
} from '../../contracts/finalise.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { finaliseCycle } from '../use-cases/finalise-cycle';
import { getFinaliseReadiness } from '../use-cases/get-finalise-readiness';
import { getProvisionalResults } from '../use-cases/get-provisional-results';

export function registerFinaliseRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['results'];

  app.post(
    '/api/cycles/:year/finalise',
    {
      config: { access: { action: 'results.finalise' } },
      schema: {
        operationId: 'finaliseCycle',
        tags,
        summary: 'Tetapkan hasil siklus: nilai, klasifikasi, dan peringkat setiap lokus ke snapshot baru',
        description:
          'Finalise the cycle: score, classify and rank every locus into a new snapshot. Only during Determination and with the cycle embargo set. The body names the scope: "accepted" ' +
          'publishes only the loci the centre accepted (the rest are listed as left-out; none accepted → 409 ' +
          'NOT_READY with the readiness list in details); "all" with a reason (≥ 10 characters, audited) ' +
          'publishes every locus, flagging those not accepted. The snapshot is fixed at once (the database ' +
          'refuses changes) and becomes public by itself at the embargo. Re-finalising creates a new ' +
          'snapshot superseding the previous one; the answer lists the differences.',
        params: cycleYearParamsSchema,
        body: finaliseRequestSchema,
        response: { 200: finaliseResponseSchema },
      },
    },
    async (request) =>
      finaliseCycle(
        db,
        requireActor(request),
        request.params.year,
        request.body,
        auditContextOf(request),
        now(),
      ),
  );

  app.get(
    '/api/cycles/:year/finalise/readiness',
    {
      config: { access: { action: 'results.finalise' } },
      schema: {
        operationId: 'getFinaliseReadiness',
        tags,
        summary: 'Apa yang menahan tiap lokus dari terbit: penerimaan, verifikasi, bukti, survei, keberatan',
        description:
          'What keeps each locus from being published: acceptance, verification, evidence, survey, objections',
        params: cycleYearParamsSchema,
        response: { 200: finaliseReadinessSchema },
      },
    },
    async (request) => getFinaliseReadiness(db, requireActor(request), request.params.year),
  );

  app.get(
    '/api/cycles/:year/provisional-results',
    {
      config: { access: { action: 'results.provisional' } },
      schema: {
        operationId: 'getProvisionalResults',
        tags,
        summary: 'Hasil sementara lokus selama masa keberatan (penghubung dan kantor perwakilan)',
        description: "A locus' provisional result during the objection window (liaison and province office)",
        params: cycleYearParamsSchema,
        querystring: provisionalQuerySchema,
        response: { 200: provisionalResultSchema },
      },
    },
    async (request) =>
      getProvisionalResults(db, requireActor(request), request.params.year, request.query.entity, now()),
  );
}

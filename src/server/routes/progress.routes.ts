import { cycleYearParamsSchema } from '../../contracts/cycles.contract';
import { cycleProgressSchema, progressQuerySchema } from '../../contracts/progress.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { requireActor } from '../auth/enforce-route-access';
import { getCycleProgress } from '../use-cases/get-cycle-progress';

export function registerProgressRoutes(app: PatuhApp, { database }: AppDependencies): void {
  const { db } = database;
  app.get(
    '/api/cycles/:year/progress',
    {
      config: { access: { action: 'progress.read' } },
      schema: {
        operationId: 'getCycleProgress',
        tags: ['progress'],
        summary:
          'Kemajuan lapangan per provinsi, entitas, dan unit: responden, indikator, bukti, kuota survei, alur kerja',
        description:
          'Field progress per province, entity and unit: respondents, indicators, evidence, survey quota, workflow',
        params: cycleYearParamsSchema,
        querystring: progressQuerySchema,
        response: { 200: cycleProgressSchema },
      },
    },
    async (request) => getCycleProgress(db, requireActor(request), request.params.year, request.query),
  );
}

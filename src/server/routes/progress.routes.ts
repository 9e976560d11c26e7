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
      // The answer is built in the contract's type (TypeScript checks it; test/db/progress-kept-counts.test.ts
      // parses it with the schema): re-checking ~100,000 nested objects of a whole country per request with zod
      // took as long as building them, so it is written out as it is.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => getCycleProgress(db, requireActor(request), request.params.year, request.query),
  );
}

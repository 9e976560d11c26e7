import { healthResponseSchema } from '../../contracts/health.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { getHealth } from '../use-cases/get-health';

export function registerHealthRoutes(app: PatuhApp, deps: AppDependencies): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness, database kind and applied migrations',
        response: { 200: healthResponseSchema },
      },
    },
    () => getHealth(deps.database),
  );
}

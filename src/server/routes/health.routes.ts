import { healthResponseSchema, livenessResponseSchema } from '../../contracts/health.contract';
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

  // For a load balancer's liveness probe (and the load bench's ceiling): answers without touching the database.
  app.get(
    '/api/health/live',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness only: the process answers (no database query)',
        response: { 200: livenessResponseSchema },
      },
    },
    () => ({ status: 'ok' as const }),
  );
}

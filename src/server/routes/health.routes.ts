import { healthResponseSchema, livenessResponseSchema } from '../../contracts/health.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { getHealth } from '../use-cases/get-health';

export function registerHealthRoutes(app: PatuhApp, deps: AppDependencies): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Keaktifan layanan, jenis basis data, dan migrasi yang diterapkan',
        description: 'Liveness, database kind and applied migrations',
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
        operationId: 'getLiveness',
        tags: ['system'],
        summary: 'Keaktifan saja: proses menjawab (tanpa kueri basis data)',
        description: 'Liveness only: the process answers (no database query)',
        response: { 200: livenessResponseSchema },
      },
    },
    () => ({ status: 'ok' as const }),
  );
}

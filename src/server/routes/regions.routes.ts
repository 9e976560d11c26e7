import { provinceListSchema } from '../../contracts/regions.contract';
import type { PatuhApp } from '../app-types';
import { loadProvinces } from '../regions/load-regions';

export function registerRegionRoutes(app: PatuhApp): void {
  app.get(
    '/api/regions/provinces',
    {
      config: { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        operationId: 'listProvinces',
        tags: ['regions'],
        summary: '38 provinsi dengan kode Kemendagri',
        description: 'The 38 provinces with Kemendagri codes',
        response: { 200: provinceListSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return loadProvinces();
    },
  );
}

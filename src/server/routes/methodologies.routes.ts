import {
  methodologyEditionSchema,
  methodologyListSchema,
  methodologyRefParamsSchema,
} from '../../contracts/methodology.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { getMethodologyEdition } from '../use-cases/get-methodology-edition';
import { listMethodologyEditions } from '../use-cases/list-methodology-editions';

/** Editions are files read once per process: a browser may keep them a few minutes. */
const maxAgeSeconds = 300;

/** The methodology catalogue for everyone (`/metodologi`): editions, their trees and provenance. */
export function registerMethodologyRoutes(app: PatuhApp, { config }: AppDependencies): void {
  const tags = ['methodology'];
  const access = {
    access: 'public',
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  } as const;

  app.get(
    '/api/public/methodologies',
    {
      config: access,
      schema: {
        operationId: 'listMethodologyEditions',
        tags,
        summary:
          'Semua edisi metodologi dengan judul, kedudukan (berlaku, digantikan, riwayat), dan jumlah sumbernya',
        description:
          'Every methodology edition with its title, standing (in force, superseded, history) and provenance counts',
        response: { 200: methodologyListSchema },
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', `public, max-age=${maxAgeSeconds}`)
        .send({ items: await listMethodologyEditions() }),
  );

  app.get(
    '/api/public/methodologies/:ref',
    {
      config: access,
      schema: {
        operationId: 'getMethodologyEdition',
        tags,
        summary:
          'Satu edisi lengkap: dimensi, indikator, bobot, skala, peran responden, aturan bukti, pita nilai, dan sumber setiap nilai',
        description:
          'One edition in full: dimensions, indicators, weights, scales, respondent roles, evidence rules, bands and the provenance of each value',
        params: methodologyRefParamsSchema,
        response: { 200: methodologyEditionSchema },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', `public, max-age=${maxAgeSeconds}`)
        .send(await getMethodologyEdition(request.params.ref)),
  );
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  publicCycleListSchema,
  publicEntityParamsSchema,
  publicEntitySchema,
  publicExportQuerySchema,
  publicResultListSchema,
  publicResultsQuerySchema,
} from '../../contracts/public-results.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { clockOf } from '../clock';
import { toResultsCsv, toResultsXlsx } from '../results/export-public-results';
import { createPublicExportCache, publicExportLayoutVersion } from '../results/public-export-cache';
import type { CachedResponse, PublicResponseCache } from '../results/public-response-cache';
import type { PublicViewCache } from '../results/public-view-cache';
import type { ReadPublicEntityAnswer } from '../results/read-public-entity-answer';
import { listPublicCycles, listPublicResults, pickPublicSnapshot } from '../use-cases/list-public-results';
import type { PublicView } from '../use-cases/load-public-view';

/**
 * The one max-age of every public results answer. Constant, so it says nothing about when a hidden year comes
 * out of embargo; short, so a browser or proxy shows a release (or a correction) at most this late, and the
 * ETag makes the revalidation after it a cheap 304 when nothing changed.
 */
export const publicMaxAgeSeconds = 60;

/**
 * The public read API of published results: no sign-in. Answers come from stored snapshot rows, cached per
 * snapshot id (published snapshots never change), with an ETag and the constant `publicMaxAgeSeconds`.
 */
export function registerPublicRoutes(
  app: PatuhApp,
  { config, database }: AppDependencies,
  views: PublicViewCache,
  answers: { responses: PublicResponseCache; readEntity: ReadPublicEntityAnswer },
): void {
  const { db } = database;
  const tags = ['public results'];
  const access = {
    access: 'public',
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  } as const;
  const cache = answers.responses;
  const exportCache = createPublicExportCache();
  const now = clockOf(config);

  async function sendCached(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    build: () => Promise<unknown>,
  ): Promise<FastifyReply> {
    return sendAnswer(request, reply, await cache.get(key, build));
  }
  function sendAnswer(
    request: FastifyRequest,
    reply: FastifyReply,
    { body, gzipped, etag }: CachedResponse,
  ): FastifyReply {
    reply
      .header('etag', etag)
      .header('cache-control', `public, max-age=${publicMaxAgeSeconds}`)
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip) reply.header('content-encoding', 'gzip');
    return reply.type('application/json; charset=utf-8').send(acceptsGzip ? gzipped : body);
  }
  const idsOf = (view: PublicView) => view.current.map((snapshot) => snapshot.id).join(',');

  app.get(
    '/api/public/cycles',
    {
      config: access,
      schema: {
        operationId: 'listPublishedYears',
        tags,
        summary: 'Tahun yang terbit (hasil yang sudah lewat embargo)',
        description: 'Published years (results past their embargo)',
        response: { 200: publicCycleListSchema },
      },
    },
    async (request, reply) => {
      const view = await views.view(now());
      return sendCached(request, reply, `cycles|${idsOf(view)}`, () => listPublicCycles(db, view));
    },
  );

  app.get(
    '/api/public/results',
    {
      config: access,
      schema: {
        operationId: 'listPublicResults',
        tags,
        summary: 'Tabel hasil terbitan: nilai, kategori, zona, peringkat nasional dan provinsi',
        description: 'A published results table: score, category, zone, national and provincial rank',
        querystring: publicResultsQuerySchema,
        response: { 200: publicResultListSchema },
      },
    },
    async (request, reply) => {
      const view = await views.view(now());
      const { snapshot, previous } = pickPublicSnapshot(view, request.query.year);
      const { kind = '', province = '' } = request.query;
      const key = `results|${snapshot.id}|${previous?.id ?? ''}|${kind}|${province}`;
      return sendCached(request, reply, key, () =>
        listPublicResults(db, view, { ...request.query, year: snapshot.year }),
      );
    },
  );

  app.get(
    '/api/public/results/export',
    {
      config: access,
      schema: {
        operationId: 'exportPublicResults',
        tags,
        summary:
          'Data terbuka: tabel hasil terbitan sebagai CSV, XLSX, atau JSON (baris yang sama dengan /api/public/results)',
        description:
          'Open data: a published results table as CSV, XLSX or JSON (the same rows as /api/public/results)',
        querystring: publicExportQuerySchema,
      },
    },
    async (request, reply) => {
      const view = await views.view(now());
      const { format, ...query } = request.query;
      const { snapshot, previous } = pickPublicSnapshot(view, query.year);
      const { kind = '', province = '' } = query;
      // Built once per published snapshot pair and query (public-export-cache.ts), then served as kept.
      const key = `${publicExportLayoutVersion}|${snapshot.id}|${previous?.id ?? ''}|${kind}|${province}|${format}`;
      const bytes = await exportCache.get(key, async () => {
        const list = await listPublicResults(db, view, { ...query, year: snapshot.year });
        if (format === 'csv') return Buffer.from(toResultsCsv(list));
        if (format === 'xlsx') return toResultsXlsx(list);
        return Buffer.from(JSON.stringify(list));
      });
      const scope = [query.kind, query.province].filter(Boolean).join('-');
      const fileName = `patuh-hasil-${snapshot.year}${scope ? `-${scope}` : ''}.${format}`;
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', `public, max-age=${publicMaxAgeSeconds}`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(bytes);
      if (format === 'xlsx')
        return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(bytes);
      return reply.type('application/json; charset=utf-8').send(bytes);
    },
  );

  app.get(
    '/api/public/entities/:code',
    {
      config: access,
      schema: {
        operationId: 'getPublicEntity',
        tags,
        summary: 'Pemerintah yang dinilai beserta hasil terbitannya dari tahun ke tahun',
        description: 'An assessed government with its published results across the years',
        params: publicEntityParamsSchema,
        response: { 200: publicEntitySchema },
      },
    },
    async (request, reply) => sendAnswer(request, reply, await answers.readEntity(request.params.code)),
  );
}

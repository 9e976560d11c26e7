import { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createUploadRequestSchema,
  idempotencyHeadersSchema,
  uploadChunkQuerySchema,
  uploadChunkSavedSchema,
  uploadCreatedSchema,
  uploadParamsSchema,
  uploadStatusSchema,
} from '../../contracts/offline-sync.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { DomainError } from '../errors';
import { appendUploadChunk } from '../use-cases/append-upload-chunk';
import { createUpload } from '../use-cases/create-upload';
import { getUploadStatus } from '../use-cases/get-upload-status';

/**
 * Resumable upload of an evidence file on a weak signal (docs/decisions/007): open, send chunks at the offset
 * the server reports, ask where it stands after a break, then attach it by `uploadId`.
 */
export function registerUploadRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['uploads'];
  // Whoever may attach evidence may upload its bytes; the attach checks the unit's scope.
  const access = { action: 'collection.write' } as const;

  app.post(
    '/api/uploads',
    {
      config: { access, idempotent: true },
      schema: {
        operationId: 'openUpload',
        tags,
        summary:
          'Buka unggahan satu berkas yang dapat dilanjutkan (paling besar 20 MB; sha256 diperiksa pada bita terakhir)',
        description: 'Open a resumable upload of one file (at most 20 MB; sha256 checked at the last byte)',
        headers: idempotencyHeadersSchema,
        body: createUploadRequestSchema,
        response: { 201: uploadCreatedSchema },
      },
    },
    async (request, reply) => {
      const created = await createUpload(db, config.dataDir, requireActor(request), request.body, now());
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/uploads/:uploadId',
    {
      config: { access },
      schema: {
        operationId: 'getUpload',
        tags,
        summary:
          'Bita unggahan yang sudah diterima server (lanjutkan dari receivedBytes); milik pengguna lain 404',
        description: 'Bytes the server holds of an upload (resume from receivedBytes); another user’s is 404',
        params: uploadParamsSchema,
        response: { 200: uploadStatusSchema },
      },
    },
    async (request) => getUploadStatus(db, requireActor(request), request.params.uploadId, now()),
  );

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // The chunk is handed over as the raw request stream and written to disk as it arrives.
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    scope.put(
      '/api/uploads/:uploadId',
      {
        config: { access },
        schema: {
          operationId: 'writeUploadChunk',
          tags,
          summary:
            'Tulis potongan berikutnya (application/octet-stream) di ?offset=receivedBytes; offset lain → 409 dengan details.receivedBytes',
          description:
            'Write the next chunk (application/octet-stream) at ?offset=receivedBytes; another offset → 409 with details.receivedBytes',
          params: uploadParamsSchema,
          querystring: uploadChunkQuerySchema,
          response: { 200: uploadChunkSavedSchema },
        },
      },
      async (request) => {
        const body: unknown = request.body;
        const bytes = body === undefined || body === null ? Readable.from([]) : body;
        if (!(bytes instanceof Readable)) throw notOctetStream();
        const length = Number(request.headers['content-length']);
        return appendUploadChunk(
          db,
          config.dataDir,
          requireActor(request),
          { uploadId: request.params.uploadId, offset: request.query.offset },
          { bytes, declaredBytes: Number.isFinite(length) ? length : undefined },
          now(),
        );
      },
    );
  });
}

function notOctetStream(): DomainError {
  return new DomainError('UNSUPPORTED_FILE_TYPE', {
    id: 'Kirim potongan berkas sebagai application/octet-stream.',
    en: 'Send the chunk as application/octet-stream.',
  });
}

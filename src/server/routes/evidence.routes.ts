import { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  evidenceItemSchema,
  evidenceParamsSchema,
  locusEvidenceParamsSchema,
  locusUnitParamsSchema,
} from '../../contracts/evidence.contract';
import { idempotencyHeadersSchema } from '../../contracts/offline-sync.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { readEvidenceUpload } from '../evidence/read-evidence-upload';
import { formatContentDisposition } from '../files/format-content-disposition';
import { openStoredFile } from '../files/open-stored-file';
import { registerStreamedMultipart } from '../files/register-streamed-multipart';
import { maxUploadBytes } from '../files/store-file';
import { discardUpload } from '../uploads/discard-upload';
import { deleteEvidence } from '../use-cases/delete-evidence';
import { exportLocusEvidence } from '../use-cases/export-locus-evidence';
import { getEvidenceFile } from '../use-cases/get-evidence-file';
import { uploadEvidence } from '../use-cases/upload-evidence';

/**
 * The file limit plus room for the form's text fields and part headers; small enough that the 413 message
 * still reads "20 MB".
 */
const uploadBodyLimit = maxUploadBytes + 16 * 1024;
/** The form streams to disk: the file is cut at the upload limit while it arrives, the text fields stay small. */
const evidenceFormLimits = { fileSize: maxUploadBytes, files: 4, fields: 20, fieldSize: 16 * 1024 };

export function registerEvidenceRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['evidence'];
  const unitBase = '/api/cycles/:year/loci/:code/units/:unitId/evidence';

  app.get(
    `${unitBase}/:evidenceId/file`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'downloadEvidenceFile',
        tags,
        summary: 'Unduh satu berkas bukti',
        description: 'Download one evidence file',
        params: evidenceParamsSchema,
      },
    },
    async (request, reply) => {
      const { evidence } = await getEvidenceFile(db, config.dataDir, requireActor(request), request.params);
      const stream = await openStoredFile(config.dataDir, evidence.sha256, reply.log);
      return reply
        .type(evidence.mediaType)
        .header('content-disposition', formatContentDisposition('attachment', evidence.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  app.delete(
    `${unitBase}/:evidenceId`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'deleteEvidence',
        tags,
        summary: 'Hapus satu bukti (unit draf atau dikembalikan)',
        description: 'Remove an evidence item (unit draft or returned)',
        headers: idempotencyHeadersSchema,
        params: evidenceParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteEvidence(db, requireActor(request), request.params, now(), auditContextOf(request));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/cycles/:year/loci/:code/evidence.zip',
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'downloadLocusEvidenceZip',
        tags,
        summary: 'Semua berkas bukti lokus sebagai satu ZIP (<unit>/<indikator>/<berkas>), dialirkan',
        description: 'Every evidence file of the locus as one ZIP (<unit>/<indicator>/<file>), streamed',
        params: locusEvidenceParamsSchema,
      },
    },
    async (request, reply) => {
      const archive = await exportLocusEvidence(db, config.dataDir, requireActor(request), request.params);
      if (archive.missing.length > 0)
        request.log.error({ missing: archive.missing }, 'stored files missing on disk, left out of the ZIP');
      return reply
        .type('application/zip')
        .header('content-disposition', formatContentDisposition('attachment', archive.fileName))
        .header('x-evidence-files', String(archive.fileCount))
        .send(Readable.from(archive.chunks));
    },
  );

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    await registerStreamedMultipart(scope, config.dataDir, evidenceFormLimits, now);
    scope.post(
      unitBase,
      {
        config: { access: { action: 'collection.write' }, idempotent: true },
        bodyLimit: uploadBodyLimit,
        schema: {
          operationId: 'attachEvidence',
          tags,
          summary:
            'Lampirkan foto atau PDF ke indikator (multipart: file, indicatorCode, respondentId?, takenAt?, latitude?, longitude?; paling besar 20 MB), atau JSON {uploadId, indicatorCode, …} yang menyebut unggahan /api/uploads yang selesai',
          description:
            'Attach a photo or PDF to an indicator (multipart: file, indicatorCode, respondentId?, takenAt?, latitude?, longitude?; at most 20 MB), or JSON {uploadId, indicatorCode, …} naming a completed /api/uploads upload',
          headers: idempotencyHeadersSchema,
          params: locusUnitParamsSchema,
          response: { 201: evidenceItemSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const input = await readEvidenceUpload(request.body, {
          db,
          dataDir: config.dataDir,
          actor,
          now: now(),
        });
        const item = await uploadEvidence(
          db,
          config.dataDir,
          actor,
          request.params,
          { fields: input.fields, file: input.file },
          now(),
          auditContextOf(request),
        );
        if (input.uploadId) await discardUpload(db, config.dataDir, input.uploadId);
        return reply.status(201).send(item);
      },
    );
  });
}

import { cycleYearParamsSchema } from '../../contracts/cycles.contract';
import {
  decideObjectionRequestSchema,
  fileObjectionRequestSchema,
  objectionFileParamsSchema,
  objectionFileQuerySchema,
  objectionListQuerySchema,
  objectionListSchema,
  objectionParamsSchema,
  objectionSchema,
} from '../../contracts/objections.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { requireCycle } from '../cycles/require-cycle';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { sendStoredFile } from '../files/send-stored-file';
import { maxUploadBytes } from '../files/store-file';
import { requireObjection } from '../objections/require-objection';
import { attachObjectionFile } from '../use-cases/attach-objection-file';
import { decideObjection } from '../use-cases/decide-objection';
import { fileObjection } from '../use-cases/file-objection';
import { listObjections } from '../use-cases/list-objections';

export function registerObjectionRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['objections'];
  const base = '/api/cycles/:year/objections';

  app.get(
    base,
    {
      config: { access: { action: 'objection.read' } },
      schema: {
        operationId: 'listObjections',
        tags,
        summary: 'Keberatan siklus dalam cakupan (penghubung: entitasnya; staf provinsi: provinsinya)',
        description:
          'Objections of the cycle in scope (liaison: own entity; province staff: their provinces)',
        params: cycleYearParamsSchema,
        querystring: objectionListQuerySchema,
        response: { 200: objectionListSchema },
      },
    },
    async (request) => listObjections(db, requireActor(request), request.params.year, request.query),
  );

  app.post(
    base,
    {
      config: { access: { action: 'objection.file' } },
      schema: {
        operationId: 'fileObjection',
        tags,
        summary: 'Ajukan keberatan (hanya selama masa keberatan)',
        description: 'File an objection (only during the objection window)',
        params: cycleYearParamsSchema,
        body: fileObjectionRequestSchema,
        response: { 201: objectionSchema },
      },
    },
    async (request, reply) => {
      const objection = await fileObjection(
        db,
        requireActor(request),
        request.params.year,
        request.body,
        auditContextOf(request),
        now(),
      );
      return reply.status(201).send(objection);
    },
  );

  app.post(
    `${base}/:id/decision`,
    {
      config: { access: { action: 'objection.decide' } },
      schema: {
        operationId: 'decideObjection',
        tags,
        summary:
          'Terima atau tolak keberatan dengan catatan (diaudit); menerima tidak mengubah data dengan sendirinya',
        description:
          'Accept or reject an objection with a note (audited); accepting changes no data by itself',
        params: objectionParamsSchema,
        body: decideObjectionRequestSchema,
        response: { 200: objectionSchema },
      },
    },
    async (request) =>
      decideObjection(
        db,
        requireActor(request),
        request.params,
        request.body,
        auditContextOf(request),
        now(),
      ),
  );

  app.get(
    `${base}/:id/files/:sha256`,
    {
      config: { access: { action: 'objection.read' } },
      schema: {
        operationId: 'downloadObjectionFile',
        tags,
        summary: 'Unduh berkas bukti keberatan',
        description: "Download an objection's evidence file",
        params: objectionFileParamsSchema,
      },
    },
    async (request, reply) => {
      const cycle = await requireCycle(db, request.params.year);
      const objection = await requireObjection(
        db,
        requireActor(request),
        'objection.read',
        cycle,
        request.params.id,
      );
      return sendStoredFile(reply, config.dataDir, objection.files, request.params.sha256);
    },
  );

  registerRawUploadRoutes(app, config.dataDir, (scope) => {
    scope.post(
      `${base}/:id/files`,
      {
        config: { access: { action: 'objection.file' } },
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'attachObjectionFile',
          tags,
          summary:
            'Lampirkan bukti baru ke keberatan yang terbuka (isi mentah PDF, JPEG, PNG, atau WebP, ≤ 20 MB)',
          description: 'Attach new evidence to an open objection (raw PDF, JPEG, PNG or WebP body, ≤ 20 MB)',
          params: objectionParamsSchema,
          querystring: objectionFileQuerySchema,
          response: { 201: objectionSchema },
        },
      },
      async (request, reply) => {
        const objection = await attachObjectionFile(
          db,
          config.dataDir,
          requireActor(request),
          request.params,
          { fileName: request.query.fileName, staged: requireStagedUpload(request.body) },
          auditContextOf(request),
          now(),
        );
        return reply.status(201).send(objection);
      },
    );
  });
}

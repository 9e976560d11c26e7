import {
  coachingFileParamsSchema,
  coachingFileQuerySchema,
  coachingListQuerySchema,
  coachingListSchema,
  coachingParamsSchema,
  coachingSessionSchema,
  saveCoachingSessionRequestSchema,
  updateCoachingSessionRequestSchema,
} from '../../contracts/coaching.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { sendStoredFile } from '../files/send-stored-file';
import { maxUploadBytes } from '../files/store-file';
import { attachCoachingFile } from '../use-cases/attach-coaching-file';
import { createCoachingSession } from '../use-cases/create-coaching-session';
import { getCoachingSession } from '../use-cases/get-coaching-session';
import { listCoachingSessions } from '../use-cases/list-coaching-sessions';
import { updateCoachingSession } from '../use-cases/update-coaching-session';

export function registerCoachingRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['coaching'];

  app.get(
    '/api/coaching',
    {
      config: { access: { action: 'coaching.read' } },
      schema: {
        operationId: 'listCoachingSessions',
        tags,
        summary: 'Sesi pembinaan dalam cakupan',
        description: 'Coaching sessions in scope',
        querystring: coachingListQuerySchema,
        response: { 200: coachingListSchema },
      },
    },
    async (request) => listCoachingSessions(db, requireActor(request), request.query),
  );

  app.post(
    '/api/coaching',
    {
      config: { access: { action: 'coaching.manage' } },
      schema: {
        operationId: 'createCoachingSession',
        tags,
        summary: 'Catat sesi pembinaan',
        description: 'Record a coaching session',
        body: saveCoachingSessionRequestSchema,
        response: { 201: coachingSessionSchema },
      },
    },
    async (request, reply) => {
      const session = await createCoachingSession(
        db,
        requireActor(request),
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(session);
    },
  );

  app.get(
    '/api/coaching/:sessionId',
    {
      config: { access: { action: 'coaching.read' } },
      schema: {
        operationId: 'getCoachingSession',
        summary: 'Satu sesi pembinaan beserta lampirannya',
        description: 'One coaching session with its attachments',
        tags,
        params: coachingParamsSchema,
        response: { 200: coachingSessionSchema },
      },
    },
    async (request) => getCoachingSession(db, requireActor(request), request.params.sessionId),
  );

  app.put(
    '/api/coaching/:sessionId',
    {
      config: { access: { action: 'coaching.manage' } },
      schema: {
        operationId: 'updateCoachingSession',
        tags,
        summary: 'Koreksi sesi pembinaan; 409 bila versi usang',
        description: 'Correct a coaching session; 409 on a stale version',
        params: coachingParamsSchema,
        body: updateCoachingSessionRequestSchema,
        response: { 200: coachingSessionSchema },
      },
    },
    async (request) =>
      updateCoachingSession(
        db,
        requireActor(request),
        request.params.sessionId,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    '/api/coaching/:sessionId/attachments/:sha256',
    {
      config: { access: { action: 'coaching.read' } },
      schema: {
        operationId: 'downloadCoachingAttachment',
        tags,
        summary: 'Unduh lampiran',
        description: 'Download an attachment',
        params: coachingFileParamsSchema,
      },
    },
    async (request, reply) => {
      const session = await getCoachingSession(db, requireActor(request), request.params.sessionId);
      return sendStoredFile(reply, config.dataDir, session.attachments, request.params.sha256);
    },
  );

  registerRawUploadRoutes(app, config.dataDir, (scope) => {
    scope.post(
      '/api/coaching/:sessionId/attachments',
      {
        config: { access: { action: 'coaching.manage' } },
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'attachCoachingFile',
          tags,
          summary: 'Lampirkan PDF, JPEG, PNG, atau WebP (isi mentah, paling besar 20 MB)',
          description: 'Attach a PDF, JPEG, PNG or WebP (raw body, at most 20 MB)',
          params: coachingParamsSchema,
          querystring: coachingFileQuerySchema,
          response: { 201: coachingSessionSchema },
        },
      },
      async (request, reply) => {
        const session = await attachCoachingFile(
          db,
          config.dataDir,
          requireActor(request),
          request.params.sessionId,
          { fileName: request.query.fileName, staged: requireStagedUpload(request.body) },
          auditContextOf(request),
        );
        return reply.status(201).send(session);
      },
    );
  });
}

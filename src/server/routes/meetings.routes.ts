import {
  attachmentParamsSchema,
  attachmentQuerySchema,
  meetingParamsSchema,
  meetingSchema,
  saveMeetingRequestSchema,
} from '../../contracts/meetings.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { notFoundError } from '../errors';
import { formatContentDisposition } from '../files/format-content-disposition';
import { openStoredFile } from '../files/open-stored-file';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { maxUploadBytes } from '../files/store-file';
import { loadMeeting } from '../meetings/load-meeting';
import { attachMeetingFile } from '../use-cases/attach-meeting-file';
import { renderMeetingPdf } from '../use-cases/render-meeting-pdf';
import { saveMeeting } from '../use-cases/save-meeting';

export function registerMeetingRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  const { db } = database;
  const tags = ['meetings'];
  const base = '/api/cycles/:year/loci/:code/meetings/:kind';

  app.get(
    base,
    {
      config: { access: { action: 'meeting.read' } },
      schema: {
        operationId: 'getMeeting',
        summary: 'Rapat pembukaan atau penutupan sebuah lokus',
        description: 'The entry or exit meeting of a locus',
        tags,
        params: meetingParamsSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request) => loadMeeting(db, requireActor(request), request.params),
  );

  app.put(
    base,
    {
      config: { access: { action: 'meeting.manage' } },
      schema: {
        operationId: 'saveMeeting',
        tags,
        summary: 'Catat atau koreksi rapat pembukaan/penutupan sebuah lokus',
        description: 'Record or correct the entry/exit meeting of a locus',
        params: meetingParamsSchema,
        body: saveMeetingRequestSchema,
        response: { 200: meetingSchema },
      },
    },
    async (request) =>
      saveMeeting(db, requireActor(request), request.params, request.body, now(), auditContextOf(request)),
  );

  for (const document of ['minutes', 'attendance'] as const) {
    app.get(
      `${base}/${document}.pdf`,
      {
        config: { access: { action: 'meeting.read' } },
        schema: {
          operationId: document === 'minutes' ? 'getMeetingMinutesPdf' : 'getMeetingAttendancePdf',
          tags,
          summary: `${document === 'minutes' ? 'Berita acara' : 'Daftar hadir'} siap cetak (PDF, A4)`,
          description: `The printable ${document} (PDF, A4)`,
          params: meetingParamsSchema,
        },
      },
      async (request, reply) => {
        const { bytes, fileName } = await renderMeetingPdf(
          db,
          requireActor(request),
          request.params,
          document,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName}"`)
          .send(bytes);
      },
    );
  }

  app.get(
    `${base}/attachments/:sha256`,
    {
      config: { access: { action: 'meeting.read' } },
      schema: {
        operationId: 'downloadMeetingAttachment',
        tags,
        summary: 'Unduh lampiran',
        description: 'Download an attachment',
        params: attachmentParamsSchema,
      },
    },
    async (request, reply) => {
      const meeting = await loadMeeting(db, requireActor(request), request.params);
      const attachment = meeting.attachments.find((candidate) => candidate.sha256 === request.params.sha256);
      if (!attachment) throw notFoundError();
      const stream = await openStoredFile(config.dataDir, attachment.sha256, reply.log);
      return reply
        .type(attachment.mediaType)
        .header('content-disposition', formatContentDisposition('attachment', attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  registerRawUploadRoutes(app, config.dataDir, (scope) => {
    scope.post(
      `${base}/attachments`,
      {
        config: { access: { action: 'meeting.manage' } },
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'attachMeetingFile',
          tags,
          summary: 'Lampirkan PDF, JPEG, PNG, atau WebP (isi mentah, paling besar 20 MB)',
          description: 'Attach a PDF, JPEG, PNG or WebP (raw body, at most 20 MB)',
          params: meetingParamsSchema,
          querystring: attachmentQuerySchema,
          response: { 201: meetingSchema },
        },
      },
      async (request, reply) => {
        const meeting = await attachMeetingFile(
          db,
          config.dataDir,
          requireActor(request),
          request.params,
          { fileName: request.query.fileName, staged: requireStagedUpload(request.body) },
          now(),
          auditContextOf(request),
        );
        return reply.status(201).send(meeting);
      },
    );
  });
}

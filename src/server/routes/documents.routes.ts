import type { FastifyReply } from 'fastify';
import {
  createDocumentJobSchema,
  documentJobListSchema,
  documentJobParamsSchema,
  documentJobSchema,
  entityDocumentParamsSchema,
  entityDocumentQuerySchema,
  officeSignatoriesListSchema,
  officeSignatoriesSchema,
  publicDocumentListSchema,
  saveSignatoriesSchema,
  signatoriesParamsSchema,
  signatoriesQuerySchema,
  unitDocumentParamsSchema,
  unitDocumentQuerySchema,
  verificationSchema,
  verifyParamsSchema,
} from '../../contracts/documents.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { createDocumentRendererFor } from '../documents/document-renderer';
import { createPublicDocumentMemo } from '../documents/public-document-memo';
import type { PublicViewCache } from '../results/public-view-cache';
import { createSigningSecretLoader } from '../security/signing-secret';
import { createDocumentJob } from '../use-cases/create-document-job';
import {
  getPublicEntityPiagam,
  getPublicUnitPiagam,
  type PublicPiagam,
} from '../use-cases/get-public-piagam';
import { getPublicRapor } from '../use-cases/get-public-rapor';
import { getDocumentJob, listDocumentJobs, toDocumentJob } from '../use-cases/list-document-jobs';
import { listPublicDocuments } from '../use-cases/list-public-documents';
import { listSignatories } from '../use-cases/list-signatories';
import { openDocumentJobResult } from '../use-cases/open-document-job-result';
import { saveSignatories } from '../use-cases/save-signatories';
import { verifyDocument } from '../use-cases/verify-document';
import { registerLetterheadRoutes } from './letterheads.routes';

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string): FastifyReply {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'public, max-age=300')
    .send(pdf);
}

/**
 * Piagam and rapor of published results (public, past the embargo like the rest of the public API), code
 * verification, piagam signatories per office and year, and bulk generation jobs.
 */
export function registerDocumentRoutes(
  app: PatuhApp,
  { config, database, renderer: given }: AppDependencies,
  views: PublicViewCache,
): void {
  const { db } = database;
  const renderer =
    given ??
    createDocumentRendererFor(db, config, (error) => app.log.error({ err: error }, 'document store failed'));
  if (!given) app.addHook('onClose', () => renderer.close());
  const documents = { renderer, memo: createPublicDocumentMemo(db, renderer) };
  const now = clockOf(config);
  const signingSecret = createSigningSecretLoader(db, config);
  // QR codes and links in documents point to the configured public address, never to a request's Host
  // header (which any client sets), so a cached public PDF is the same for everyone.
  const settings = async () => ({
    secret: await signingSecret(),
    baseUrl: config.documentBaseUrl,
    dataDir: config.dataDir,
  });
  const publicAccess = {
    access: 'public',
    rateLimit: { max: config.publicRateLimitPerMinute, timeWindow: '1 minute' },
  } as const;
  const publicTags = ['public documents'];
  const sendPiagam = (reply: FastifyReply, piagam: PublicPiagam) =>
    sendPdf(
      reply.header('x-verification-code', piagam.code).header('x-signatories', piagam.signing),
      piagam.pdf,
      piagam.fileName,
    );

  app.get(
    '/api/public/entities/:code/piagam.pdf',
    {
      config: publicAccess,
      schema: {
        operationId: 'getEntityPiagamPdf',
        tags: publicTags,
        summary: 'Piagam entitas pada tahun terbit, PDF A4 lanskap dengan kode QR',
        description: 'An entity’s piagam (certificate) of a published year, A4 landscape PDF with a QR code',
        params: entityDocumentParamsSchema,
        querystring: entityDocumentQuerySchema,
      },
    },
    async (request, reply) => {
      const view = await views.view(now());
      const piagam = await getPublicEntityPiagam(
        db,
        documents,
        await settings(),
        view,
        { code: request.params.code, year: request.query.year, language: request.query.lang },
        auditContextOf(request),
      );
      return sendPiagam(reply, piagam);
    },
  );

  app.get(
    '/api/public/units/:unitResultId/piagam.pdf',
    {
      config: publicAccess,
      schema: {
        operationId: 'getUnitPiagamPdf',
        tags: publicTags,
        summary: 'Piagam unit layanan pada tahun terbit',
        description: 'A service unit’s piagam of a published year',
        params: unitDocumentParamsSchema,
        querystring: unitDocumentQuerySchema,
      },
    },
    async (request, reply) => {
      const view = await views.view(now());
      const piagam = await getPublicUnitPiagam(
        db,
        documents,
        await settings(),
        view,
        { unitResultId: request.params.unitResultId, language: request.query.lang },
        auditContextOf(request),
      );
      return sendPiagam(reply, piagam);
    },
  );

  app.get(
    '/api/public/entities/:code/rapor.pdf',
    {
      config: publicAccess,
      schema: {
        operationId: 'getEntityRaporPdf',
        tags: publicTags,
        summary: 'Rapor entitas pada tahun terbit, PDF A4 potret',
        description: 'An entity’s rapor (report card) of a published year, A4 portrait PDF',
        params: entityDocumentParamsSchema,
        querystring: entityDocumentQuerySchema,
      },
    },
    async (request, reply) => {
      const at = now();
      const view = await views.view(at);
      const { pdf, fileName, code } = await getPublicRapor(
        db,
        documents,
        await settings(),
        view,
        { code: request.params.code, year: request.query.year, language: request.query.lang },
        { now: at, audit: auditContextOf(request) },
      );
      return sendPdf(reply.header('x-verification-code', code), pdf, fileName);
    },
  );

  app.get(
    '/api/public/entities/:code/documents',
    {
      config: publicAccess,
      schema: {
        operationId: 'listEntityDocuments',
        tags: publicTags,
        summary: 'Tautan unduh piagam, rapor, dan piagam unit entitas pada tahun terbit',
        description: 'Download links of an entity’s piagam, rapor and unit piagam in a published year',
        params: entityDocumentParamsSchema,
        querystring: entityDocumentQuerySchema,
        response: { 200: publicDocumentListSchema },
      },
    },
    async (request) => {
      const view = await views.view(now());
      return listPublicDocuments(db, view, request.params.code, request.query.year);
    },
  );

  app.get(
    '/api/public/verify/:code',
    {
      config: publicAccess,
      schema: {
        operationId: 'verifyDocumentCode',
        tags: publicTags,
        summary: 'Periksa kode verifikasi tercetak: sah, digantikan, atau tidak dikenal',
        description: 'Check a printed verification code: valid, superseded or unknown',
        params: verifyParamsSchema,
        response: { 200: verificationSchema },
      },
    },
    async (request, reply) => {
      const at = now();
      reply.header('cache-control', 'no-store');
      return verifyDocument(db, await views.view(at), request.params.code, at, await signingSecret());
    },
  );

  const tags = ['documents'];
  app.get(
    '/api/document-signatories',
    {
      config: { access: { action: 'documents.configure' } },
      schema: {
        operationId: 'listDocumentSignatories',
        tags,
        summary: 'Penandatangan piagam per tahun, untuk tiap kantor yang dikelola pemanggil',
        description: 'Who signs the piagam of a year, per office the caller manages',
        querystring: signatoriesQuerySchema,
        response: { 200: officeSignatoriesListSchema },
      },
    },
    async (request) => listSignatories(db, requireActor(request), request.query.year),
  );

  app.put(
    '/api/document-signatories/:year/:office',
    {
      config: { access: { action: 'documents.configure' } },
      schema: {
        operationId: 'setDocumentSignatories',
        tags,
        summary: 'Tetapkan penandatangan (1–3 nama dan jabatan) serta tempat sebuah kantor untuk satu tahun',
        description: 'Set the signatories (1–3 names and titles) and place of an office for a year',
        params: signatoriesParamsSchema,
        body: saveSignatoriesSchema,
        response: { 200: officeSignatoriesSchema },
      },
    },
    async (request) => {
      const saved = await saveSignatories(
        db,
        requireActor(request),
        { year: request.params.year, officeCode: request.params.office },
        request.body,
        auditContextOf(request),
        now(),
      );
      // A rapor prints its office: this process answers with the new version at once, others within 1 s.
      documents.memo.forgetSignatories();
      return saved;
    },
  );

  registerLetterheadRoutes(app, {
    db,
    dataDir: config.dataDir,
    now,
    forget: () => documents.memo.forgetSignatories(),
  });

  app.get(
    '/api/document-jobs',
    {
      config: { access: { action: 'documents.generate' } },
      schema: {
        operationId: 'listDocumentJobs',
        tags,
        summary: 'Tugas dokumen massal, terbaru lebih dulu',
        description: 'Bulk document jobs, newest first',
        response: { 200: documentJobListSchema },
      },
    },
    async () => listDocumentJobs(db),
  );

  app.post(
    '/api/document-jobs',
    {
      config: { access: { action: 'documents.generate' } },
      schema: {
        operationId: 'createDocumentJob',
        tags,
        summary:
          'Buat semua piagam (entitas dan unit) dan/atau rapor satu tahun sebagai satu ZIP, di latar belakang',
        description:
          'Generate every piagam (entities and units) and/or rapor of a year as one ZIP, in the background',
        body: createDocumentJobSchema,
        response: { 201: documentJobSchema },
      },
    },
    async (request, reply) => {
      const job = await createDocumentJob(
        db,
        requireActor(request),
        request.body,
        config.documentBaseUrl,
        auditContextOf(request),
        now(),
      );
      return reply.status(201).send(job);
    },
  );

  app.get(
    '/api/document-jobs/:jobId',
    {
      config: { access: { action: 'documents.generate' } },
      schema: {
        operationId: 'getDocumentJob',
        tags,
        summary: 'Satu tugas massal beserta kemajuannya',
        description: 'A bulk job with its progress',
        params: documentJobParamsSchema,
        response: { 200: documentJobSchema },
      },
    },
    async (request) => toDocumentJob(await getDocumentJob(db, request.params.jobId)),
  );

  app.get(
    '/api/document-jobs/:jobId/download',
    {
      config: { access: { action: 'documents.generate' } },
      schema: {
        operationId: 'downloadDocumentJob',
        tags,
        summary: 'ZIP dari tugas massal yang selesai',
        description: 'The ZIP of a finished bulk job',
        params: documentJobParamsSchema,
      },
    },
    async (request, reply) => {
      const { stream, fileName, sizeBytes } = await openDocumentJobResult(
        db,
        config.dataDir,
        request.params.jobId,
      );
      if (sizeBytes !== null) reply.header('content-length', String(sizeBytes));
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(stream);
    },
  );
}

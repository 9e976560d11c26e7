import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuerySchema, importQuerySchema } from '../../contracts/imports.contract';
import { attachmentQuerySchema } from '../../contracts/meetings.contract';
import {
  confirmOversightProductRequestSchema,
  oversightEntityParamsSchema,
  oversightImportResultSchema,
  oversightListQuerySchema,
  oversightProductFileParamsSchema,
  oversightProductParamsSchema,
  oversightRegisterSchema,
  saveOversightProductRequestSchema,
  updateOversightProductRequestSchema,
} from '../../contracts/oversight-products.contract';
import { entityCodeSchema } from '../../contracts/roles.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { listOversightFiles } from '../db/repositories/oversight-products.repository';
import { DomainError } from '../errors';
import { formatContentDisposition } from '../files/format-content-disposition';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { sendStoredFile } from '../files/send-stored-file';
import { maxUploadBytes } from '../files/store-file';
import { requireOversightProduct } from '../oversight/require-oversight-product';
import { attachOversightFollowUpFile } from '../use-cases/attach-oversight-follow-up-file';
import { confirmOversightFollowUp } from '../use-cases/confirm-oversight-follow-up';
import { createOversightProduct } from '../use-cases/create-oversight-product';
import { exportOversightProducts } from '../use-cases/export-oversight-products';
import { getOversightRegister } from '../use-cases/get-oversight-register';
import { maxImportBytes } from '../use-cases/import-loci';
import { importOversightProducts } from '../use-cases/import-oversight-products';
import { updateOversightProduct } from '../use-cases/update-oversight-product';

const spreadsheetMediaTypes = [
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];
const mediaTypeOf = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The oversight-products register (produk pengawasan) of each entity. */
export function registerOversightProductRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['oversight-products'];
  const base = '/api/entities/:code/oversight-products';

  app.get(
    base,
    {
      config: { access: { action: 'oversight.read' } },
      schema: {
        operationId: 'listOversightProducts',
        tags,
        summary: 'Produk pengawasan entitas dan status tindak lanjutnya pada tanggal batas',
        description: 'An entity\u2019s oversight products and its follow-up status at a cut-off date',
        params: oversightEntityParamsSchema,
        querystring: oversightListQuerySchema,
        response: { 200: oversightRegisterSchema },
      },
    },
    async (request) =>
      getOversightRegister(db, requireActor(request), request.params.code, now(), request.query.cutOff),
  );

  app.post(
    base,
    {
      config: { access: { action: 'oversight.manage' } },
      schema: {
        operationId: 'createOversightProduct',
        tags,
        summary:
          'Catat produk pengawasan (tindakan korektif, saran perbaikan, saran penyempurnaan, rekomendasi)',
        description:
          'Record an oversight product (tindakan korektif, saran perbaikan, saran penyempurnaan, rekomendasi)',
        params: oversightEntityParamsSchema,
        body: saveOversightProductRequestSchema,
        response: { 201: oversightRegisterSchema },
      },
    },
    async (request, reply) => {
      const register = await createOversightProduct(
        db,
        requireActor(request),
        request.params.code,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(register);
    },
  );

  app.patch(
    `${base}/:productId`,
    {
      config: { access: { action: 'oversight.manage' } },
      schema: {
        operationId: 'updateOversightProduct',
        tags,
        summary: 'Koreksi nomor, tanggal, perihal, atau kantor produk; 409 bila versi usang',
        description: 'Correct a product\u2019s number, dates, subject or office; 409 on a stale version',
        params: oversightProductParamsSchema,
        body: updateOversightProductRequestSchema,
        response: { 200: oversightRegisterSchema },
      },
    },
    async (request) =>
      updateOversightProduct(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.post(
    `${base}/:productId/confirmation`,
    {
      config: { access: { action: 'oversight.manage' } },
      schema: {
        operationId: 'confirmOversightFollowUp',
        tags,
        summary:
          'Konfirmasi status tindak lanjut (belum, sebagian, selesai); disimpan dengan siapa dan kapan',
        description: 'Confirm the follow-up status (belum, sebagian, selesai); kept with who and when',
        params: oversightProductParamsSchema,
        body: confirmOversightProductRequestSchema,
        response: { 200: oversightRegisterSchema },
      },
    },
    async (request) =>
      confirmOversightFollowUp(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    `${base}/:productId/files/:sha256`,
    {
      config: { access: { action: 'oversight.read' } },
      schema: {
        operationId: 'downloadOversightProductFile',
        tags,
        summary: 'Unduh bukti tindak lanjut',
        description: 'Download follow-up evidence',
        params: oversightProductFileParamsSchema,
      },
    },
    async (request, reply) => {
      const { product } = await requireOversightProduct(
        db,
        requireActor(request),
        'oversight.read',
        request.params,
      );
      const files = await listOversightFiles(db, [product.id]);
      return sendStoredFile(reply, config.dataDir, files, request.params.sha256);
    },
  );

  app.get(
    '/api/oversight-products/export',
    {
      config: { access: { action: 'oversight.read' } },
      schema: {
        operationId: 'exportOversightProducts',
        tags,
        summary: 'Register dalam cakupan (atau satu entitas) sebagai CSV atau XLSX (format impor)',
        description: 'The register in scope (or of one entity) as CSV or XLSX (the import format)',
        querystring: exportQuerySchema.extend({ entityCode: entityCodeSchema.optional() }),
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportOversightProducts(db, requireActor(request), request.query);
      return reply
        .type(mediaTypeOf[request.query.format])
        .header('content-disposition', formatContentDisposition('attachment', fileName))
        .send(bytes);
    },
  );

  registerRawUploadRoutes(app, config.dataDir, (scope) => {
    scope.post(
      `${base}/:productId/files`,
      {
        config: { access: { action: 'oversight.follow-up' } },
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'attachOversightProductFile',
          tags,
          summary: 'Unggah bukti tindak lanjut (isi mentah PDF, JPEG, PNG, atau WebP, paling besar 20 MB)',
          description: 'Upload follow-up evidence (raw PDF, JPEG, PNG or WebP body, at most 20 MB)',
          params: oversightProductParamsSchema,
          querystring: attachmentQuerySchema,
          response: { 201: oversightRegisterSchema },
        },
      },
      async (request, reply) => {
        const register = await attachOversightFollowUpFile(
          db,
          config.dataDir,
          requireActor(request),
          request.params,
          { fileName: request.query.fileName, staged: requireStagedUpload(request.body) },
          now(),
          auditContextOf(request),
        );
        return reply.status(201).send(register);
      },
    );
  });

  // Spreadsheets arrive as the raw file, in a scope of their own so the buffer parser applies here only.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      spreadsheetMediaTypes,
      { parseAs: 'buffer', bodyLimit: maxImportBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/oversight-products/import',
      {
        config: { access: { action: 'oversight.manage' } },
        bodyLimit: maxImportBytes,
        schema: {
          operationId: 'importOversightProducts',
          tags,
          summary:
            'Impor produk pengawasan dari CSV atau XLSX: ada masalah, tidak ada yang ditulis (422, masalah per baris)',
          description:
            'Import oversight products from CSV or XLSX: any problem writes nothing (422, problems by row)',
          querystring: importQuerySchema,
          response: { 200: oversightImportResultSchema },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) throw notAFile();
        return importOversightProducts(
          db,
          requireActor(request),
          { bytes: request.body, format: request.query.format },
          now(),
          auditContextOf(request),
        );
      },
    );
  });
}

function notAFile(): DomainError {
  return new DomainError('UNSUPPORTED_FILE_TYPE', {
    id: 'Kirim berkas CSV atau XLSX sebagai isi permintaan.',
    en: 'Send the CSV or XLSX file as the request body.',
  });
}

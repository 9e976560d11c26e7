import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cycleYearParamsSchema } from '../../contracts/cycles.contract';
import {
  directoryExportQuerySchema,
  directoryImportResultSchema,
  exportQuerySchema,
  importQuerySchema,
  lociImportResultSchema,
} from '../../contracts/imports.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { DomainError } from '../errors';
import { exportDirectory } from '../use-cases/export-directory';
import { exportLoci } from '../use-cases/export-loci';
import { importDirectory } from '../use-cases/import-directory';
import { importLoci, maxImportBytes } from '../use-cases/import-loci';

/** Spreadsheets arrive as the raw file; browsers label CSV in several ways. */
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

export function registerImportRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const now = clockOf(config);
  const { db } = database;
  const tags = ['imports'];

  app.get(
    '/api/cycles/:year/loci/export',
    {
      config: { access: { action: 'locus.read' } },
      schema: {
        operationId: 'exportLoci',
        tags,
        summary: 'Lokus dalam cakupan sebagai CSV atau XLSX (format impor)',
        description: 'The loci in scope as CSV or XLSX (the import format)',
        params: cycleYearParamsSchema,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportLoci(
        db,
        requireActor(request),
        request.params.year,
        request.query.format,
      );
      return reply
        .type(mediaTypeOf[request.query.format])
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(bytes);
    },
  );

  app.get(
    '/api/directory/export',
    {
      config: { access: 'signed-in' },
      schema: {
        operationId: 'exportDirectory',
        tags,
        summary: 'Entitas beserta unitnya sebagai CSV atau XLSX (format impor direktori)',
        description: 'Entities with their units as CSV or XLSX (the directory import format)',
        querystring: directoryExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportDirectory(db, requireActor(request), request.query);
      return reply
        .type(mediaTypeOf[request.query.format])
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(bytes);
    },
  );

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser(
      spreadsheetMediaTypes,
      { parseAs: 'buffer', bodyLimit: maxImportBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/directory/import',
      {
        config: { access: { action: 'unit.manage' } },
        bodyLimit: maxImportBytes,
        schema: {
          operationId: 'importDirectory',
          tags,
          summary:
            'Impor entitas (K/L: admin), alias, dan unit; semua baris diperiksa dulu, tidak ada yang ditulis bila ada masalah',
          description:
            'Import entities (K/L: admins), aliases and units; all rows checked first, nothing written on any problem',
          querystring: importQuerySchema,
          response: { 200: directoryImportResultSchema },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) throw notAFile();
        return importDirectory(
          db,
          requireActor(request),
          { bytes: request.body, format: request.query.format },
          auditContextOf(request),
        );
      },
    );
    scope.post(
      '/api/cycles/:year/loci/import',
      {
        config: { access: { action: 'locus.manage' } },
        bodyLimit: maxImportBytes,
        schema: {
          operationId: 'importLoci',
          tags,
          summary:
            'Impor lokus dari CSV atau XLSX: semua baris diperiksa dulu; ada masalah, tidak ada yang ditulis (422)',
          description:
            'Import loci from CSV or XLSX: all rows are checked first; any problem writes nothing (422)',
          params: cycleYearParamsSchema,
          querystring: importQuerySchema,
          response: { 200: lociImportResultSchema },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) throw notAFile();
        return importLoci(
          db,
          requireActor(request),
          request.params.year,
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

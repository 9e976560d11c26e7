import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { collectionUnitParamsSchema } from '../../contracts/collection.contract';
import { fieldImportResultSchema } from '../../contracts/field-import.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { DomainError } from '../errors';
import { exportFieldImportTemplate } from '../use-cases/export-field-import-template';
import { importFieldData, maxFieldImportBytes } from '../use-cases/import-field-data';

const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Field data of one locus unit collected on paper or in another tool: its workbook template and its import. */
export function registerFieldImportRoutes(app: PatuhApp, { config, database }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['collection'];
  const base = '/api/cycles/:year/loci/:code/units/:unitId/field-import';

  app.get(
    `${base}/template`,
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'getFieldImportTemplate',
        tags,
        summary: 'Templat XLSX data lapangan unit (lembar petugas, jawaban, pengaduan, survei, petunjuk)',
        description:
          'The unit’s field-data XLSX template (sheets petugas, jawaban, pengaduan, survei and petunjuk), built from the frozen edition',
        params: collectionUnitParamsSchema,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportFieldImportTemplate(db, requireActor(request), request.params);
      return reply
        .type(xlsxMediaType)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(bytes);
    },
  );

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // The workbook arrives as the raw body, as every spreadsheet import does (docs/architecture.md).
    scope.addContentTypeParser(
      [xlsxMediaType, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: maxFieldImportBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      base,
      {
        config: { access: { action: 'collection.write' } },
        bodyLimit: maxFieldImportBytes,
        schema: {
          operationId: 'importFieldData',
          tags,
          summary:
            'Impor data lapangan unit dari XLSX: semua baris diperiksa terhadap edisi beku; ada masalah, tidak ada yang ditulis (422)',
          description:
            'Import a unit’s officials, answers, complaint records and survey forms from its XLSX workbook; every row is checked against the frozen edition first and any problem writes nothing (422, each problem with sheet, row and column)',
          params: collectionUnitParamsSchema,
          response: { 200: fieldImportResultSchema },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body))
          throw new DomainError('UNSUPPORTED_FILE_TYPE', {
            id: 'Kirim berkas XLSX sebagai isi permintaan.',
            en: 'Send the XLSX file as the request body.',
          });
        return importFieldData(
          db,
          requireActor(request),
          request.params,
          request.body,
          now(),
          auditContextOf(request),
        );
      },
    );
  });
}

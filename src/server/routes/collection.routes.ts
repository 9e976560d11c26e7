import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  answerSchema,
  collectionUnitParamsSchema,
  createRespondentRequestSchema,
  respondentListSchema,
  respondentParamsSchema,
  respondentSavedSchema,
  saveAnswerRequestSchema,
  unitCollectionSchema,
  updateRespondentRequestSchema,
} from '../../contracts/collection.contract';
import { fieldImportResultSchema } from '../../contracts/field-import.contract';
import { idempotencyHeadersSchema } from '../../contracts/offline-sync.contract';
import { unitScoringInputSchema } from '../../contracts/unit-scoring-input.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { DomainError } from '../errors';
import { createRespondent } from '../use-cases/create-respondent';
import { removeRespondent } from '../use-cases/delete-respondent';
import { exportFieldImportTemplate } from '../use-cases/export-field-import-template';
import { getUnitCollection } from '../use-cases/get-unit-collection';
import { getUnitScoringInput } from '../use-cases/get-unit-scoring-input';
import { importFieldData, maxFieldImportBytes } from '../use-cases/import-field-data';
import { saveAnswer } from '../use-cases/save-answer';
import { updateRespondent } from '../use-cases/update-respondent';

const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Field collection of one locus unit: its forms, officials and answers (optimistic locking), and the XLSX
 * import of the same data collected on paper or in another tool.
 */
export function registerCollectionRoutes(app: PatuhApp, { config, database }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['collection'];
  const base = '/api/cycles/:year/loci/:code/units/:unitId';

  app.get(
    `${base}/collection`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getUnitCollection',
        tags,
        summary: 'Formulir, petugas, jawaban, catatan telaah, dan nilai sementara sebuah unit lokus',
        description: 'Forms, officials, answers, review notes and provisional score of a locus unit',
        params: collectionUnitParamsSchema,
        response: { 200: unitCollectionSchema },
      },
    },
    async (request) =>
      getUnitCollection(db, requireActor(request), request.params, now(), {
        evidenceMaxDistanceKm: config.evidenceMaxDistanceKm,
      }),
  );

  app.get(
    `${base}/scoring-input`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getUnitScoringInput',
        tags,
        summary:
          'Edisi beku dan baris terkumpul yang menjadi dasar nilai sementara (disimpan untuk kerja luring)',
        description:
          'The frozen edition and collected rows the provisional score is computed from (stored for offline work)',
        params: collectionUnitParamsSchema,
        response: { 200: unitScoringInputSchema },
      },
    },
    async (request) => getUnitScoringInput(db, requireActor(request), request.params),
  );

  app.post(
    `${base}/respondents`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'createRespondent',
        tags,
        summary: 'Catat petugas yang diwawancarai di unit (ditolak bila melebihi jumlah wajib perannya)',
        description: 'Record an official interviewed at the unit (refused beyond the role’s required count)',
        headers: idempotencyHeadersSchema,
        params: collectionUnitParamsSchema,
        body: createRespondentRequestSchema,
        response: { 201: respondentSavedSchema },
      },
    },
    async (request, reply) => {
      const saved = await createRespondent(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.code(201).send(saved);
    },
  );

  app.patch(
    `${base}/respondents/:respondentId`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'updateRespondent',
        tags,
        summary: 'Ubah data petugas (expectedVersion; 409 bila usang)',
        description: 'Change an official’s details (expectedVersion; 409 when stale)',
        headers: idempotencyHeadersSchema,
        params: respondentParamsSchema,
        body: updateRespondentRequestSchema,
        response: { 200: respondentSavedSchema },
      },
    },
    async (request) =>
      updateRespondent(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.delete(
    `${base}/respondents/:respondentId`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'deleteRespondent',
        tags,
        summary: 'Hapus petugas beserta jawabannya selama unit masih dapat diubah',
        description: 'Remove an official and their answers while the unit is editable',
        headers: idempotencyHeadersSchema,
        params: respondentParamsSchema,
        response: { 200: respondentListSchema },
      },
    },
    async (request) =>
      removeRespondent(db, requireActor(request), request.params, now(), auditContextOf(request)),
  );

  app.put(
    `${base}/answers`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        operationId: 'saveAnswer',
        tags,
        summary:
          'Simpan satu jawaban; expectedVersion adalah versi yang dibaca (0 = baru); 409 dengan jawaban terkini',
        description:
          'Save one answer; expectedVersion is the version read (0 = new); 409 with the current answer',
        headers: idempotencyHeadersSchema,
        params: collectionUnitParamsSchema,
        body: saveAnswerRequestSchema,
        response: { 200: answerSchema },
      },
    },
    async (request) =>
      saveAnswer(db, requireActor(request), request.params, request.body, now(), auditContextOf(request)),
  );

  // Field data collected on paper or in another tool: the unit's workbook template and its import.
  app.get(
    `${base}/field-import/template`,
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
      `${base}/field-import`,
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

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
import { idempotencyHeadersSchema } from '../../contracts/offline-sync.contract';
import { unitScoringInputSchema } from '../../contracts/unit-scoring-input.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { createRespondent } from '../use-cases/create-respondent';
import { removeRespondent } from '../use-cases/delete-respondent';
import { getUnitCollection } from '../use-cases/get-unit-collection';
import { getUnitScoringInput } from '../use-cases/get-unit-scoring-input';
import { saveAnswer } from '../use-cases/save-answer';
import { updateRespondent } from '../use-cases/update-respondent';

/** Field collection of one locus unit: its forms, officials and answers (optimistic locking). */
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
}

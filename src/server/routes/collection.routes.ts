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
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { createRespondent } from '../use-cases/create-respondent';
import { removeRespondent } from '../use-cases/delete-respondent';
import { getUnitCollection } from '../use-cases/get-unit-collection';
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
        tags,
        summary: 'Forms, officials, answers, review notes and provisional score of a locus unit',
        params: collectionUnitParamsSchema,
        response: { 200: unitCollectionSchema },
      },
    },
    async (request) =>
      getUnitCollection(db, requireActor(request), request.params, now(), {
        evidenceMaxDistanceKm: config.evidenceMaxDistanceKm,
      }),
  );

  app.post(
    `${base}/respondents`,
    {
      config: { access: { action: 'collection.write' }, idempotent: true },
      schema: {
        tags,
        summary: 'Record an official interviewed at the unit (refused beyond the role’s required count)',
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
        tags,
        summary: 'Change an official’s details (expectedVersion; 409 when stale)',
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
        tags,
        summary: 'Remove an official and their answers while the unit is editable',
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
        tags,
        summary:
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

import {
  createPlanRequestSchema,
  newPlanItemSchema,
  planFileQuerySchema,
  planItemFileParamsSchema,
  planItemParamsSchema,
  planListQuerySchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  removePlanItemQuerySchema,
  simulatorInputSchema,
  simulatorParamsSchema,
  simulatorQuerySchema,
  updatePlanItemRequestSchema,
} from '../../contracts/plans.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { findPlanItem, listPlanItemFiles } from '../db/repositories/improvement-plans.repository';
import { requireStagedUpload } from '../files/receive-raw-upload';
import { registerRawUploadRoutes } from '../files/register-raw-upload-routes';
import { sendStoredFile } from '../files/send-stored-file';
import { maxUploadBytes } from '../files/store-file';
import { requirePlan } from '../plans/require-plan';
import { addPlanItem } from '../use-cases/add-plan-item';
import { attachPlanItemFile } from '../use-cases/attach-plan-item-file';
import { createImprovementPlan } from '../use-cases/create-improvement-plan';
import { getImprovementPlan } from '../use-cases/get-improvement-plan';
import { getPlanSimulator } from '../use-cases/get-plan-simulator';
import { listImprovementPlans } from '../use-cases/list-improvement-plans';
import { removePlanItem } from '../use-cases/remove-plan-item';
import { updatePlanItem } from '../use-cases/update-plan-item';

export function registerPlanRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['plans'];
  const base = '/api/plans/:code/:year';

  app.get(
    '/api/plans/simulator/:code',
    {
      config: { access: { action: 'plan.read' } },
      schema: {
        operationId: 'getPlanSimulatorInput',
        tags,
        summary: 'Bahan hitung simulator bagaimana-jika: edisi, jawaban terkumpul, nilai pembanding',
        description: 'What the what-if simulator computes from: edition, collected answers, peer scores',
        params: simulatorParamsSchema,
        querystring: simulatorQuerySchema,
        response: { 200: simulatorInputSchema },
      },
    },
    async (request) =>
      getPlanSimulator(db, requireActor(request), request.params.code, request.query.year, now()),
  );

  app.get(
    '/api/plans',
    {
      config: { access: { action: 'plan.read' } },
      schema: {
        operationId: 'listPlans',
        tags,
        summary: 'Rencana perbaikan dalam cakupan',
        description: 'Improvement plans in scope',
        querystring: planListQuerySchema,
        response: { 200: planListSchema },
      },
    },
    async (request) => listImprovementPlans(db, requireActor(request), request.query, now()),
  );

  app.get(
    base,
    {
      config: { access: { action: 'plan.read' } },
      schema: {
        operationId: 'getPlan',
        tags,
        summary: 'Rencana perbaikan entitas pada satu tahun',
        description: 'An entity\u2019s improvement plan of a year',
        params: planParamsSchema,
        response: { 200: planSchema },
      },
    },
    async (request) => getImprovementPlan(db, requireActor(request), request.params, now()),
  );

  app.post(
    base,
    {
      config: { access: { action: 'plan.manage' } },
      schema: {
        operationId: 'startPlan',
        tags,
        summary: 'Mulai rencana (dari rekomendasi atau manual)',
        description: 'Start the plan (from the recommendations or by hand)',
        params: planParamsSchema,
        body: createPlanRequestSchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => {
      const plan = await createImprovementPlan(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(plan);
    },
  );

  app.post(
    `${base}/items`,
    {
      config: { access: { action: 'plan.manage' } },
      schema: {
        operationId: 'createPlanItem',
        tags,
        summary: 'Tambah butir rencana',
        description: 'Add an item',
        params: planParamsSchema,
        body: newPlanItemSchema,
        response: { 201: planSchema },
      },
    },
    async (request, reply) => {
      const plan = await addPlanItem(
        db,
        requireActor(request),
        request.params,
        request.body,
        now(),
        auditContextOf(request),
      );
      return reply.status(201).send(plan);
    },
  );

  app.patch(
    `${base}/items/:itemId`,
    {
      config: { access: { action: 'plan.manage' } },
      schema: {
        operationId: 'updatePlanItem',
        tags,
        summary:
          'Ubah butir (status, penanggung jawab, tenggat) dan tambahkan catatan kemajuan; 409 bila versi usang',
        description:
          'Update an item (status, owner, due date) and append a progress note; 409 on a stale version',
        params: planItemParamsSchema,
        body: updatePlanItemRequestSchema,
        response: { 200: planSchema },
      },
    },
    async (request) =>
      updatePlanItem(db, requireActor(request), request.params, request.body, now(), auditContextOf(request)),
  );

  app.delete(
    `${base}/items/:itemId`,
    {
      config: { access: { action: 'plan.manage' } },
      schema: {
        operationId: 'deletePlanItem',
        tags,
        summary: 'Hapus butir pada versi yang dibaca; 409 bila versi usang',
        description: 'Remove an item at the version read; 409 on a stale version',
        params: planItemParamsSchema,
        querystring: removePlanItemQuerySchema,
        response: { 200: planSchema },
      },
    },
    async (request) =>
      removePlanItem(
        db,
        requireActor(request),
        request.params,
        request.query.version,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    `${base}/items/:itemId/files/:sha256`,
    {
      config: { access: { action: 'plan.read' } },
      schema: {
        operationId: 'downloadPlanItemFile',
        tags,
        summary: 'Unduh bukti butir rencana',
        description: 'Download an item\u2019s evidence',
        params: planItemFileParamsSchema,
      },
    },
    async (request, reply) => {
      // Only the item's file list: the whole plan view would score the entity twice for its baseline.
      const { plan } = await requirePlan(db, requireActor(request), 'plan.read', request.params);
      const item = await findPlanItem(db, plan.id, request.params.itemId);
      const files = item ? await listPlanItemFiles(db, [item.id]) : [];
      return sendStoredFile(reply, config.dataDir, files, request.params.sha256);
    },
  );

  registerRawUploadRoutes(app, config.dataDir, (scope) => {
    scope.post(
      `${base}/items/:itemId/files`,
      {
        config: { access: { action: 'plan.manage' } },
        bodyLimit: maxUploadBytes + 1,
        schema: {
          operationId: 'attachPlanItemFile',
          tags,
          summary:
            'Lampirkan bukti ke butir rencana (isi mentah PDF, JPEG, PNG, atau WebP, paling besar 20 MB)',
          description: 'Attach evidence to an item (raw PDF, JPEG, PNG or WebP body, at most 20 MB)',
          params: planItemParamsSchema,
          querystring: planFileQuerySchema,
          response: { 201: planSchema },
        },
      },
      async (request, reply) => {
        const plan = await attachPlanItemFile(
          db,
          config.dataDir,
          requireActor(request),
          request.params,
          { fileName: request.query.fileName, staged: requireStagedUpload(request.body) },
          now(),
          auditContextOf(request),
        );
        return reply.status(201).send(plan);
      },
    );
  });
}

import {
  locusApprovalStateSchema,
  locusWorkflowParamsSchema,
  returnUnitRequestSchema,
  unitWorkflowParamsSchema,
  unitWorkflowSchema,
  verifyUnitRequestSchema,
  workflowReasonRequestSchema,
} from '../../contracts/workflow.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { acceptLocus } from '../use-cases/accept-locus';
import { approveLocus } from '../use-cases/approve-locus';
import { getLocusApproval } from '../use-cases/get-locus-approval';
import { getUnitWorkflow } from '../use-cases/get-unit-workflow';
import { openLocusUnitCorrection } from '../use-cases/open-locus-unit-correction';
import { reopenLocusUnit } from '../use-cases/reopen-locus-unit';
import { returnLocusUnit } from '../use-cases/return-locus-unit';
import { submitLocusUnit } from '../use-cases/submit-locus-unit';
import { verifyLocusUnit } from '../use-cases/verify-locus-unit';
import { withdrawLocusStep } from '../use-cases/withdraw-locus-approval';

/** Verification workflow of locus units (submit, return, verify, reopen) and approval of the entity. */
export function registerWorkflowRoutes(app: PatuhApp, { database, config }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['workflow'];
  const unitBase = '/api/cycles/:year/loci/:code/units/:unitId';
  const targetOf = (params: { year: number; code: string; unitId: string }) => ({
    year: params.year,
    entityCode: params.code,
    unitId: params.unitId,
  });

  app.get(
    `${unitBase}/workflow`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getUnitWorkflow',
        tags,
        summary:
          'Status alur kerja unit lokus, apa yang menghalangi pengajuan, dan aksi yang boleh dilakukan pemanggil',
        description:
          'Workflow status of a locus unit, what blocks submission and which actions the caller may take',
        params: unitWorkflowParamsSchema,
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => getUnitWorkflow(db, requireActor(request), targetOf(request.params), now()),
  );

  app.post(
    `${unitBase}/submit`,
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'submitUnit',
        tags,
        summary:
          'Ajukan unit draf atau dikembalikan untuk verifikasi; 422 UNIT_INCOMPLETE menyebut yang kurang (details)',
        description:
          'Submit a draft or returned unit for verification; 422 UNIT_INCOMPLETE lists what is missing (details)',
        params: unitWorkflowParamsSchema,
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = targetOf(request.params);
      await submitLocusUnit(db, actor, target, now(), auditContextOf(request));
      return getUnitWorkflow(db, actor, target, now());
    },
  );

  app.post(
    `${unitBase}/return`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'returnUnit',
        tags,
        summary: 'Kembalikan unit yang diajukan ke asesor dengan catatan per indikator (atau untuk unit)',
        description: 'Return a submitted unit to the assessors with notes per indicator (or for the unit)',
        params: unitWorkflowParamsSchema,
        body: returnUnitRequestSchema,
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = targetOf(request.params);
      await returnLocusUnit(db, actor, target, request.body, now(), auditContextOf(request));
      return getUnitWorkflow(db, actor, target, now());
    },
  );

  app.post(
    `${unitBase}/verify`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'verifyUnit',
        tags,
        summary:
          'Verifikasi unit yang diajukan; pemeriksaan kelengkapan dijalankan lagi dan tiap kekurangan menghalangi (422 UNIT_INCOMPLETE) kecuali `overrides` meloloskannya dengan catatan',
        description:
          'Verify a submitted unit; the completeness check runs again and each gap it lists blocks (422 ' +
          'UNIT_INCOMPLETE) unless `overrides` lets it through with a note',
        params: unitWorkflowParamsSchema,
        body: verifyUnitRequestSchema.optional(),
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = targetOf(request.params);
      const input = { overrides: request.body?.overrides ?? [] };
      await verifyLocusUnit(db, actor, target, now(), auditContextOf(request), input);
      return getUnitWorkflow(db, actor, target, now());
    },
  );

  app.post(
    `${unitBase}/reopen`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'reopenUnit',
        tags,
        summary: 'Tarik kembali verifikasi (terverifikasi → diajukan) selama entitas belum disetujui',
        description: 'Take back a verification (verified → submitted) while the entity is not approved',
        params: unitWorkflowParamsSchema,
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = targetOf(request.params);
      await reopenLocusUnit(db, actor, target, now(), auditContextOf(request));
      return getUnitWorkflow(db, actor, target, now());
    },
  );

  app.get(
    '/api/cycles/:year/loci/:code/approval',
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getLocusApproval',
        tags,
        summary: 'Persetujuan entitas dalam siklus, status unitnya, dan aksi yang boleh dilakukan pemanggil',
        description: 'Approval of the entity in the cycle, its units’ statuses and what the caller may do',
        params: locusWorkflowParamsSchema,
        response: { 200: locusApprovalStateSchema },
      },
    },
    async (request) =>
      getLocusApproval(db, requireActor(request), request.params.year, request.params.code, now()),
  );

  app.post(
    '/api/cycles/:year/loci/:code/approve',
    {
      config: { access: { action: 'locus.approve' } },
      schema: {
        operationId: 'approveLocus',
        tags,
        summary: 'Setujui entitas (koordinator provinsi) setelah semua unit terverifikasi',
        description: 'Approve the entity (province coordinator) once every unit is verified',
        params: locusWorkflowParamsSchema,
        response: { 200: locusApprovalStateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { year, code } = request.params;
      await approveLocus(db, actor, year, code, now(), auditContextOf(request));
      return getLocusApproval(db, actor, year, code, now());
    },
  );

  app.post(
    '/api/cycles/:year/loci/:code/accept',
    {
      config: { access: { action: 'locus.accept' } },
      schema: {
        operationId: 'acceptLocus',
        tags,
        summary: 'Terima entitas yang disetujui (pusat): semua unit dikunci',
        description: 'Accept an approved entity (centre): locks every unit',
        params: locusWorkflowParamsSchema,
        response: { 200: locusApprovalStateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { year, code } = request.params;
      await acceptLocus(db, actor, year, code, now(), auditContextOf(request));
      return getLocusApproval(db, actor, year, code, now());
    },
  );

  app.post(
    `${unitBase}/correction`,
    {
      config: { access: { action: 'locus.approve' } },
      schema: {
        operationId: 'openUnitCorrection',
        tags,
        summary:
          'Buka kembali unit untuk koreksi (koordinator atau pusat, masa keberatan atau penetapan, dengan alasan): unit kembali ke asesor dan entitas disetujui serta diterima lagi sesudahnya',
        description:
          'Reopen a unit for correction (coordinator or centre, objection window or determination, with a ' +
          'reason): it returns to the assessors and the entity is approved and accepted again afterwards',
        params: unitWorkflowParamsSchema,
        body: workflowReasonRequestSchema,
        response: { 200: unitWorkflowSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = targetOf(request.params);
      await openLocusUnitCorrection(db, actor, target, request.body.reason, now(), auditContextOf(request));
      return getUnitWorkflow(db, actor, target, now());
    },
  );

  for (const step of ['approval', 'acceptance'] as const) {
    app.post(
      `/api/cycles/:year/loci/:code/withdraw-${step}`,
      {
        config: { access: { action: step === 'approval' ? 'locus.approve' : 'locus.accept' } },
        schema: {
          operationId: step === 'approval' ? 'withdrawLocusApproval' : 'withdrawLocusAcceptance',
          tags,
          summary:
            step === 'approval'
              ? 'Tarik kembali persetujuan (disetujui → terbuka) dengan alasan, sebelum hasil ditetapkan'
              : 'Tarik kembali penerimaan (diterima → disetujui, unit dibuka) dengan alasan, sebelum hasil ditetapkan',
          description:
            step === 'approval'
              ? 'Take back the approval (approved → open) with a reason, before the results are fixed'
              : 'Take back the acceptance (accepted → approved, units unlocked) with a reason, before the results are fixed',
          params: locusWorkflowParamsSchema,
          body: workflowReasonRequestSchema,
          response: { 200: locusApprovalStateSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { year, code } = request.params;
        const target = { year, entityCode: code };
        await withdrawLocusStep(db, actor, step, target, request.body.reason, now(), auditContextOf(request));
        return getLocusApproval(db, actor, year, code, now());
      },
    );
  }
}

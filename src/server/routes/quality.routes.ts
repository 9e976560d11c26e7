import { z } from 'zod';
import { collectionUnitParamsSchema } from '../../contracts/collection.contract';
import {
  qualityProvinceSchema,
  qualityReportSchema,
  qualitySampleResultSchema,
  qualityYearParamsSchema,
  secondAnswerRequestSchema,
  secondScoringAssignmentsSchema,
  secondScoringFormSchema,
  settleDisagreementRequestSchema,
  settleDisagreementResultSchema,
  unitDisagreementsSchema,
} from '../../contracts/quality.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { drawSecondScoringSample } from '../use-cases/draw-second-scoring-sample';
import { getQualityReport } from '../use-cases/get-quality-report';
import { getSecondScoringForm } from '../use-cases/get-second-scoring-form';
import { listSecondScoringAssignments } from '../use-cases/list-second-scoring-assignments';
import { listUnitDisagreements } from '../use-cases/list-unit-disagreements';
import { saveSecondScoringAnswer } from '../use-cases/save-second-scoring-answer';
import { settleSecondScoringDisagreement } from '../use-cases/settle-second-scoring-disagreement';

/** Assessor quality control: the double-scoring sample, the blind second answers and the QA figures. */
export function registerQualityRoutes(app: PatuhApp, { config, database }: AppDependencies): void {
  const { db } = database;
  const now = clockOf(config);
  const tags = ['quality'];
  const settings = { samplePercent: config.qaSamplePercent };

  app.post(
    '/api/cycles/:year/quality/sample',
    {
      config: { access: { action: 'team.assign' } },
      schema: {
        operationId: 'drawQualitySample',
        tags,
        summary: 'Tarik sampel penilaian ganda provinsi dan tugaskan asesor kedua (diaudit)',
        description: 'Draw the province’s double-scoring sample and assign second assessors (audited)',
        params: qualityYearParamsSchema,
        body: qualityProvinceSchema,
        response: { 200: qualitySampleResultSchema },
      },
    },
    async (request) =>
      drawSecondScoringSample(
        db,
        requireActor(request),
        { year: request.params.year, provinceCode: request.body.provinceCode },
        settings,
        now(),
        auditContextOf(request),
      ),
  );

  app.put(
    '/api/cycles/:year/loci/:code/units/:unitId/second-scoring/answers',
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'saveSecondScoringAnswer',
        tags,
        summary: 'Simpan satu tingkat penilaian kedua secara buta (hanya asesor kedua yang ditarik)',
        description: 'Save one level of the blind second scoring (the drawn second assessor only)',
        params: collectionUnitParamsSchema,
        body: secondAnswerRequestSchema,
        response: { 200: z.object({ saved: z.literal(true) }) },
      },
    },
    async (request) =>
      saveSecondScoringAnswer(
        db,
        requireActor(request),
        { year: request.params.year, entityCode: request.params.code, unitId: request.params.unitId },
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    '/api/quality/second-scorings',
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'listMySecondScorings',
        tags,
        summary: 'Unit yang ditarik untuk dinilai kedua kalinya secara buta oleh asesor yang sedang masuk',
        description: 'Units the signed-in assessor was drawn to score a second time, blind',
        response: { 200: secondScoringAssignmentsSchema },
      },
    },
    async (request) => listSecondScoringAssignments(db, requireActor(request)),
  );

  const secondScoringBase = '/api/cycles/:year/loci/:code/units/:unitId/second-scoring';
  const unitOf = (params: { year: number; code: string; unitId: string }) => ({
    year: params.year,
    entityCode: params.code,
    unitId: params.unitId,
  });

  app.get(
    secondScoringBase,
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'getSecondScoringForm',
        tags,
        summary:
          'Formulir penilaian kedua secara buta untuk unit yang ditarik (hanya asesor keduanya; tanpa tingkat penilaian pertama)',
        description:
          'The blind second-scoring form of a drawn unit (its second assessor only; no first levels)',
        params: collectionUnitParamsSchema,
        response: { 200: secondScoringFormSchema },
      },
    },
    async (request) => getSecondScoringForm(db, requireActor(request), unitOf(request.params)),
  );

  app.get(
    `${secondScoringBase}/disagreements`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'listUnitDisagreements',
        tags,
        summary:
          'Tempat penilaian pertama dan penilaian kedua secara buta atas unit yang ditarik berbeda, untuk verifikatornya',
        description: 'Where the first and the blind second scoring of a drawn unit differ, for its verifier',
        params: collectionUnitParamsSchema,
        response: { 200: unitDisagreementsSchema },
      },
    },
    async (request) => listUnitDisagreements(db, requireActor(request), unitOf(request.params)),
  );

  app.post(
    `${secondScoringBase}/settlements`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'settleSecondScoring',
        tags,
        summary:
          'Selesaikan perbedaan penilaian pertama dan kedua; tingkat yang diubah menggantikan jawaban (diaudit)',
        description:
          'Settle a disagreement between the first and second scoring; a changed level replaces the answer (audited)',
        params: collectionUnitParamsSchema,
        body: settleDisagreementRequestSchema,
        response: { 200: settleDisagreementResultSchema },
      },
    },
    async (request) =>
      settleSecondScoringDisagreement(
        db,
        requireActor(request),
        unitOf(request.params),
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  app.get(
    '/api/cycles/:year/quality',
    {
      config: { access: { action: 'progress.read' } },
      schema: {
        operationId: 'getQualityReport',
        tags,
        summary: 'Kesepakatan penilaian kedua (persen, kappa berbobot) dan angka asesor sebuah provinsi',
        description:
          'Agreement of the second scoring (percent, weighted kappa) and assessor figures of a province',
        params: qualityYearParamsSchema,
        querystring: qualityProvinceSchema,
        response: { 200: qualityReportSchema },
      },
    },
    async (request) =>
      getQualityReport(
        db,
        requireActor(request),
        { year: request.params.year, provinceCode: request.query.provinceCode },
        settings,
      ),
  );
}

import { z } from 'zod';
import { collectionUnitParamsSchema } from '../../contracts/collection.contract';
import {
  qualityProvinceSchema,
  qualityReportSchema,
  qualitySampleResultSchema,
  qualityYearParamsSchema,
  secondAnswerRequestSchema,
} from '../../contracts/quality.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { drawSecondScoringSample } from '../use-cases/draw-second-scoring-sample';
import { getQualityReport } from '../use-cases/get-quality-report';
import { saveSecondScoringAnswer } from '../use-cases/save-second-scoring-answer';

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
        tags,
        summary: 'Draw the province’s double-scoring sample and assign second assessors (audited)',
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
        tags,
        summary: 'Save one level of the blind second scoring (the drawn second assessor only)',
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
    '/api/cycles/:year/quality',
    {
      config: { access: { action: 'progress.read' } },
      schema: {
        tags,
        summary:
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

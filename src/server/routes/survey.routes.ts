import type { FastifyRequest } from 'fastify';
import {
  publicSurveyParamsSchema,
  publicSurveySchema,
  surveyResponseExclusionRequestSchema,
  surveyResponseParamsSchema,
  surveyResponseRequestSchema,
  surveyResponseResultSchema,
  unitSurveyParamsSchema,
  unitSurveyResponsesSchema,
  unitSurveySchema,
} from '../../contracts/survey.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { createSurveyDeviceReader, setSurveyDeviceCookie } from '../survey/device-cookie';
import { registerSurveyPageRoutes } from '../survey/register-survey-page-routes';
import { createSurveyClientReader } from '../survey/survey-client';
import { publicBaseUrl } from '../survey/survey-url';
import { createSurveyLink } from '../use-cases/create-survey-link';
import { excludeSurveyResponse } from '../use-cases/exclude-survey-response';
import { getUnitSurvey } from '../use-cases/get-unit-survey';
import { getUnitSurveyResponses } from '../use-cases/get-unit-survey-responses';
import { loadPublicSurvey } from '../use-cases/load-public-survey';
import { recordSurveyResponse, type SurveyClientLimits } from '../use-cases/record-survey-response';
import { renderSurveyPoster } from '../use-cases/render-survey-poster';

/**
 * The service-user survey: the field team's link, counter and poster per locus unit, the anonymous JSON API
 * (/api/public/surveys/:code) and the server-rendered page the public opens from the poster (/s/:code).
 */
export function registerSurveyRoutes(app: PatuhApp, deps: AppDependencies): void {
  const { config, database } = deps;
  const { db } = database;
  const now = clockOf(config);
  const readDevice = createSurveyDeviceReader(db, config);
  const readClient = createSurveyClientReader(db, config);
  const limitsOf = async (request: FastifyRequest): Promise<SurveyClientLimits> => ({
    client: await readClient(request),
    responsesPerClientPerHour: config.surveyResponsesPerClientPerHour,
  });
  const staffTags = ['survey'];
  const base = '/api/cycles/:year/loci/:code/units/:unitId/survey';
  const unitOf = (params: { year: number; code: string; unitId: string }) => ({
    year: params.year,
    entityCode: params.code,
    unitId: params.unitId,
  });

  app.get(
    base,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getUnitSurvey',
        tags: staffTags,
        summary: 'Tautan survei unit (null sampai dibuat) dan jumlah jawaban terhadap kuota',
        description: "A unit's survey link (null until made) and its responses against the quota",
        params: unitSurveyParamsSchema,
        response: { 200: unitSurveySchema },
      },
    },
    async (request) =>
      getUnitSurvey(db, requireActor(request), unitOf(request.params), publicBaseUrl(request, config)),
  );

  app.post(
    `${base}/link`,
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'createUnitSurveyLink',
        tags: staffTags,
        summary: 'Buat tautan survei publik unit bila belum ada (tautan yang sama sesudahnya)',
        description: "Make the unit's public survey link if it has none (the same link afterwards)",
        params: unitSurveyParamsSchema,
        response: { 200: unitSurveySchema, 201: unitSurveySchema },
      },
    },
    async (request, reply) => {
      const { survey, created } = await createSurveyLink(
        db,
        requireActor(request),
        unitOf(request.params),
        publicBaseUrl(request, config),
        auditContextOf(request),
      );
      return reply.status(created ? 201 : 200).send(survey);
    },
  );

  app.get(
    `${base}/poster.pdf`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getUnitSurveyPosterPdf',
        tags: staffTags,
        summary: 'Poster survei unit siap cetak: kode QR besar dari tautannya (PDF, A4)',
        description: "The unit's printable survey poster: a large QR code of the link (PDF, A4)",
        params: unitSurveyParamsSchema,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await renderSurveyPoster(
        db,
        requireActor(request),
        unitOf(request.params),
        publicBaseUrl(request, config),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .send(bytes);
    },
  );

  app.get(
    `${base}/responses`,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'listUnitSurveyResponses',
        tags: staffTags,
        summary:
          'Jawaban survei unit, terbaru lebih dulu, dengan tanda kecurigaan (lonjakan, set jawaban berulang) dan pengecualian',
        description:
          "A unit's survey responses, newest first, with stuffing flags (bursts, repeated answer sets) and exclusions",
        params: unitSurveyParamsSchema,
        response: { 200: unitSurveyResponsesSchema },
      },
    },
    async (request) =>
      getUnitSurveyResponses(db, requireActor(request), unitOf(request.params), now(), {
        serviceHours: config.surveyServiceHours,
      }),
  );

  app.post(
    `${base}/responses/:responseId/exclusion`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'setSurveyResponseExclusion',
        tags: staffTags,
        summary:
          'Kecualikan jawaban survei dari penilaian dan kuota, atau hitung kembali, dengan catatan (verifikator, koordinator, admin; diaudit)',
        description:
          'Exclude a survey response from scoring and the quota, or count it again, with a note (verifier, coordinator, admin; audited)',
        params: surveyResponseParamsSchema,
        body: surveyResponseExclusionRequestSchema,
        response: { 200: unitSurveyResponsesSchema },
      },
    },
    async (request) =>
      excludeSurveyResponse(
        db,
        requireActor(request),
        { ...unitOf(request.params), responseId: request.params.responseId },
        request.body,
        now(),
        auditContextOf(request),
        { serviceHours: config.surveyServiceHours },
      ),
  );

  const publicTags = ['public survey'];
  const publicAccess = {
    access: 'public',
    rateLimit: { max: config.surveyRateLimitPerMinute, timeWindow: '1 minute' },
  } as const;

  app.get(
    '/api/public/surveys/:code',
    {
      config: publicAccess,
      schema: {
        operationId: 'getPublicSurvey',
        tags: publicTags,
        summary:
          'Survei unit menurut kode publiknya: pertanyaan, penghitung kuota, buka atau tutup. Memasang cookie perangkat anonim.',
        description:
          'A unit survey by its public code: questions, quota counter, open or closed. Sets the anonymous device cookie.',
        params: publicSurveyParamsSchema,
        response: { 200: publicSurveySchema },
      },
    },
    async (request, reply) => {
      const device = await readDevice(request);
      const survey = await loadPublicSurvey(db, request.params.code, device.sha256, now());
      setSurveyDeviceCookie(request, reply, device);
      return reply.header('cache-control', 'no-store').send(survey);
    },
  );

  app.post(
    '/api/public/surveys/:code',
    {
      config: publicAccess,
      schema: {
        operationId: 'answerPublicSurvey',
        tags: publicTags,
        summary:
          'Jawab survei unit secara anonim: satu jawaban per perangkat (cookie bertanda tangan); 409 bila sudah dijawab atau ditutup, 400 bila ada pertanyaan yang terlewat',
        description:
          'Answer a unit survey anonymously: one response per device (signed cookie); 409 when already answered or closed, 400 when a question is missing',
        params: publicSurveyParamsSchema,
        body: surveyResponseRequestSchema,
        response: { 201: surveyResponseResultSchema },
      },
    },
    async (request, reply) => {
      const device = await readDevice(request);
      setSurveyDeviceCookie(request, reply, device);
      const survey = await recordSurveyResponse(
        db,
        request.params.code,
        device.sha256,
        request.body.levels,
        now(),
        await limitsOf(request),
        request.body.receiptNumber ?? null,
      );
      return reply
        .status(201)
        .send({ recorded: true as const, responses: survey.responses, target: survey.target });
    },
  );

  registerSurveyPageRoutes(app, {
    db,
    now,
    readDevice,
    limitsOf,
    rateLimitPerMinute: config.surveyRateLimitPerMinute,
  });
}

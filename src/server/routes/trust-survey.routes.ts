import type { FastifyRequest } from 'fastify';
import {
  publicTrustSurveySchema,
  trustResponseExclusionRequestSchema,
  trustResponseParamsSchema,
  trustResponseRequestSchema,
  trustResponseResultSchema,
  trustResponsesSchema,
  trustSurveyParamsSchema,
  trustSurveySchema,
} from '../../contracts/public-trust.contract';
import { publicSurveyParamsSchema } from '../../contracts/survey.contract';
import type { AppDependencies, PatuhApp } from '../app-types';
import { auditContextOf } from '../audit/audit-context';
import { requireActor } from '../auth/enforce-route-access';
import { clockOf } from '../clock';
import { describeTrustSurvey } from '../public-trust/describe-trust-survey';
import { registerTrustSurveyPageRoutes } from '../public-trust/register-trust-survey-page-routes';
import { createSurveyDeviceReader, setSurveyDeviceCookie } from '../survey/device-cookie';
import { createSurveyClientReader } from '../survey/survey-client';
import { publicBaseUrl } from '../survey/survey-url';
import { createTrustSurveyLink } from '../use-cases/create-trust-survey-link';
import { excludeTrustResponse } from '../use-cases/exclude-trust-response';
import { getTrustSurvey } from '../use-cases/get-trust-survey';
import { getTrustSurveyResponses } from '../use-cases/get-trust-survey-responses';
import type { SurveyClientLimits } from '../use-cases/record-survey-response';
import { recordTrustResponse } from '../use-cases/record-trust-response';
import { renderTrustSurveyPoster } from '../use-cases/render-trust-survey-poster';

/**
 * The public-trust survey (Survei Kepercayaan Masyarakat) per entity in a cycle: the team's link, poster,
 * responses and provisional score; the anonymous JSON API (/api/public/trust-surveys/:code) and the page /k/:code.
 */
export function registerTrustSurveyRoutes(app: PatuhApp, deps: AppDependencies): void {
  const { config, database } = deps;
  const { db } = database;
  const now = clockOf(config);
  const readDevice = createSurveyDeviceReader(db, config);
  const readClient = createSurveyClientReader(db, config);
  // The same per-client cap as the service-user survey (PATUH_SURVEY_RESPONSES_PER_CLIENT_PER_HOUR), per entity.
  const limitsOf = async (request: FastifyRequest): Promise<SurveyClientLimits> => ({
    client: await readClient(request),
    responsesPerClientPerHour: config.surveyResponsesPerClientPerHour,
  });
  const tags = ['public-trust survey'];
  const base = '/api/cycles/:year/loci/:code/trust-survey';
  const locusOf = (params: { year: number; code: string }) => ({
    year: params.year,
    entityCode: params.code,
  });

  app.get(
    base,
    {
      config: { access: { action: 'collection.read' } },
      schema: {
        operationId: 'getTrustSurvey',
        tags,
        summary:
          'Survei kepercayaan publik entitas: tautan (null sampai dibuat), kuota, pertanyaan, dan nilai sementara',
        description:
          "An entity's public-trust survey: link (null until made), quota, questions and provisional score",
        params: trustSurveyParamsSchema,
        response: { 200: trustSurveySchema },
      },
    },
    async (request) =>
      getTrustSurvey(
        db,
        requireActor(request),
        locusOf(request.params),
        publicBaseUrl(request, config),
        now(),
      ),
  );

  app.post(
    `${base}/link`,
    {
      config: { access: { action: 'collection.write' } },
      schema: {
        operationId: 'createTrustSurveyLink',
        tags,
        summary:
          'Buat tautan survei kepercayaan publik entitas bila belum ada (tautan yang sama sesudahnya; diaudit)',
        description:
          "Make the entity's public-trust survey link if it has none (the same link afterwards; audited)",
        params: trustSurveyParamsSchema,
        response: { 200: trustSurveySchema, 201: trustSurveySchema },
      },
    },
    async (request, reply) => {
      const { survey, created } = await createTrustSurveyLink(
        db,
        requireActor(request),
        locusOf(request.params),
        publicBaseUrl(request, config),
        now(),
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
        operationId: 'getTrustSurveyPosterPdf',
        tags,
        summary:
          'Poster survei kepercayaan publik entitas siap cetak: kode QR besar dari tautannya (PDF, A4)',
        description:
          "The entity's printable public-trust survey poster: a large QR code of the link (PDF, A4)",
        params: trustSurveyParamsSchema,
      },
    },
    async (request, reply) => {
      const { bytes, fileName } = await renderTrustSurveyPoster(
        db,
        requireActor(request),
        locusOf(request.params),
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
        operationId: 'listTrustSurveyResponses',
        tags,
        summary:
          'Jawaban kepercayaan publik entitas, terbaru lebih dulu, dengan tanda kecurigaan, pengecualian, dan nilainya',
        description:
          "An entity's public-trust responses, newest first, with stuffing flags, exclusions and the score",
        params: trustSurveyParamsSchema,
        response: { 200: trustResponsesSchema },
      },
    },
    async (request) => getTrustSurveyResponses(db, requireActor(request), locusOf(request.params), now()),
  );

  app.post(
    `${base}/responses/:responseId/exclusion`,
    {
      config: { access: { action: 'collection.verify' } },
      schema: {
        operationId: 'setTrustSurveyResponseExclusion',
        tags,
        summary:
          'Kecualikan jawaban kepercayaan publik dari nilai dan kuota, atau hitung kembali, dengan catatan (verifikator, koordinator, admin; diaudit)',
        description:
          'Exclude a public-trust response from the score and the quota, or count it again, with a note (verifier, coordinator, admin; audited)',
        params: trustResponseParamsSchema,
        body: trustResponseExclusionRequestSchema,
        response: { 200: trustResponsesSchema },
      },
    },
    async (request) =>
      excludeTrustResponse(
        db,
        requireActor(request),
        { ...locusOf(request.params), responseId: request.params.responseId },
        request.body,
        now(),
        auditContextOf(request),
      ),
  );

  const publicConfig = {
    access: 'public',
    rateLimit: { max: config.surveyRateLimitPerMinute, timeWindow: '1 minute' },
  } as const;

  app.get(
    '/api/public/trust-surveys/:code',
    {
      config: publicConfig,
      schema: {
        operationId: 'getPublicTrustSurvey',
        tags,
        summary:
          'Survei kepercayaan publik entitas menurut kode publiknya. Memasang cookie perangkat anonim.',
        description: 'An entity public-trust survey by its public code. Sets the anonymous device cookie.',
        params: publicSurveyParamsSchema,
        response: { 200: publicTrustSurveySchema },
      },
    },
    async (request, reply) => {
      const device = await readDevice(request);
      const { survey } = await describeTrustSurvey(db, request.params.code, device.sha256, now());
      setSurveyDeviceCookie(request, reply, device);
      return reply.header('cache-control', 'no-store').send(survey);
    },
  );

  app.post(
    '/api/public/trust-surveys/:code',
    {
      config: publicConfig,
      schema: {
        operationId: 'answerPublicTrustSurvey',
        tags,
        summary:
          'Jawab survei kepercayaan publik secara anonim (0 = tidak tahu): satu jawaban per perangkat, dibatasi per klien dan jam',
        description:
          'Answer an entity public-trust survey anonymously (0 = tidak tahu): one response per device, capped per client and hour',
        params: publicSurveyParamsSchema,
        body: trustResponseRequestSchema,
        response: { 201: trustResponseResultSchema },
      },
    },
    async (request, reply) => {
      const device = await readDevice(request);
      setSurveyDeviceCookie(request, reply, device);
      const survey = await recordTrustResponse(
        db,
        request.params.code,
        device.sha256,
        request.body.answers,
        now(),
        await limitsOf(request),
      );
      return reply
        .status(201)
        .send({ recorded: true as const, responses: survey.responses, target: survey.target });
    },
  );

  registerTrustSurveyPageRoutes(app, {
    db,
    now,
    readDevice,
    limitsOf,
    rateLimitPerMinute: config.surveyRateLimitPerMinute,
  });
}

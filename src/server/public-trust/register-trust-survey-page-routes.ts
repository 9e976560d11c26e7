import type { FastifyError, FastifyRequest } from 'fastify';
import type { PatuhApp } from '../app-types';
import type { Database } from '../db/database';
import { DomainError } from '../errors';
import type { SurveyDevice } from '../survey/device-cookie';
import { setSurveyDeviceCookie } from '../survey/device-cookie';
import {
  formBodyLimitBytes,
  formFields,
  sendErrorPage,
  sendHtml,
} from '../survey/register-survey-page-routes';
import { renderSurveyLimitNotice } from '../survey/render-survey-page';
import { surveyPageLanguageOf } from '../survey/survey-page-texts';
import type { SurveyProblem } from '../survey/validate-survey-levels';
import type { SurveyClientLimits } from '../use-cases/record-survey-response';
import { recordTrustResponse } from '../use-cases/record-trust-response';
import { describeTrustSurvey } from './describe-trust-survey';
import {
  renderTrustSurveyAlreadyAnswered,
  renderTrustSurveyClosed,
  renderTrustSurveyForm,
  renderTrustSurveyThanks,
} from './render-trust-survey-page';

interface TrustSurveyPageDependencies {
  db: Database;
  now: () => Date;
  readDevice: (request: FastifyRequest) => Promise<SurveyDevice>;
  limitsOf: (request: FastifyRequest) => Promise<SurveyClientLimits>;
  rateLimitPerMinute: number;
}

/**
 * The public-trust survey page at /k/:code ("kepercayaan"): the same machinery as /s/:code (server HTML, no
 * script, device cookie, scoped form parser and HTML error pages), in its own plugin.
 */
export function registerTrustSurveyPageRoutes(app: PatuhApp, deps: TrustSurveyPageDependencies): void {
  const { db, now, readDevice } = deps;
  const config = {
    access: 'public',
    rateLimit: { max: deps.rateLimitPerMinute, timeWindow: '1 minute' },
  } as const;
  const load = async (code: string, deviceSha256: string) =>
    (await describeTrustSurvey(db, code, deviceSha256, now())).survey;

  void app.register(async (plugin) => {
    plugin.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: formBodyLimitBytes },
      (_request, body, done) => {
        const fields: Record<string, string> = {};
        for (const [key, value] of new URLSearchParams(String(body))) fields[key] = value;
        done(null, fields);
      },
    );
    plugin.setErrorHandler((error: FastifyError, request, reply) => sendErrorPage(error, request, reply));

    plugin.get<{ Params: { code: string } }>(
      '/k/:code',
      { config, schema: { hide: true } },
      async (request, reply) => {
        const language = surveyPageLanguageOf(request.query);
        const device = await readDevice(request);
        const survey = await load(request.params.code, device.sha256);
        setSurveyDeviceCookie(request, reply, device);
        if (survey.alreadyAnswered)
          return sendHtml(reply, 200, renderTrustSurveyAlreadyAnswered(survey, language));
        if (!survey.open) return sendHtml(reply, 200, renderTrustSurveyClosed(survey, language));
        return sendHtml(reply, 200, renderTrustSurveyForm(survey, {}, [], language));
      },
    );

    plugin.post<{ Params: { code: string } }>(
      '/k/:code',
      { config, bodyLimit: formBodyLimitBytes, schema: { hide: true } },
      async (request, reply) => {
        // The form posts to its own address, so `?lang=en` answers in the language it was filled in.
        const language = surveyPageLanguageOf(request.query);
        const device = await readDevice(request);
        setSurveyDeviceCookie(request, reply, device);
        const fields = formFields(request.body);
        try {
          const survey = await recordTrustResponse(
            db,
            request.params.code,
            device.sha256,
            fields,
            now(),
            await deps.limitsOf(request),
          );
          return sendHtml(reply, 200, renderTrustSurveyThanks(survey, language));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'SURVEY_CLIENT_LIMIT') {
            if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
            return sendHtml(reply, 429, renderSurveyLimitNotice(error.bilingualMessage, language));
          }
          if (error.code === 'SURVEY_ALREADY_ANSWERED')
            return sendHtml(
              reply,
              409,
              renderTrustSurveyAlreadyAnswered(await load(request.params.code, device.sha256), language),
            );
          if (error.code === 'SURVEY_CLOSED')
            return sendHtml(
              reply,
              409,
              renderTrustSurveyClosed(await load(request.params.code, device.sha256), language),
            );
          if (error.code !== 'VALIDATION_FAILED') throw error;
          const problems = Array.isArray(error.details) ? (error.details as SurveyProblem[]) : [];
          const survey = await load(request.params.code, device.sha256);
          return sendHtml(reply, 400, renderTrustSurveyForm(survey, fields, problems, language));
        }
      },
    );
  });
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { PatuhApp } from '../app-types';
import type { Database } from '../db/database';
import { DomainError } from '../errors';
import { loadPublicSurvey } from '../use-cases/load-public-survey';
import { recordSurveyResponse, type SurveyClientLimits } from '../use-cases/record-survey-response';
import type { SurveyDevice } from './device-cookie';
import { setSurveyDeviceCookie } from './device-cookie';
import {
  receiptFieldName,
  renderSurveyAlreadyAnswered,
  renderSurveyClosed,
  renderSurveyForm,
  renderSurveyLimitNotice,
  renderSurveyNotice,
  renderSurveyThanks,
} from './render-survey-page';
import { surveyPageLanguageOf, surveyPageTexts } from './survey-page-texts';
import type { SurveyProblem } from './validate-survey-levels';

interface SurveyPageDependencies {
  db: Database;
  now: () => Date;
  readDevice: (request: FastifyRequest) => Promise<SurveyDevice>;
  limitsOf: (request: FastifyRequest) => Promise<SurveyClientLimits>;
  rateLimitPerMinute: number;
}

/** A plain HTML form posts application/x-www-form-urlencoded; 16 KB is far more than a few radio buttons. */
export const formBodyLimitBytes = 16 * 1024;

export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return (
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      // See render-survey-page: the form's post must carry its real Origin.
      .header('referrer-policy', 'same-origin')
      .send(html)
  );
}

/** Form fields as text; anything else in the body (JSON from a script) is read the same way. */
export function formFields(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) fields[key] = String(value);
  return fields;
}

/**
 * The public survey page at /s/:code: HTML from the server, no script, in its own plugin so that its form
 * parser and its error pages (HTML, not JSON) apply to these routes only.
 */
export function registerSurveyPageRoutes(app: PatuhApp, deps: SurveyPageDependencies): void {
  const { db, now, readDevice } = deps;
  const config = {
    access: 'public',
    rateLimit: { max: deps.rateLimitPerMinute, timeWindow: '1 minute' },
  } as const;

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
      '/s/:code',
      { config, schema: { hide: true } },
      async (request, reply) => {
        const language = surveyPageLanguageOf(request.query);
        const device = await readDevice(request);
        const survey = await loadPublicSurvey(db, request.params.code, device.sha256, now());
        setSurveyDeviceCookie(request, reply, device);
        if (survey.alreadyAnswered)
          return sendHtml(reply, 200, renderSurveyAlreadyAnswered(survey, language));
        if (!survey.open) return sendHtml(reply, 200, renderSurveyClosed(survey, language));
        return sendHtml(reply, 200, renderSurveyForm(survey, {}, [], language));
      },
    );

    plugin.post<{ Params: { code: string } }>(
      '/s/:code',
      { config, bodyLimit: formBodyLimitBytes, schema: { hide: true } },
      async (request, reply) => {
        // The form posts to its own address, so `?lang=en` answers in the language it was filled in.
        const language = surveyPageLanguageOf(request.query);
        const device = await readDevice(request);
        setSurveyDeviceCookie(request, reply, device);
        const fields = formFields(request.body);
        // The proof-of-service number is no question of the survey: it travels beside the answers.
        const { [receiptFieldName]: receipt, ...levels } = fields;
        try {
          const survey = await recordSurveyResponse(
            db,
            request.params.code,
            device.sha256,
            levels,
            now(),
            await deps.limitsOf(request),
            receipt ?? null,
          );
          return sendHtml(reply, 200, renderSurveyThanks(survey, language));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'SURVEY_CLIENT_LIMIT') {
            if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
            return sendHtml(reply, 429, renderSurveyLimitNotice(error.bilingualMessage, language));
          }
          if (error.code === 'SURVEY_RECEIPT_USED') {
            const survey = await loadPublicSurvey(db, request.params.code, device.sha256, now());
            const problem = { indicatorCode: null, message: error.bilingualMessage };
            return sendHtml(reply, 409, renderSurveyForm(survey, fields, [problem], language));
          }
          const outcome = {
            SURVEY_CLOSED: 409,
            SURVEY_ALREADY_ANSWERED: 409,
            VALIDATION_FAILED: 400,
          } as const;
          if (
            error.code !== 'SURVEY_CLOSED' &&
            error.code !== 'SURVEY_ALREADY_ANSWERED' &&
            error.code !== 'VALIDATION_FAILED'
          )
            throw error;
          const survey = await loadPublicSurvey(db, request.params.code, device.sha256, now());
          if (error.code === 'SURVEY_ALREADY_ANSWERED')
            return sendHtml(reply, outcome[error.code], renderSurveyAlreadyAnswered(survey, language));
          if (error.code === 'SURVEY_CLOSED')
            return sendHtml(reply, outcome[error.code], renderSurveyClosed(survey, language));
          const problems = Array.isArray(error.details) ? (error.details as SurveyProblem[]) : [];
          return sendHtml(reply, outcome[error.code], renderSurveyForm(survey, fields, problems, language));
        }
      },
    );
  });
}

/** Refusals on the survey pages, as short pages in the page's language (`?lang=en`): never a JSON error. */
export function sendErrorPage(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const language = surveyPageLanguageOf(request.query);
  const texts = surveyPageTexts[language];
  const notice = (status: number, title: string, message: string) =>
    sendHtml(reply, status, renderSurveyNotice(title, message, language));
  if (error instanceof DomainError) {
    if (error.code === 'NOT_FOUND') return notice(404, texts.notFoundTitle, texts.notFound);
    if (error.code === 'DEVICE_TOKEN_INVALID')
      return notice(400, texts.notAcceptedTitle, error.bilingualMessage[language]);
    if (error.code === 'CROSS_SITE_REQUEST') return notice(403, texts.crossSiteTitle, texts.crossSite);
    return notice(400, texts.notProcessedTitle, error.bilingualMessage[language]);
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return notice(429, texts.tooManyTitle, texts.tooMany);
  if (status < 500) return notice(status, texts.notProcessedTitle, texts.reloadAndRetry);
  request.log.error({ err: error }, 'survey page error');
  return notice(500, texts.failedTitle, `${texts.failedRequestId} ${request.id}.`);
}

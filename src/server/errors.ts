import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeValidationProblems } from './validation-messages';

export interface BilingualMessage {
  id: string;
  en: string;
}

/** A failure the user can act on; `code` decides the HTTP status in one place (statusByCode). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly bilingualMessage: BilingualMessage,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(bilingualMessage.en);
    this.name = 'DomainError';
  }

  /** When `details` is a list cut short (an import's first problems), how many there were in all. */
  detailsTotal?: number;
}

const statusByCode = {
  VALIDATION_FAILED: 400,
  WEAK_PASSWORD: 400,
  WRONG_PASSWORD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  ACCOUNT_INACTIVE: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  SCOPE_OUTSIDE_OWN_PROVINCES: 403,
  NATIONAL_ENTITY_ADMIN_ONLY: 403,
  PROVINCE_UNKNOWN: 422,
  ENTITY_UNKNOWN: 422,
  ENTITY_OUTSIDE_PROVINCE: 422,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  STORED_FILE_MISSING: 410,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  TOO_MANY_ATTEMPTS: 429,
  PHASE_CLOSED: 409,
  UNIT_NOT_EDITABLE: 409,
  METHODOLOGY_FROZEN: 409,
  IMPORT_INVALID: 422,
  UNIT_INCOMPLETE: 422,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  SURVEY_CLOSED: 409,
  SURVEY_ALREADY_ANSWERED: 409,
  DEVICE_TOKEN_INVALID: 400,
  SIGNATORIES_FROZEN: 409,
  PIAGAM_NOT_SIGNED: 409,
  DOCUMENTS_BUSY: 503,
  SURVEY_CLIENT_LIMIT: 429,
  SURVEY_RECEIPT_USED: 409,
  NOT_READY: 409,
  // Offline field work (docs/security.md, "Idempotency and resumable uploads"); the two key codes are spelled
  // as the client contract names them.
  'idempotency-key-reused': 422,
  'idempotency-key-in-flight': 409,
  UPLOAD_OFFSET_MISMATCH: 409,
  UPLOAD_INCOMPLETE: 409,
  UPLOAD_CHECKSUM_MISMATCH: 422,
  UPLOAD_LIMIT: 429,
  EDITION_SUPERSEDED: 422,
  RESET_TOKEN_INVALID: 400,
  MAIL_NOT_CONFIGURED: 409,
} as const;

/** The answer for anything outside the actor's scope: it must not confirm that the thing exists. */
export function notFoundError(): DomainError {
  return new DomainError('NOT_FOUND', { id: 'Data tidak ditemukan.', en: 'Not found.' });
}

export type DomainErrorCode = keyof typeof statusByCode;

/** Framework and plugin refusals, said in the user's language. */
const messagesByStatus: Record<number, BilingualMessage & { code: string }> = {
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    id: 'Jenis isi permintaan tidak didukung.',
    en: 'Unsupported content type.',
  },
  429: {
    code: 'RATE_LIMITED',
    id: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many requests. Wait a moment and try again.',
  },
};

/** "20 MB", "1,5 MB" (Indonesian decimal comma) or "1.5 MB"; limits set as N MB + 1 byte read as N MB. */
function formatMegabytes(bytes: number, language: 'id' | 'en'): string {
  const megabytes = String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
  return `${language === 'id' ? megabytes.replace('.', ',') : megabytes} MB`;
}

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details?: unknown; detailsTotal?: number };
}

/** Indonesian unless the client asks for English first. */
export function preferredLanguage(request: FastifyRequest): 'id' | 'en' {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'id';
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = preferredLanguage(request);
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(
        reply,
        statusByCode[error.code],
        error.code,
        error.bilingualMessage[language],
        request,
        error.details,
        error.detailsTotal,
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = describeValidationProblems(error.validation, error.validationContext, language);
      const first = details[0];
      const summary = language === 'en' ? 'The request is not valid' : 'Permintaan tidak valid';
      const message = first ? `${summary}: ${first.path}: ${first.message}` : `${summary}.`;
      return sendError(reply, 400, 'VALIDATION_FAILED', message, request, details);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      // Each route may set its own limit (uploads allow more than JSON), so name the one that applied.
      const limit = formatMegabytes(request.routeOptions.bodyLimit ?? 1024 * 1024, language);
      const message =
        language === 'en'
          ? `The request body is too large (${limit} at most).`
          : `Isi permintaan terlalu besar (maksimal ${limit}).`;
      return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', message, request);
    }
    const knownMessage = messagesByStatus[status];
    if (knownMessage) return sendError(reply, status, knownMessage.code, knownMessage[language], request);
    if (status < 500) {
      return sendError(reply, status, error.code ?? 'BAD_REQUEST', error.message, request);
    }
    request.log.error({ err: error }, 'unhandled error');
    // Internals (stack, SQL) stay in the log; the client gets the request id to quote.
    const message =
      language === 'en'
        ? 'An internal error occurred. Quote the request id when reporting it.'
        : 'Terjadi kesalahan internal. Sebutkan id permintaan saat melaporkannya.';
    return sendError(reply, 500, 'INTERNAL_ERROR', message, request);
  });
}

function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  request: FastifyRequest,
  details?: unknown,
  detailsTotal?: number,
): FastifyReply {
  const body: ErrorBody = {
    error: {
      code,
      message,
      requestId: request.id,
      ...(details ? { details } : {}),
      ...(detailsTotal === undefined ? {} : { detailsTotal }),
    },
  };
  return reply.status(status).send(body);
}

import i18next from 'i18next';
import { z } from 'zod';
import { errorResponseSchema } from '../../contracts/error.contract';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
    /** When `details` is a list the server cut short (an import's first 1,000 problems), how many in all. */
    readonly detailsTotal?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls a JSON endpoint and checks the body against the same contract the server answers with.
 * Accept-Language carries the UI language, so error messages arrive ready to show.
 */
async function requestJson<Schema extends z.ZodType>(
  method: Method,
  url: string,
  schema: Schema,
  body?: unknown,
): Promise<z.infer<Schema>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18next.language || 'id',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, payload);
  return schema.parse(payload);
}

function toApiError(response: Response, payload: unknown): ApiError {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const parsed = errorResponseSchema.safeParse(payload);
  if (!parsed.success) {
    return new ApiError(
      response.status,
      'HTTP_ERROR',
      `HTTP ${response.status}`,
      undefined,
      undefined,
      retryAfterSeconds,
    );
  }
  const { code, message, requestId, details, detailsTotal } = parsed.data.error;
  return new ApiError(response.status, code, message, requestId, details, retryAfterSeconds, detailsTotal);
}

export function getJson<Schema extends z.ZodType>(url: string, schema: Schema): Promise<z.infer<Schema>> {
  return requestJson('GET', url, schema);
}

export function sendJson<Schema extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  schema: Schema,
  body: unknown = {},
): Promise<z.infer<Schema>> {
  return requestJson(method, url, schema, body);
}

export type QueryParams = Record<string, string | number | boolean | undefined>;

/** `?a=1&b=x`, leaving out empty values; '' when nothing is left. */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const validationDetailsSchema = z.array(z.object({ path: z.string(), message: z.string() }));

/** Field messages of a VALIDATION_FAILED answer, keyed by dotted path ("scope.entityCode"). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error, 'VALIDATION_FAILED')) return {};
  const details = validationDetailsSchema.safeParse(error.details);
  if (!details.success) return {};
  const fields: Record<string, string> = {};
  for (const { path, message } of details.data) {
    const key = path.replace(/^[/.]/, '').replaceAll('/', '.');
    fields[key] ??= message;
  }
  return fields;
}

import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../contracts/error.contract';

/** The name of the session-cookie scheme in `components.securitySchemes`. */
export const sessionSecurityScheme = 'session';

interface ErrorResponseDescription {
  description: string;
  content: { 'application/json': { schema: typeof errorResponseSchema } };
}

/** Each refusal the platform's shared hooks can give, said in Indonesian first, then English. */
export const errorDescriptions = {
  400: 'Permintaan tidak valid (VALIDATION_FAILED: isi, parameter, atau karakter NUL). / The request is not valid.',
  401: 'Belum masuk (UNAUTHENTICATED). / Not signed in.',
  403:
    'Peran tanpa akses, kata sandi sekali pakai belum diganti, atau permintaan dari situs lain. / ' +
    'Role without access, one-time password not yet replaced, or a request from another site.',
  404: 'Tidak ditemukan atau di luar cakupan Anda (NOT_FOUND). / Not found or outside your scope.',
  413: 'Isi permintaan terlalu besar (PAYLOAD_TOO_LARGE, FILE_TOO_LARGE). / The request body is too large.',
  429: 'Terlalu banyak permintaan; lihat Retry-After. / Too many requests; see Retry-After.',
  default:
    'Kesalahan lain; `error.code` menyebutkannya (mis. 409 CONFLICT, 422 IMPORT_INVALID; 5xx hanya membawa id ' +
    'permintaan). / Any other error; `error.code` names it (e.g. 409 CONFLICT, 422 IMPORT_INVALID; a 5xx carries ' +
    'only the request id).',
} as const;

type ErrorStatus = keyof typeof errorDescriptions;

/** Their names in `components.responses`, where every operation refers to them (tidy-openapi-document.ts). */
export const errorResponseNames: Record<ErrorStatus, string> = {
  400: 'BadRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  429: 'TooManyRequests',
  default: 'Error',
};

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The error answers a route can give, worked out from what every route shares (errors.ts, the access, cross-site
 * and malformed-request hooks) so no route has to list them: every error body is the one `ErrorResponse`.
 */
export function errorStatusesOf(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): ErrorStatus[] {
  const methods = [route.method].flat();
  const isPublic = route.config?.access === 'public';
  const isMutation = methods.some((method) => method !== 'GET' && method !== 'HEAD');
  const statuses: ErrorStatus[] = [400];
  if (!isPublic) statuses.push(401);
  // Signed-in routes check the role; every mutation also refuses another site's request (CSRF).
  if (!isPublic || isMutation) statuses.push(403);
  if (route.url.includes(':')) statuses.push(404);
  if (methods.some((method) => bodyMethods.has(method))) statuses.push(413);
  if (route.config?.rateLimit) statuses.push(429);
  statuses.push('default');
  return statuses;
}

function errorResponsesOf(statuses: ErrorStatus[]): Record<string, ErrorResponseDescription> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: errorDescriptions[status],
        content: { 'application/json': { schema: errorResponseSchema } },
      },
    ]),
  );
}

/**
 * The OpenAPI view of one route: its zod contract (via the type provider), plus `security` from its declared
 * access (`security: []` states a public route) and the shared error answers. The route's own schema is copied,
 * never changed, so validation and serialisation stay exactly as declared.
 */
export const describeRouteContract: SwaggerTransform<FastifySchema & { hide?: boolean }> = (document) => {
  const { schema, route } = document;
  if (!schema || schema.hide || route.config?.access === undefined) return jsonSchemaTransform(document);
  const declaredResponses = (schema.response ?? {}) as Record<string, unknown>;
  const described = {
    ...schema,
    security: route.config.access === 'public' ? [] : [{ [sessionSecurityScheme]: [] }],
    response: { ...errorResponsesOf(errorStatusesOf(route)), ...declaredResponses },
  };
  return jsonSchemaTransform({ ...document, schema: described });
};

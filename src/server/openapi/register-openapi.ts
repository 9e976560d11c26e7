import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { PatuhApp } from '../app-types';
import { packageVersion } from '../package-info';
import { describeRouteContract, sessionSecurityScheme } from './describe-route-contract';
import { openApiTags } from './openapi-tags';
import { tidyOpenApiDocument } from './tidy-openapi-document';

/**
 * The OpenAPI document of every route, at `/api/docs/json` (browsable at `/api/docs`). Each route declares its
 * `operationId`, an Indonesian `summary` and an English `description`; security and error answers are derived
 * here from the route's `config.access` (docs/architecture.md, "API contract").
 */
export async function registerOpenApi(app: PatuhApp): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Patuh API',
        description:
          'Penilaian kepatuhan penyelenggaraan pelayanan publik. / Public-service compliance assessment. ' +
          'Ringkasan (summary) dalam bahasa Indonesia, uraian (description) dalam bahasa Inggris; setiap galat ' +
          'berbentuk `ErrorResponse`. / Summaries are in Indonesian, descriptions in English; every error is an ' +
          '`ErrorResponse`.',
        version: packageVersion,
        license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      },
      servers: [{ url: '/', description: 'Server ini. / This server.' }],
      tags: openApiTags,
      components: {
        securitySchemes: {
          [sessionSecurityScheme]: {
            type: 'apiKey',
            in: 'cookie',
            name: 'patuh_session',
            description:
              'Cookie sesi dari POST /api/auth/sign-in. / The session cookie set by POST /api/auth/sign-in.',
          },
        },
      },
    },
    transform: describeRouteContract,
    transformObject: (document) => tidyOpenApiDocument(jsonSchemaTransformObject(document)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

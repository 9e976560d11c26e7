import { describe, expect, it } from 'vitest';
import { errorDescriptions, errorStatusesOf } from '../../../src/server/openapi/describe-route-contract';
import { tidyOpenApiDocument } from '../../../src/server/openapi/tidy-openapi-document';

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } };

function documentWith(responses: Record<string, unknown>, schemas: Record<string, unknown>) {
  return {
    openapi: '3.0.3',
    paths: { '/api/things': { get: { responses } } },
    components: { schemas },
  };
}

describe('tidyOpenApiDocument', () => {
  it('gives a nullable reference the type it refers to, and drops a nullable that has no type to widen', () => {
    const tidied = tidyOpenApiDocument(
      documentWith(
        {
          200: {
            description: 'Default Response',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    score: { nullable: true, allOf: [{ $ref: '#/components/schemas/Score' }] },
                    before: { nullable: true },
                  },
                },
              },
            },
          },
        },
        { Score: { type: 'object', properties: { value: { type: 'number' } } } },
      ),
    );
    const response = tidied.paths['/api/things'].get.responses[200] as {
      description: string;
      content: { 'application/json': { schema: { properties: Record<string, Record<string, unknown>> } } };
    };
    const properties = response.content['application/json'].schema.properties;
    expect(properties.score).toEqual({
      nullable: true,
      type: 'object',
      allOf: [{ $ref: '#/components/schemas/Score' }],
    });
    expect(properties.before).toEqual({});
    expect(response.description).toBe('Berhasil. / Success.');
  });

  it('names the keys of a record over an enum as properties, so the typed client knows them', () => {
    const record = {
      type: 'object',
      required: ['draft', 'locked'],
      additionalProperties: { type: 'integer' },
    };
    const tidied = tidyOpenApiDocument(
      documentWith({ 200: { description: 'ok', content: { 'application/json': { schema: record } } } }, {}),
    );
    expect(record).toMatchObject({ properties: { draft: { type: 'integer' }, locked: { type: 'integer' } } });
    expect(tidied.openapi).toBe('3.0.3');
  });

  it('writes each shared error answer once in components.responses and keeps only schemas a path reaches', () => {
    const tidied = tidyOpenApiDocument(
      documentWith(
        {
          200: {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
          },
          401: { description: errorDescriptions[401], content: errorContent },
          409: { description: 'A conflict this route explains itself', content: errorContent },
        },
        {
          A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
          B: { type: 'string' },
          ErrorResponse: { type: 'object' },
          AInput: { type: 'object' },
        },
      ),
    );
    const responses = tidied.paths['/api/things'].get.responses as Record<string, unknown>;
    expect(responses[401]).toEqual({ $ref: '#/components/responses/Unauthenticated' });
    expect(responses[409]).toMatchObject({ description: 'A conflict this route explains itself' });
    const components = tidied.components as { responses: Record<string, unknown>; schemas: object };
    expect(components.responses.Unauthenticated).toEqual({
      description: errorDescriptions[401],
      content: errorContent,
    });
    expect(Object.keys(components.schemas).sort()).toEqual(['A', 'B', 'ErrorResponse']);
  });
});

describe('errorStatusesOf', () => {
  it('derives the error answers from the access, URL, method and rate limit of a route', () => {
    expect(
      errorStatusesOf({ method: 'GET', url: '/api/public/results', config: { access: 'public' } }),
    ).toEqual([400, 'default']);
    expect(
      errorStatusesOf({
        method: 'POST',
        url: '/api/auth/sign-in',
        config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      }),
    ).toEqual([400, 403, 413, 429, 'default']);
    expect(
      errorStatusesOf({
        method: 'PATCH',
        url: '/api/cycles/:year',
        config: { access: { action: 'cycle.manage' } },
      }),
    ).toEqual([400, 401, 403, 404, 413, 'default']);
  });
});

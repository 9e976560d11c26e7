import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenApiDocument, openApiDocumentOf } from '../../scripts/openapi/build-openapi-document';
import { lintOpenApiDocument } from '../../scripts/openapi/lint-openapi-document';
import { apiClientTypesPath, renderApiClientTypes } from '../../scripts/openapi/render-api-client-types';
import { errorResponseSchema } from '../../src/contracts/error.contract';
import type { PatuhApp } from '../../src/server/app-types';
import { createTypedApiClient } from '../../src/web/lib/typed-api-client';
import { buildTestApp, type TestApp } from '../helpers/build-test-app';
import { testEngines } from '../helpers/test-database';

/**
 * The API contract (docs/architecture.md, "API contract"): every operation of the served OpenAPI document has an
 * operationId, bilingual text, a tag, `security`, and documented errors in the one shared shape; Redocly's lint
 * passes; the committed typed client matches the document and reaches the real server.
 */

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

const errorSchemaReference = '#/components/schemas/ErrorResponse';
const pglite = testEngines()[0];

function operationsOf(document: OpenApiDocument): { key: string; path: string; operation: Operation }[] {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      path,
      operation,
    })),
  );
}

/** A response as written, following a `$ref` into `components.responses`. */
function resolveResponse(document: OpenApiDocument, response: Operation['responses'][string]) {
  const name = response.$ref?.replace('#/components/responses/', '');
  if (name === undefined) return response;
  const shared = document.components?.responses?.[name];
  return (shared ?? {}) as Operation['responses'][string];
}

/** openapi-fetch's `fetch`, answered by the app through `inject` (no port). */
function fetchThrough(app: PatuhApp): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const answer = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(body ? { payload: body } : {}),
    });
    return new Response(new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers: answer.headers as Record<string, string>,
    });
  };
}

describe.skipIf(!pglite)('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  beforeAll(async () => {
    if (!pglite) return;
    testApp = await buildTestApp(pglite);
    document = openApiDocumentOf(testApp.app);
  });
  afterAll(() => testApp?.close());

  it('gives every operation a unique camelCase operationId, an Indonesian summary, an English description and a declared tag', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(150);
    const declaredTags = new Set(document.tags?.map((tag) => tag.name));
    const problems = operations.flatMap(({ key, operation }) => {
      const found: string[] = [];
      if (!/^[a-z][a-zA-Z0-9]+$/.test(operation.operationId ?? '')) found.push('operationId');
      if (!operation.summary || !operation.description || operation.summary === operation.description)
        found.push('summary (id) and description (en)');
      if (!operation.tags?.length || !operation.tags.every((tag) => declaredTags.has(tag)))
        found.push('tags');
      return found.map((what) => `${key}: ${what}`);
    });
    expect(problems).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('documents every error of every operation with the one ErrorResponse schema', () => {
    expect(document.components?.schemas?.ErrorResponse).toBeDefined();
    const problems = operationsOf(document).flatMap(({ key, operation }) => {
      const errorStatuses = Object.keys(operation.responses).filter(
        (status) => status === 'default' || Number(status) >= 400,
      );
      const found: string[] = [];
      if (!errorStatuses.some((status) => status.startsWith('4'))) found.push('no 4xx answer');
      if (!errorStatuses.includes('default')) found.push('no default (5xx and other errors)');
      for (const status of errorStatuses) {
        const response = resolveResponse(document, operation.responses[status] ?? {});
        if (response.content?.['application/json']?.schema?.$ref !== errorSchemaReference)
          found.push(`${status} is not an ErrorResponse`);
      }
      const isSignedIn = (operation.security ?? []).length > 0;
      if (isSignedIn !== errorStatuses.includes('401')) found.push('401 does not follow security');
      return found.map((what) => `${key}: ${what}`);
    });
    expect(problems).toEqual([]);
  });

  it('states security on every operation, and each signed-in operation refuses a request without a session with 401 ErrorResponse', async () => {
    const refused: string[] = [];
    let signedIn = 0;
    for (const { key, path, operation } of operationsOf(document)) {
      expect(operation.security, key).toBeDefined();
      if (operation.security?.length === 0) continue;
      expect(operation.security, key).toEqual([{ session: [] }]);
      signedIn += 1;
      const [method] = key.split(' ');
      const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => (name === 'year' ? '2026' : 'x'));
      const answer = await testApp.app.inject({ method: method as 'GET', url });
      const body = errorResponseSchema.safeParse(answer.json());
      if (answer.statusCode !== 401 || body.data?.error.code !== 'UNAUTHENTICATED') refused.push(key);
    }
    expect(refused).toEqual([]);
    expect(signedIn).toBeGreaterThan(100);
    // The public side says so explicitly rather than by omission.
    const publicKeys = operationsOf(document)
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ key }) => key);
    expect(publicKeys).toEqual(
      expect.arrayContaining([
        'POST /api/auth/sign-in',
        'GET /api/public/results',
        'POST /api/public/surveys/{code}',
      ]),
    );
    expect(publicKeys).not.toContain('GET /api/cycles');
  });

  it('passes Redocly lint (recommended rules + redocly.yaml) with no error', () => {
    const report = lintOpenApiDocument(document);
    const errors = report.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
    expect(report.errors).toBe(0);
  });

  it('keeps the committed typed client in step with the routes (else run `npm run api:generate`)', async () => {
    const expected = await renderApiClientTypes(document);
    const committed = fs.readFileSync(apiClientTypesPath, 'utf8');
    expect(committed === expected, 'src/web/lib/api-schema.generated.ts is stale: npm run api:generate').toBe(
      true,
    );
  });

  it('reaches the server through the typed client, answers and errors alike', async () => {
    const client = createTypedApiClient({ baseUrl: 'http://patuh.test', fetch: fetchThrough(testApp.app) });
    const live = await client.GET('/api/health/live');
    expect(live.data?.status).toBe('ok');
    const cycles = await client.GET('/api/cycles');
    expect(cycles.response.status).toBe(401);
    // The error is typed as ErrorResponse by the generated types, not `unknown`.
    expect(cycles.error?.error.code).toBe('UNAUTHENTICATED');
    const cycle = await client.GET('/api/cycles/{year}', { params: { path: { year: 2026 } } });
    expect(cycle.error?.error.requestId).toBe(cycle.response.headers.get('x-request-id'));
    // @ts-expect-error: a path the API does not have is a compile error (tsc checks this file in `npm test`).
    await client.GET('/api/no-such-path').catch(() => undefined);
  });
});

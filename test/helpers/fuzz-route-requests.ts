import fc from 'fast-check';
import { listRegisteredRoutes } from '../../src/server/app';
import type { PatuhApp } from '../../src/server/app-types';
import { tinyPdf } from './cycle-factory';
import {
  arbitraryOf,
  type JsonSchema,
  type MutationKind,
  mutate,
  mutationKinds,
} from './json-schema-arbitrary';

/** A path parameter value that reaches a seeded row, by route and parameter name. */
export type SamplePathValue = (url: string, name: string) => string;

interface OpenApiOperation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface FuzzRoute {
  method: string;
  url: string;
  pathNames: string[];
  pathSchemas: Record<string, JsonSchema>;
  query: JsonSchema | undefined;
  body: JsonSchema | undefined;
}

/** Routes with input, from the registered list (so a route missing from the OpenAPI document still counts). */
export function fuzzRoutesOf(app: PatuhApp): { routes: FuzzRoute[]; withoutInput: string[] } {
  const document = app.swagger() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  const routes: FuzzRoute[] = [];
  const withoutInput: string[] = [];
  for (const { method, url } of listRegisteredRoutes(app)) {
    const openApiPath = url.replace(/:(\w+)/g, '{$1}');
    const operation = document.paths[openApiPath]?.[method.toLowerCase()] ?? {};
    const pathNames = [...url.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
    const parameters = operation.parameters ?? [];
    const pathSchemas: Record<string, JsonSchema> = {};
    for (const name of pathNames)
      pathSchemas[name] = parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {
        type: 'string',
      };
    const queryParameters = parameters.filter((p) => p.in === 'query');
    const query: JsonSchema | undefined =
      queryParameters.length > 0
        ? {
            type: 'object',
            properties: Object.fromEntries(queryParameters.map((p) => [p.name, p.schema])),
            required: queryParameters.filter((p) => p.required).map((p) => p.name),
          }
        : undefined;
    const body = operation.requestBody?.content?.['application/json']?.schema;
    if (pathNames.length === 0 && !query && !body) withoutInput.push(`${method} ${url}`);
    else routes.push({ method, url, pathNames, pathSchemas, query, body });
  }
  routes.sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
  return { routes, withoutInput };
}

export interface FuzzCase {
  kind: MutationKind;
  pick: number;
  randomJson: unknown;
  body: unknown;
  query: unknown;
  params: Record<string, unknown>;
  useSamples: boolean;
}

export function caseArbitrary(
  route: FuzzRoute,
  resolve: (ref: string) => JsonSchema,
): fc.Arbitrary<FuzzCase> {
  const params: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of route.pathNames) params[name] = arbitraryOf(route.pathSchemas[name] ?? {}, resolve);
  return fc.record({
    // One case in three is valid, so requests also get past validation into the use-cases.
    kind: fc.oneof(
      { arbitrary: fc.constant<MutationKind>('valid'), weight: 4 },
      ...mutationKinds
        .filter((kind) => kind !== 'valid')
        .map((kind) => ({ arbitrary: fc.constant(kind), weight: 1 })),
    ),
    pick: fc.nat(),
    randomJson: fc.jsonValue({ maxDepth: 3 }),
    body: route.body ? arbitraryOf(route.body, resolve) : fc.constant(undefined),
    query: route.query ? arbitraryOf(route.query, resolve) : fc.constant(undefined),
    params: fc.record(params),
    useSamples: fc.boolean(),
  });
}

/** The request one case describes; the mutation hits the body, the query or a path parameter. */
export function requestOf(
  route: FuzzRoute,
  fuzzCase: FuzzCase,
  samplePathValue: SamplePathValue,
): { url: string; payload: unknown; contentType: string } {
  const parts = [route.body ? 'body' : undefined, route.query ? 'query' : undefined, 'params'].filter(
    (part) => part !== undefined && (part !== 'params' || route.pathNames.length > 0),
  );
  const target = parts[Math.floor(fuzzCase.pick / 7) % parts.length];
  const hit = (value: unknown) => mutate(value, fuzzCase.kind, fuzzCase.pick, fuzzCase.randomJson);
  let params: Record<string, unknown> = fuzzCase.useSamples
    ? Object.fromEntries(route.pathNames.map((name) => [name, samplePathValue(route.url, name)]))
    : fuzzCase.params;
  if (target === 'params') params = hit(params) as Record<string, unknown>;
  const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(textOf(params?.[name] ?? samplePathValue(route.url, name))),
  );
  const query = target === 'query' ? hit(fuzzCase.query) : fuzzCase.query;
  const search = new URLSearchParams();
  if (query !== null && typeof query === 'object' && !Array.isArray(query))
    for (const [key, value] of Object.entries(query))
      for (const item of [value].flat()) if (item !== undefined) search.append(key, textOf(item));
  const url = search.size > 0 ? `${path}?${search}` : path;
  if (route.method === 'GET') return { url, payload: undefined, contentType: '' };
  // Raw uploads (?fileName=): every other case sends a real PDF, so the fuzzed name reaches the sanitiser.
  const isRawUpload = !route.body && route.query?.properties?.fileName !== undefined;
  if (isRawUpload && fuzzCase.pick % 2 === 0)
    return { url, payload: tinyPdf, contentType: 'application/pdf' };
  const payload = route.body
    ? target === 'body'
      ? hit(fuzzCase.body)
      : fuzzCase.body
    : fuzzCase.kind === 'random-json'
      ? fuzzCase.randomJson
      : {};
  return { url, payload, contentType: 'application/json' };
}

function textOf(value: unknown): string {
  // Lone surrogates cannot be percent-encoded; the well-formed text keeps everything else.
  return (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).replace(
    /[\uD800-\uDFFF]/gu,
    '\uFFFD',
  );
}

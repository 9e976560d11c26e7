import { errorDescriptions, errorResponseNames } from './describe-route-contract';

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function forEachObject(value: unknown, visit: (node: JsonObject) => void): void {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (Array.isArray(next)) pending.push(...next);
    else if (isObject(next)) {
      visit(next);
      pending.push(...Object.values(next));
    }
  }
}

const componentReference = /^#\/components\/schemas\/(.+)$/;

function referencedComponent(node: JsonObject): string | undefined {
  const reference = node.$ref;
  return typeof reference === 'string' ? componentReference.exec(reference)?.[1] : undefined;
}

/**
 * OpenAPI 3.0.3 lets `nullable` widen only an explicit `type`, but zod's `nullable()` of a named schema becomes
 * `{ nullable, allOf: [$ref] }` and of `unknown()` a bare `{ nullable }`. The first gets the type of the schema it
 * refers to (so null is really allowed), the second loses a keyword that had no effect.
 */
function typeNullables(document: JsonObject, schemas: JsonObject): void {
  forEachObject(document, (node) => {
    if (node.nullable !== true || node.type !== undefined) return;
    const only = Array.isArray(node.allOf) && node.allOf.length === 1 ? node.allOf[0] : undefined;
    const target = isObject(only) ? schemas[referencedComponent(only) ?? ''] : undefined;
    if (isObject(target) && typeof target.type === 'string') node.type = target.type;
    else if (node.allOf === undefined && node.anyOf === undefined && node.oneOf === undefined)
      delete node.nullable;
  });
}

/**
 * A zod record over an enum (`z.record(z.enum([...]), value)`) becomes `required` keys plus
 * `additionalProperties`, because OpenAPI 3.0 has no `propertyNames`; name those keys as properties so the
 * document (and the typed client) says which keys there are. A lone `allOf` wrapper is replaced by what it wraps.
 */
function nameRecordKeys(document: JsonObject): void {
  forEachObject(document, (node) => {
    const only = Array.isArray(node.allOf) && node.allOf.length === 1 ? node.allOf[0] : undefined;
    if (Object.keys(node).length === 1 && isObject(only)) {
      delete node.allOf;
      Object.assign(node, only);
    }
    if (!Array.isArray(node.required) || !isObject(node.additionalProperties)) return;
    const properties = isObject(node.properties) ? node.properties : {};
    for (const key of node.required)
      if (typeof key === 'string' && !(key in properties)) properties[key] = node.additionalProperties;
    node.properties = properties;
  });
}

/**
 * The type provider lists an input and an output copy of every named zod schema; keep only those a path reaches,
 * directly or through other schemas, so the document lists what the API really uses.
 */
function dropUnreachableSchemas(document: JsonObject, components: JsonObject, schemas: JsonObject): void {
  const reached = new Set<string>();
  const pending: unknown[] = [document.paths, components.responses];
  while (pending.length > 0) {
    forEachObject(pending.pop(), (node) => {
      const name = referencedComponent(node);
      if (name === undefined || reached.has(name)) return;
      reached.add(name);
      pending.push(schemas[name]);
    });
  }
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
}

/** @fastify/swagger names every declared answer "Default Response"; say what it is, in both languages. */
function describeSuccessResponses(document: JsonObject): void {
  forEachObject(document.paths, (node) => {
    if (!isObject(node.responses)) return;
    for (const [status, response] of Object.entries(node.responses)) {
      if (isObject(response) && response.description === 'Default Response' && status.startsWith('2'))
        response.description = 'Berhasil. / Success.';
    }
  });
}

/**
 * Every operation lists the same error answers; each is written once in `components.responses` and referred to,
 * so the document and the typed client generated from it stay small. An answer a route describes its own way
 * stays where it is.
 */
function shareErrorResponses(document: JsonObject, components: JsonObject): void {
  const shared: JsonObject = {};
  forEachObject(document.paths, (node) => {
    if (!isObject(node.responses)) return;
    for (const [status, response] of Object.entries(node.responses)) {
      if (!(status in errorResponseNames) || !isObject(response)) continue;
      const known = status as keyof typeof errorResponseNames;
      if (response.description !== errorDescriptions[known]) continue;
      const name = errorResponseNames[known];
      shared[name] = response;
      node.responses[status] = { $ref: `#/components/responses/${name}` };
    }
  });
  components.responses = { ...(isObject(components.responses) ? components.responses : {}), ...shared };
}

/**
 * Last touches on the generated document, in place: valid OpenAPI 3.0.3 nullables, named record keys, shared
 * error answers, no unused schemas.
 */
export function tidyOpenApiDocument<Document extends object>(document: Document): Document {
  const root = document as JsonObject;
  if (!isObject(root.components)) root.components = {};
  const components = root.components as JsonObject;
  if (!isObject(components.schemas)) components.schemas = {};
  const schemas = components.schemas as JsonObject;
  typeNullables(root, schemas);
  nameRecordKeys(root);
  describeSuccessResponses(root);
  shareErrorResponses(root, components);
  dropUnreachableSchemas(root, components, schemas);
  return document;
}

import fc from 'fast-check';

/** The part of JSON Schema the OpenAPI document of the routes uses (zod → OpenAPI 3 via the type provider). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
}

export type ResolveReference = (reference: string) => JsonSchema;

const instantRange = { min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') };

/** Values the schema accepts (or nearly: formats and patterns are honoured, cross-field rules are not). */
export function arbitraryOf(schema: JsonSchema, resolve: ResolveReference, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  const next = (inner: JsonSchema) => arbitraryOf(inner, resolve, depth + 1);
  if (schema.$ref) return next(resolve(schema.$ref));
  const base = arbitraryOfType(schema, next);
  return schema.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

function arbitraryOfType(
  schema: JsonSchema,
  next: (inner: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0) return fc.oneof(...choices.map(next));
  if (schema.allOf?.[0]) return next(schema.allOf[0]);
  const types = [schema.type ?? []].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => next({ ...schema, type })));
  switch (types[0]) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1_000_000,
        max: schema.maximum ?? 1_000_000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 4));
      return fc.array(next(schema.items ?? {}), { minLength, maxLength });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(properties)) record[key] = next(property);
      const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
      return fc.record(record, { requiredKeys });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 80));
  const fits = (text: string) => text.length >= minLength && text.length <= (schema.maxLength ?? 1_000_000);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc.date({ ...instantRange, noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.date({ ...instantRange, noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress().filter(fits);
    default:
      return fc.string({ minLength, maxLength, unit: 'grapheme' });
  }
}

/** Where a leaf sits in a JSON value, for the mutations below. */
type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (Array.isArray(value) && value.length > 0) {
    for (const [index, child] of value.entries()) leafPaths(child, [...path, index], found);
  } else if (value !== null && typeof value === 'object' && Object.keys(value).length > 0)
    for (const [key, child] of Object.entries(value)) leafPaths(child, [...path, key], found);
  else found.push(path);
  return found;
}

function replaceAt(value: unknown, path: Path, replace: (leaf: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replace(value);
  if (Array.isArray(value))
    return value.map((child, index) => (index === head ? replaceAt(child, rest, replace) : child));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...value };
    copy[String(head)] = replaceAt(copy[String(head)], rest, replace);
    return copy;
  }
  return value;
}

function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const parent = path.slice(0, -1);
  const last = path.at(-1);
  return replaceAt(value, parent, (holder) => {
    if (Array.isArray(holder)) return holder.filter((_, index) => index !== last);
    if (holder === null || typeof holder !== 'object') return holder;
    const copy: Record<string, unknown> = { ...holder };
    delete copy[String(last)];
    return copy;
  });
}

export const mutationKinds = [
  'valid',
  'nul-byte',
  'huge-string',
  'wrong-type',
  'empty-object',
  'drop-field',
  'extra-fields',
  'random-json',
  'extreme-number',
] as const;
export type MutationKind = (typeof mutationKinds)[number];

const wrongTypeValues: unknown[] = [null, true, 0, -1, '', 'x', [], {}, [null], { a: 1 }, 1e308];
const extremeNumbers = [-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 53), 1e308, 0.5, -0];
const hugeString = 'x'.repeat(200_000);

/**
 * Turns one valid value into a hostile one of the given kind; `pick` (any natural number) chooses which leaf
 * is hit, so the same seed gives the same request.
 */
export function mutate(value: unknown, kind: MutationKind, pick: number, randomJson: unknown): unknown {
  const leaves = leafPaths(value);
  const leaf = leaves[pick % leaves.length] ?? [];
  switch (kind) {
    case 'valid':
      return value;
    case 'nul-byte':
      return replaceAt(value, leaf, (old) =>
        typeof old === 'string' ? `${old.slice(0, 3)}\u0000${old.slice(3)}` : 'a\u0000b',
      );
    case 'huge-string':
      return replaceAt(value, leaf, () => hugeString);
    case 'wrong-type':
      return replaceAt(value, leaf, () => wrongTypeValues[pick % wrongTypeValues.length]);
    case 'empty-object':
      return {};
    case 'drop-field':
      return removeAt(value, leaf) ?? {};
    case 'extra-fields':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? { ...value, 'unknown\u0000key': 1, constructor: { prototype: { polluted: true } } }
        : { value };
    case 'random-json':
      return randomJson;
    case 'extreme-number':
      return replaceAt(value, leaf, () => extremeNumbers[pick % extremeNumbers.length]);
  }
}

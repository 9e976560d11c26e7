import { z } from 'zod';
import { methodologySchema } from './methodology.schema';

/**
 * JSON Schema of a methodology file, for editors: `methodologies/methodology.schema.json` is this output
 * (a test keeps them equal). Cross-field rules (weights summing to 100, bands tiling 0–100) are only in
 * validateMethodology.
 */
export function methodologyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(methodologySchema, { io: 'input' }) as Record<string, unknown>;
}

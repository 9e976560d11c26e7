import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { methodologyJsonSchema } from '../../../../src/core';

describe('methodologies/methodology.schema.json', () => {
  it('is the current JSON Schema of the methodology format (regenerate: patuh methodology schema)', () => {
    const path = fileURLToPath(new URL('../../../../methodologies/methodology.schema.json', import.meta.url));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(methodologyJsonSchema());
  });
});

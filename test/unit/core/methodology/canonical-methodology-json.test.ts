import { describe, expect, it } from 'vitest';
import { assertValidMethodology, canonicalJson, canonicalMethodologyJson } from '../../../../src/core';
import { hashMethodology } from '../../../../src/server/methodologies/hash-methodology';
import { buildMethodologyData } from '../../../helpers/methodology-factory';

/** The same object with keys inserted in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

describe('canonicalMethodologyJson and the content hash', () => {
  it('sorts keys at every depth, keeps array order, and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2], e: undefined })).toBe(
      '{"a":[{"c":null,"d":"x"},2],"b":1}',
    );
  });

  it('does not depend on key order or formatting of the file', () => {
    const data = buildMethodologyData();
    const a = assertValidMethodology(data);
    const b = assertValidMethodology(JSON.parse(JSON.stringify(reverseKeys(data), null, 4)));
    expect(canonicalMethodologyJson(b)).toBe(canonicalMethodologyJson(a));
    expect(hashMethodology(b)).toBe(hashMethodology(a));
    expect(hashMethodology(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any weight changes', () => {
    const data = buildMethodologyData() as { dimensions: { weight: number }[] };
    const before = hashMethodology(assertValidMethodology(data));
    const [first, second] = data.dimensions;
    if (first && second) {
      first.weight = 41;
      second.weight = 59;
    }
    expect(hashMethodology(assertValidMethodology(data))).not.toBe(before);
  });
});

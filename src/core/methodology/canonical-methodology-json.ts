import type { Methodology } from './methodology.schema';

/**
 * A deterministic serialisation: object keys sorted by code unit, no whitespace, arrays in their given order
 * (order is meaning: bands best first, indicators as published). Hashing this text (sha256, outside the
 * core) gives a content hash that ignores formatting and key order of the file.
 */
export function canonicalMethodologyJson(methodology: Methodology): string {
  // `$schema` only points editors at the JSON Schema, and `supersededBy` is added to a published edition when
  // a corrected revision replaces it: neither is the edition's content, so neither changes its hash.
  const { $schema: _editorHint, supersededBy: _catalogueNote, ...content } = methodology;
  return canonicalJson(content);
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: numbers must be finite');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  }
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

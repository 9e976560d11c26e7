import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonOnlyDictionary, openDataDictionary } from '../../../src/contracts/open-data-dictionary';
import { publicResultSchema } from '../../../src/contracts/public-results.contract';
import { openDataColumns } from '../../../src/contracts/public-results-open-data';

const page = readFileSync(new URL('../../../docs/open-data.md', import.meta.url), 'utf8');

describe('the open-data dictionary', () => {
  it('describes every CSV column in order and every JSON key, in Indonesian and English', () => {
    expect(Object.keys(openDataDictionary)).toEqual([...openDataColumns]);
    const described = new Set([...Object.keys(openDataDictionary), ...Object.keys(jsonOnlyDictionary)]);
    for (const key of Object.keys(publicResultSchema.shape)) expect(described, key).toContain(key);
    for (const entry of [...Object.values(openDataDictionary), ...Object.values(jsonOnlyDictionary)]) {
      expect(entry.id.length).toBeGreaterThan(10);
      expect(entry.en.length).toBeGreaterThan(10);
    }
  });

  it('is what docs/open-data.md prints, key by key', () => {
    for (const [key, entry] of [
      ...Object.entries(openDataDictionary),
      ...Object.entries(jsonOnlyDictionary),
    ]) {
      const line = page.split('\n').find((candidate) => candidate.startsWith(`| \`${key}\` |`));
      expect(line, key).toBeDefined();
      expect(line).toContain(entry.id);
      expect(line).toContain(entry.en);
    }
  });
});

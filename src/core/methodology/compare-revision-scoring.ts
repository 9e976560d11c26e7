import { canonicalJson } from './canonical-methodology-json';
import type { Methodology } from './methodology.schema';

/**
 * What a revision changes in how answers are collected and scored, compared with the edition it revises:
 * entity kinds, respondent roles, scales, dimensions (indicators, weights) and aggregation must be identical,
 * and every unit type of the old edition must still exist. Bands, labels, titles and added unit types may
 * differ. An empty list means the answers collected under the old edition score the same under the revision,
 * so a cycle frozen on the old edition may move to the revision (docs/decisions/005).
 */
export function compareRevisionScoring(old: Methodology, revised: Methodology): string[] {
  const differences: string[] = [];
  const parts = ['entityKinds', 'respondentRoles', 'scales', 'dimensions', 'aggregation'] as const;
  for (const part of parts) {
    if (canonicalJson(old[part]) !== canonicalJson(revised[part])) differences.push(part);
  }
  const revisedTypes = new Set(revised.unitTypes.map((unitType) => unitType.code));
  for (const unitType of old.unitTypes) {
    if (!revisedTypes.has(unitType.code)) differences.push(`unitTypes.${unitType.code}`);
  }
  return differences;
}

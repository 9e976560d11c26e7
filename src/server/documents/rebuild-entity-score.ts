import {
  CoreError,
  type EntityAnswers,
  type EntityScore,
  type Methodology,
  scoreEntity,
  toScaledInteger,
  type UnitAnswers,
} from '../../core';
import type { EntityResultRow, UnitResultRow } from '../db/repositories/document-sources.repository';
import { decodeStoredUnitAnswers } from '../results/stored-unit-answers';

/**
 * The core's EntityScore of a computed snapshot row, re-scored from the answers its unit rows store (either stored form, results/stored-unit-answers.ts). The
 * finalised score came from the same answers (code, name, kind, province and units; on the Opini editions also
 * the public-trust and compliance elements and the suffix, read back from the stored row), so re-scoring gives
 * it back; when it does not — an explanation missing or from another
 * edition — the result is `undefined` and the caller prints the published totals only rather than numbers
 * that disagree with them.
 */
export function rebuildEntityScore(
  entity: EntityResultRow,
  units: readonly UnitResultRow[],
  methodology: Methodology,
): EntityScore | undefined {
  if (units.length === 0) return undefined;
  const answers: UnitAnswers[] = [];
  for (const unit of units) {
    const stored = decodeStoredUnitAnswers(unit.explanation);
    if (!stored) return undefined;
    answers.push(stored);
  }
  let score: EntityScore;
  try {
    score = scoreEntity(
      {
        code: entity.entityCode,
        name: entity.entityName,
        kind: entity.kind,
        ...(entity.provinceCode ? { province: entity.provinceCode } : {}),
        ...storedOpinionInputsOf(entity, methodology),
        units: answers,
      },
      methodology,
    );
  } catch (error) {
    if (error instanceof CoreError) return undefined;
    throw error;
  }
  const decimals = methodology.classification.rounding.decimals;
  return toScaledInteger(score.roundedScore, decimals) === toScaledInteger(entity.score, decimals)
    ? score
    : undefined;
}

/**
 * The Opini inputs finalising used, from the published row: the element scores its tree stores and whether its
 * label carries the suffix (the label differs from the band's own). Other editions store no elements.
 */
function storedOpinionInputsOf(
  entity: EntityResultRow,
  methodology: Methodology,
): Pick<EntityAnswers, 'publicTrustScore' | 'oversight'> {
  const children = (entity.explanation?.tree as { children?: unknown[] } | undefined)?.children ?? [];
  const scoreOf = (code: string) => {
    const node = children.find((child) => (child as { code?: string }).code === code) as
      | { score?: number }
      | undefined;
    return node?.score;
  };
  const publicTrustScore = scoreOf('public-trust');
  const complianceScore = scoreOf('oversight-compliance');
  if (publicTrustScore === undefined || complianceScore === undefined) return {};
  const band = methodology.classification.bands.find((candidate) => candidate.category === entity.category);
  return {
    publicTrustScore,
    oversight: {
      ignoredProducts: 0,
      followedUpFindings: band !== undefined && entity.opinionLabelId !== band.label.id,
      complianceScore,
    },
  };
}

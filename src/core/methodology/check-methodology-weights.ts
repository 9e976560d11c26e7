import type { ValidationIssue } from '../errors/core-error';
import { formatDecimal } from '../numbers/format-decimal';
import {
  FULL_WEIGHT_UNITS,
  fromWeightUnits,
  hasAtMostWeightDecimals,
  toWeightUnits,
} from '../numbers/weight-units';
import type { Methodology } from './methodology.schema';

interface WeightedItem {
  weight: number;
  path: string;
}

/**
 * Weights are percentages that must sum to exactly 100 within each level: dimensions of the edition,
 * indicators of each dimension, unit-type weights, the parts of a blend and the Opini elements. Sums are taken in whole
 * 1/10 000 % so 9.0909 × 10 + 9.0910 counts as exactly 100.
 */
export function checkMethodologyWeights(methodology: Methodology): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  issues.push(
    ...checkSum(
      methodology.dimensions.map((dimension, d) => ({
        weight: dimension.weight,
        path: `dimensions[${d}].weight`,
      })),
      { id: 'bobot dimensi metodologi ini', en: 'weights of the dimensions of this methodology' },
    ),
  );
  methodology.dimensions.forEach((dimension, d) => {
    issues.push(
      ...checkSum(
        dimension.indicators.map((indicator, i) => ({
          weight: indicator.weight,
          path: `dimensions[${d}].indicators[${i}].weight`,
        })),
        { id: `bobot dimensi "${dimension.text.id}"`, en: `weights of dimension "${dimension.text.en}"` },
      ),
    );
  });
  const unitToEntity = methodology.aggregation.unitToEntity;
  if (unitToEntity.method === 'weighted-by-unit-type') {
    issues.push(
      ...checkSum(
        unitToEntity.weights.map((weight, w) => ({
          weight: weight.weight,
          path: `aggregation.unitToEntity.weights[${w}].weight`,
        })),
        { id: 'bobot jenis unit', en: 'unit-type weights' },
      ),
    );
  }
  methodology.aggregation.adjustments.forEach((adjustment, a) => {
    if (adjustment.kind === 'opinion-elements') {
      issues.push(
        ...checkSum(
          adjustment.elements.map((element, e) => ({
            weight: element.weight,
            path: `aggregation.adjustments[${a}].elements[${e}].weight`,
          })),
          {
            id: `bobot elemen opini (instrumen, kepercayaan publik, kepatuhan produk pengawasan) "${adjustment.text.id}"`,
            en: `weights of the opinion elements (instrument, public trust, oversight compliance) "${adjustment.text.en}"`,
          },
        ),
      );
      return;
    }
    if (adjustment.kind !== 'public-trust-blend') return;
    issues.push(
      ...checkSum(
        [
          { weight: adjustment.dimensionsWeight, path: `aggregation.adjustments[${a}].dimensionsWeight` },
          { weight: adjustment.publicTrustWeight, path: `aggregation.adjustments[${a}].publicTrustWeight` },
        ],
        { id: `bobot "${adjustment.text.id}"`, en: `weights of "${adjustment.text.en}"` },
      ),
    );
  });
  return issues;
}

function checkSum(items: readonly WeightedItem[], subject: { id: string; en: string }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const item of items) {
    if (!hasAtMostWeightDecimals(item.weight)) {
      issues.push({
        path: item.path,
        message: {
          id: `bobot ${item.weight} memiliki lebih dari 4 desimal`,
          en: `weight ${item.weight} has more than 4 decimals`,
        },
      });
    }
  }
  const totalUnits = items.reduce((sum, item) => sum + toWeightUnits(item.weight), 0);
  const last = items[items.length - 1];
  if (totalUnits !== FULL_WEIGHT_UNITS && last !== undefined) {
    const total = fromWeightUnits(totalUnits);
    // Two decimals as published, unless that would print a misleading "100.00".
    const decimals = formatDecimal(total, 2, 'en') === '100.00' ? 4 : 2;
    issues.push({
      path: last.path,
      message: {
        id: `${subject.id} berjumlah ${formatDecimal(total, decimals, 'id')}, seharusnya 100`,
        en: `${subject.en} sum to ${formatDecimal(total, decimals, 'en')}, expected 100`,
      },
    });
  }
  return issues;
}

import type { ValidationIssue } from '../errors/core-error';
import { formatDecimal } from '../numbers/format-decimal';
import { findDuplicateCodes } from './find-duplicate-codes';
import type { Methodology } from './methodology.schema';

/**
 * Bands are listed best first and must tile 0–100 exactly at the rounding precision: the worst starts at 0,
 * the best ends at 100, and each band starts one step (0.01 for 2 decimals) above the next one's maximum.
 * Then every rounded score falls in exactly one band.
 */
export function checkClassificationBands(methodology: Methodology): ValidationIssue[] {
  const { bands, zones, rounding } = methodology.classification;
  const decimals = rounding.decimals;
  const scale = 10 ** decimals;
  const toSteps = (value: number) => Math.round(value * scale);
  const issues: ValidationIssue[] = [
    ...findDuplicateCodes(zones, (i) => `classification.zones[${i}].code`, { id: 'zona', en: 'zone' }),
    ...findDuplicateCodes(
      bands.map((band) => ({ code: band.category })),
      (i) => `classification.bands[${i}].category`,
      { id: 'kategori', en: 'category' },
    ),
  ];
  const zoneCodes = new Set(zones.map((zone) => zone.code));
  const zonesByCode = new Map(zones.map((zone) => [zone.code, zone]));
  const show = (value: number, language: 'id' | 'en') => formatDecimal(value, decimals, language);

  bands.forEach((band, b) => {
    const path = `classification.bands[${b}]`;
    const standIn = methodology.classification.hasZones === false ? zonesByCode.get(band.zone) : undefined;
    if (standIn !== undefined && (standIn.label.id !== band.label.id || standIn.label.en !== band.label.en)) {
      issues.push({
        path: `${path}.zone`,
        message: {
          id: `edisi tanpa zona: zona pengganti "${band.zone}" harus berlabel sama dengan kategori "${band.category}" (${band.label.id})`,
          en: `edition without zones: stand-in zone "${band.zone}" must carry the label of category "${band.category}" (${band.label.en})`,
        },
      });
    }
    if (!zoneCodes.has(band.zone)) {
      issues.push({
        path: `${path}.zone`,
        message: { id: `zona "${band.zone}" tidak dikenal`, en: `unknown zone "${band.zone}"` },
      });
    }
    for (const edge of ['min', 'max'] as const) {
      if (Math.abs(band[edge] * scale - toSteps(band[edge])) > 1e-6) {
        issues.push({
          path: `${path}.${edge}`,
          message: {
            id: `batas ${band[edge]} harus memiliki paling banyak ${decimals} desimal`,
            en: `cut-off ${band[edge]} must have at most ${decimals} decimals`,
          },
        });
      }
    }
    if (toSteps(band.min) > toSteps(band.max)) {
      issues.push({
        path: `${path}.min`,
        message: {
          id: `kategori "${band.category}": batas bawah lebih besar dari batas atas`,
          en: `category "${band.category}": minimum is above maximum`,
        },
      });
    }
    const lower = bands[b + 1];
    if (lower !== undefined && toSteps(band.min) !== toSteps(lower.max) + 1) {
      const expected = (toSteps(lower.max) + 1) / scale;
      issues.push({
        path: `${path}.min`,
        message: {
          id: `kategori "${band.category}" harus mulai dari ${show(expected, 'id')} (tepat di atas ${show(lower.max, 'id')} kategori "${lower.category}"), tanpa celah atau tumpang tindih`,
          en: `category "${band.category}" must start at ${show(expected, 'en')} (just above ${show(lower.max, 'en')} of category "${lower.category}"), with no gap or overlap`,
        },
      });
    }
  });
  const best = bands[0];
  const worst = bands[bands.length - 1];
  if (best !== undefined && toSteps(best.max) !== 100 * scale) {
    issues.push({
      path: 'classification.bands[0].max',
      message: { id: 'kategori terbaik harus berakhir di 100', en: 'the best category must end at 100' },
    });
  }
  if (worst !== undefined && toSteps(worst.min) !== 0) {
    issues.push({
      path: `classification.bands[${bands.length - 1}].min`,
      message: { id: 'kategori terendah harus mulai dari 0', en: 'the lowest category must start at 0' },
    });
  }
  return issues;
}

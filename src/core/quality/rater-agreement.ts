/**
 * Agreement between two assessors who scored the same questions blind (docs/evidence-integrity.md, "Assessor
 * quality control"). Pure. Levels are ordinal (0–3): a one-level disagreement matters less than a three-level
 * one, so kappa is weighted (Cohen 1968).
 */
export interface RatedPair {
  first: number;
  second: number;
}

/** Share of pairs with the same level, 0–1; null without pairs. */
export function percentAgreement(pairs: readonly RatedPair[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter((pair) => pair.first === pair.second).length / pairs.length;
}

export type KappaWeights = 'linear' | 'quadratic';

/**
 * Weighted Cohen's kappa over the ordered `levels` (e.g. [0, 1, 2, 3]): 1 − Σ w·observed / Σ w·expected, with
 * disagreement weights |i − j| / (k − 1) (linear) or its square (quadratic). Null when it is undefined: no
 * pairs, or both assessors used one same level throughout (no expected disagreement).
 */
export function weightedKappa(
  pairs: readonly RatedPair[],
  levels: readonly number[],
  weights: KappaWeights = 'linear',
): number | null {
  const k = levels.length;
  if (pairs.length === 0 || k < 2) return null;
  const index = new Map(levels.map((level, position) => [level, position]));
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const firstTotals = new Array<number>(k).fill(0);
  const secondTotals = new Array<number>(k).fill(0);
  for (const pair of pairs) {
    const i = index.get(pair.first);
    const j = index.get(pair.second);
    if (i === undefined || j === undefined)
      throw new RangeError(`level outside the scale: ${pair.first}/${pair.second}`);
    const row = observed[i];
    if (row) row[j] = (row[j] ?? 0) + 1;
    firstTotals[i] = (firstTotals[i] ?? 0) + 1;
    secondTotals[j] = (secondTotals[j] ?? 0) + 1;
  }
  const n = pairs.length;
  const weightOf = (i: number, j: number) => {
    const distance = Math.abs(i - j) / (k - 1);
    return weights === 'linear' ? distance : distance * distance;
  };
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i += 1)
    for (let j = 0; j < k; j += 1) {
      const weight = weightOf(i, j);
      observedDisagreement += (weight * (observed[i]?.[j] ?? 0)) / n;
      expectedDisagreement += (weight * (firstTotals[i] ?? 0) * (secondTotals[j] ?? 0)) / (n * n);
    }
  if (expectedDisagreement === 0) return null;
  return 1 - observedDisagreement / expectedDisagreement;
}

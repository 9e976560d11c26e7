/**
 * Weights are percentages with at most four decimals. Held as integers of 1/10 000 of a percent, sums are
 * exact: 9.0909 × 10 + 9.0910 is exactly 100 here, while in binary floating point it is not.
 */
export const WEIGHT_DECIMALS = 4;
const WEIGHT_SCALE = 10 ** WEIGHT_DECIMALS;
export const FULL_WEIGHT_UNITS = 100 * WEIGHT_SCALE;

export function toWeightUnits(percent: number): number {
  return Math.round(percent * WEIGHT_SCALE);
}

export function fromWeightUnits(units: number): number {
  return units / WEIGHT_SCALE;
}

export function hasAtMostWeightDecimals(percent: number): boolean {
  return Math.abs(percent * WEIGHT_SCALE - Math.round(percent * WEIGHT_SCALE)) < 1e-6;
}

/**
 * Rounds half away from zero ("half-up" as printed in Ombudsman tables) to `decimals` places.
 *
 * Binary floating point cannot hold 1.005 exactly (it is 1.00499999999999989…), so a naive
 * `Math.round(x * 100) / 100` gives 1.00. Reading the value back through 15 significant digits — the
 * precision a double guarantees — recovers the decimal the value stands for before the half is decided.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`roundHalfUp: not a finite number: ${value}`);
  }
  if (value === 0) return 0;
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  // Far from a half, the product's tiny binary error cannot change the outcome: round directly (fast path).
  if (Math.abs(scaled - floor - 0.5) > 1e-6 && Math.abs(scaled) < 1e9) {
    return (scaled - floor > 0.5 ? floor + 1 : floor) / factor;
  }
  const sign = value < 0 ? -1 : 1;
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toPrecision(15).split('e');
  const exponent = Number(exponentText);
  const [integerPart = '0', fractionPart = ''] = mantissa.split('.');
  const digits = integerPart + fractionPart;
  // Position of the decimal point inside `digits` once the exponent is applied.
  const pointIndex = integerPart.length + exponent;
  const keep = pointIndex + decimals;
  if (keep < 0) return 0;
  const padded = digits.padEnd(keep + 1, '0');
  const kept = padded.slice(0, keep) || '0';
  const roundsUp = Number(padded.charAt(keep)) >= 5;
  const rounded = BigInt(kept) + (roundsUp ? 1n : 0n);
  return (sign * Number(rounded)) / factor;
}

/** The rounded value as whole hundredths (for decimals = 2), safe for exact comparisons with cut-offs. */
export function toScaledInteger(value: number, decimals = 2): number {
  return Math.round(roundHalfUp(value, decimals) * 10 ** decimals);
}

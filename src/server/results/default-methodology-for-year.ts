/**
 * The edition a year's published results follow when the file does not say. Up to 2021 the Ombudsman used
 * three zones (Hijau ≥ 81.00, domain.md §4); the 2021 edition carries those bands, so earlier years use it too.
 * 2022–2024 have their own editions, in their corrected revision (C from 54.00, D from 32.00; the first
 * revisions had C ≥ 57 and D ≥ 37, docs/decisions/005). Later years must name theirs.
 */
export function defaultMethodologyRefForYear(year: number): string | undefined {
  if (year >= 2018 && year <= 2021) return 'ombudsman-survei-kepatuhan@2021';
  if (year >= 2022 && year <= 2024) return `ombudsman-kepatuhan@${year}r1`;
  return undefined;
}

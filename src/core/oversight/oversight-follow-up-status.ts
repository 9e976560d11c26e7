/**
 * Whether an entity followed up the Ombudsman's oversight products in full by a cut-off date (domain.md §3,
 * §4 "piagam gate", §7 "Tanpa Maladministrasi"). Pure: the scoring of an edition and the register's pages read
 * the same answer.
 */
export const oversightProductKinds = [
  'tindakan_korektif',
  'saran_perbaikan',
  'saran_penyempurnaan',
  'rekomendasi',
] as const;
export type OversightProductKind = (typeof oversightProductKinds)[number];

export const followUpStatuses = ['belum', 'sebagian', 'selesai'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/**
 * - `none`: no product was issued to the entity on or before the cut-off. The domain's condition is "has
 *   received the oversight products and followed them up in full", so `none` is NOT `all-followed-up`: an
 *   edition decides what it earns (the Opini suffix and the piagam gate must say so explicitly), and a year
 *   without register data at all is the caller's concern (the published outcome stays).
 * - `all-followed-up`: at least one product was issued by the cut-off and every one of them had its follow-up
 *   confirmed `selesai` on or before the cut-off (the latest confirmation by then counts, so a later reopening
 *   does not rewrite the past and a later confirmation does not count early).
 * - `open`: at least one product issued by the cut-off was not confirmed `selesai` by then.
 */
export type FollowedUpInFull = 'none' | 'all-followed-up' | 'open';

export interface FollowUpConfirmation {
  followUpStatus: FollowUpStatus;
  /** Calendar date (YYYY-MM-DD) in the entity's time zone. */
  confirmedOn: string;
}

export interface ProductForFollowUp {
  id: string;
  /** Calendar date (YYYY-MM-DD). */
  issuedOn: string;
  /** In any order; ties on the same date are resolved by position (later wins). */
  confirmations: readonly FollowUpConfirmation[];
}

export interface FollowUpStatusAtCutOff {
  followedUpInFull: FollowedUpInFull;
  cutOff: string;
  /** Products issued on or before the cut-off. */
  issued: number;
  followedUp: number;
  /** Ids of the issued products not confirmed `selesai` by the cut-off, in input order. */
  openProductIds: string[];
}

/** The follow-up status a product had at the end of the cut-off date: its latest confirmation by then. */
export function followUpStatusOn(
  confirmations: readonly FollowUpConfirmation[],
  cutOff: string,
): FollowUpStatus {
  let latest: FollowUpConfirmation | undefined;
  for (const confirmation of confirmations) {
    if (confirmation.confirmedOn > cutOff) continue;
    // ISO dates compare as strings; `>=` lets a later entry of the same day win.
    if (!latest || confirmation.confirmedOn >= latest.confirmedOn) latest = confirmation;
  }
  return latest?.followUpStatus ?? 'belum';
}

export function followUpStatusAtCutOff(
  products: readonly ProductForFollowUp[],
  cutOff: string,
): FollowUpStatusAtCutOff {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cutOff)) throw new RangeError(`cut-off must be YYYY-MM-DD, got ${cutOff}`);
  const issued = products.filter((product) => product.issuedOn <= cutOff);
  const openProductIds = issued
    .filter((product) => followUpStatusOn(product.confirmations, cutOff) !== 'selesai')
    .map((product) => product.id);
  const followedUpInFull: FollowedUpInFull =
    issued.length === 0 ? 'none' : openProductIds.length === 0 ? 'all-followed-up' : 'open';
  return {
    followedUpInFull,
    cutOff,
    issued: issued.length,
    followedUp: issued.length - openProductIds.length,
    openProductIds,
  };
}

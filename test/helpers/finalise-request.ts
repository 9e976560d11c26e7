/**
 * The admin's override for tests that finalise loci nobody accepted (their subject is the snapshot, not the
 * workflow): scope "all" with a reason, so the rows carry the `not-accepted` and `override` flags.
 */
export const finaliseAllOverride = {
  scope: 'all',
  reason: 'Uji otomatis: lokus belum diterima pusat diterbitkan dengan pengecualian admin.',
} as const;

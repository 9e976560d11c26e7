/** Who uses Patuh; the public has no account. */
export const roles = ['admin', 'coordinator', 'assessor', 'verifier', 'liaison'] as const;
export type Role = (typeof roles)[number];

/** The signed-in user as the policy sees them. */
export interface Actor {
  userId: string;
  role: Role;
  /** Kemendagri province codes, e.g. "16"; empty for admins. */
  provinceCodes: readonly string[];
  /** The one assessed government a liaison works for, e.g. "16.06". */
  entityCode: string | null;
}

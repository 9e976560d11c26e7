import { z } from 'zod';
import { roles } from '../core/access/roles';

export { roles };
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Kemendagri province code, e.g. "16" (Sumatera Selatan). */
export const provinceCodeSchema = z
  .string()
  .regex(/^\d{2}$/, 'kode provinsi dua digit / two-digit province code');
/** Kemendagri regency code "PP.RR" for a pemkab/pemkot, or an entity code made by admins (ministries, agencies). */
export const entityCodeSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.-]{1,31}$/, 'kode entitas tidak valid / invalid entity code');

/** What a user may see and act on, besides their role. */
export const userScopeSchema = z
  .object({
    provinceCodes: z.array(provinceCodeSchema).max(38).default([]),
    entityCode: entityCodeSchema.nullable().default(null),
  })
  .meta({ id: 'UserScope' });
export type UserScope = z.infer<typeof userScopeSchema>;

/** Who a user is and what they may reach: the part every user shape shares. */
export const userIdentitySchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  scope: userScopeSchema,
});

/** Sign-in names are e-mail addresses, compared lower-case. */
export const emailAddressSchema = z.string().trim().toLowerCase().email().max(254);

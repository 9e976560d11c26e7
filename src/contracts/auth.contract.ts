import { z } from 'zod';
import { emailAddressSchema, userIdentitySchema } from './roles.contract';

export const languageSchema = z.enum(['id', 'en']);

export const signInRequestSchema = z
  .object({
    email: emailAddressSchema,
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'SignInRequest' });

export const currentUserSchema = userIdentitySchema
  .extend({
    language: languageSchema,
    mustChangePassword: z.boolean().describe('True after an admin-issued one-time password'),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** Minimum length 12 (UU ITE-era guidance and NIST SP 800-63B); the server also rejects common passwords. */
export const newPasswordSchema = z.string().min(12).max(256);

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: newPasswordSchema })
  .meta({ id: 'ChangePasswordRequest' });

export const updateAccountRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120).optional(), language: languageSchema.optional() })
  .meta({ id: 'UpdateAccountRequest' });

export const okResponseSchema = z.object({ ok: z.literal(true) }).meta({ id: 'OkResponse' });

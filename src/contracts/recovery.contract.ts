import { z } from 'zod';
import { newPasswordSchema } from './auth.contract';
import { emailAddressSchema } from './roles.contract';

export const passwordResetAvailabilitySchema = z
  .object({
    /** "Lupa kata sandi" by e-mail works only when the server can send mail (PATUH_SMTP_URL). */
    available: z.boolean(),
  })
  .meta({ id: 'PasswordResetAvailability' });

export const requestPasswordResetSchema = z
  .object({ email: emailAddressSchema })
  .meta({ id: 'RequestPasswordReset' });

export const completePasswordResetSchema = z
  .object({
    /** The token from the e-mailed link (43 characters of base64url). */
    // Length inside the pattern, so the OpenAPI pattern alone describes the token (schema-driven clients
    // and the request fuzzer generate from it).
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
    newPassword: newPasswordSchema,
  })
  .meta({ id: 'CompletePasswordReset' });

export const oneTimePasswordSchema = z
  .object({ email: z.string(), oneTimePassword: z.string() })
  .meta({ id: 'OneTimePassword' });

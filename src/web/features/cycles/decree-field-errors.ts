import { z } from 'zod';
import { isApiError } from '../../lib/api-client';

const detailsSchema = z.array(
  z.object({
    path: z.string(),
    message: z.string(),
    messages: z.object({ id: z.string(), en: z.string() }).optional(),
  }),
);

/** The server's refusal of a decree date or embargo, per field, in the UI language. */
export function decreeFieldErrors(
  error: unknown,
  language: string,
): { decreeDate?: string; embargoAt?: string } {
  if (!isApiError(error, 'VALIDATION_FAILED')) return {};
  const details = detailsSchema.safeParse(error.details);
  if (!details.success) return {};
  const messageOf = (path: string) => {
    const detail = details.data.find((candidate) => candidate.path === path);
    if (!detail) return undefined;
    return detail.messages ? detail.messages[language === 'en' ? 'en' : 'id'] : detail.message;
  };
  return { decreeDate: messageOf('decreeDate'), embargoAt: messageOf('embargoAt') };
}

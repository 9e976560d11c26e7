import { z } from 'zod';

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().describe('In the language the request asked for (Indonesian by default)'),
      requestId: z.string().describe('Quote it when reporting a problem'),
      details: z.unknown().optional(),
      detailsTotal: z
        .number()
        .int()
        .optional()
        .describe(
          'When details is a list cut short (an import keeps its first 1,000 problems): how many in all',
        ),
    }),
  })
  .meta({ id: 'ErrorResponse' });

export type ErrorResponse = z.infer<typeof errorResponseSchema>;

import { z } from 'zod';

/**
 * Where a weight, cut-off or rule comes from. Anything not confirmed by a public source is shown to users as
 * inferred or assumed wherever the methodology is displayed (domain.md: [C], [I], [A]).
 */
export const provenanceStatusSchema = z.enum(['confirmed', 'inferred', 'assumed']);

export const provenanceSchema = z.strictObject({
  status: provenanceStatusSchema,
  note: z.string().min(1),
});

export type ProvenanceStatus = z.infer<typeof provenanceStatusSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;

import { z } from 'zod';
import { entityCodeSchema } from './roles.contract';

/** Which queue leads a role's home page: verifiers verify, coordinators approve, the centre accepts. */
export const workQueueKindSchema = z.enum(['awaiting-verification', 'ready-to-approve', 'ready-to-accept']);
export type WorkQueueKind = z.infer<typeof workQueueKindSchema>;

export const workQueueItemSchema = z.object({
  year: z.number().int(),
  entityCode: z.string(),
  entityName: z.string(),
  provinceCode: z.string().nullable(),
  /** The submitted unit (verifier's queue); null for an entity waiting as a whole. */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** When it started waiting: the unit's submission, the last unit's verification, the approval. */
  since: z.string().nullable(),
  /** Whole days waited by the server's clock; null when the time is unknown. */
  ageDays: z.number().int().nullable(),
});
export type WorkQueueItem = z.infer<typeof workQueueItemSchema>;

export const workQueueSchema = z
  .object({
    /** null: the role has no queue (assessors, liaisons). */
    kind: workQueueKindSchema.nullable(),
    /** Oldest first; at most `limit` of `total`. */
    items: z.array(workQueueItemSchema),
    total: z.number().int(),
    limit: z.number().int(),
    /** Verifiers: drawn units whose blind second scoring disagrees with the first and waits to be settled. */
    disagreements: z.array(
      z.object({
        year: z.number().int(),
        entityCode: z.string(),
        entityName: z.string(),
        unitId: z.string(),
        unitName: z.string(),
        count: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'WorkQueue' });
export type WorkQueue = z.infer<typeof workQueueSchema>;

export const acceptLociParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const acceptLociRequestSchema = z
  .object({
    /** Entity codes of approved loci of the cycle; each is accepted on its own (one audit entry each). */
    codes: z.array(entityCodeSchema).min(1).max(200),
  })
  .meta({ id: 'AcceptLociRequest' });
export type AcceptLociRequest = z.infer<typeof acceptLociRequestSchema>;

export const acceptLociResultSchema = z
  .object({
    accepted: z.array(z.string()),
    /** Loci that could not be accepted, with the reason in the caller's language. */
    refused: z.array(z.object({ code: z.string(), error: z.string(), message: z.string() })),
  })
  .meta({ id: 'AcceptLociResult' });
export type AcceptLociResult = z.infer<typeof acceptLociResultSchema>;

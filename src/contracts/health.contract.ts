import { z } from 'zod';

export const healthResponseSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.number().int().nonnegative().describe('Migrations applied to the database'),
    version: z.string().describe('Version of the running Patuh package'),
  })
  .meta({ id: 'HealthResponse' });

export const livenessResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'LivenessResponse' });

export type HealthResponse = z.infer<typeof healthResponseSchema>;

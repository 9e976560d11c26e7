import { z } from 'zod';
import { cyclePhaseCodeSchema } from '../core/cycles/cycle-phases';
import { phaseActions } from '../core/cycles/phase-actions';

const dateTimeSchema = z.string().datetime({ offset: true });
const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const cyclePhaseSchema = z
  .object({
    code: cyclePhaseCodeSchema,
    startsAt: dateTimeSchema.describe('Inclusive'),
    endsAt: dateTimeSchema.describe('Exclusive'),
  })
  .meta({ id: 'CyclePhase' });
export type CyclePhaseInput = z.infer<typeof cyclePhaseSchema>;

export const phaseStatusSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('not-started'), next: cyclePhaseCodeSchema }),
    z.object({ kind: z.literal('in-phase'), phase: cyclePhaseCodeSchema }),
    z.object({ kind: z.literal('between'), previous: cyclePhaseCodeSchema, next: cyclePhaseCodeSchema }),
    z.object({ kind: z.literal('finished') }),
  ])
  .meta({ id: 'PhaseStatus' });

export const phaseActionSchema = z.enum(phaseActions);

export const phaseDecisionSchema = z.object({
  open: z.boolean(),
  reason: bilingualSchema.nullable().describe('Why the action is closed now, when it is'),
});

export const cycleSchema = z
  .object({
    year: z.number().int(),
    methodologyRef: z.string(),
    methodologySha256: z
      .string()
      .nullable()
      .describe('Set when data collection opened: the edition is frozen'),
    frozenAt: z.string().datetime().nullable(),
    phases: z.array(cyclePhaseSchema),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    embargoAt: z.string().datetime().nullable(),
    status: phaseStatusSchema,
    actions: z.record(phaseActionSchema, phaseDecisionSchema),
    now: z.string().datetime().describe('The server time the status and actions were computed at'),
  })
  .meta({ id: 'Cycle' });
export type Cycle = z.infer<typeof cycleSchema>;

export const cycleYearSchema = z.coerce.number().int().min(2000).max(2100);
export const cycleYearParamsSchema = z.object({ year: cycleYearSchema });

const decreeFields = {
  decreeNumber: z.string().trim().min(1).max(120).nullable(),
  decreeDate: z.iso.date().nullable(),
  embargoAt: dateTimeSchema.nullable(),
};

export const createCycleRequestSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    methodologyRef: z.string().min(3).max(120).describe('"<id>@<version>" of a valid edition'),
    phases: z.array(cyclePhaseSchema).length(8),
    decreeNumber: decreeFields.decreeNumber.default(null),
    decreeDate: decreeFields.decreeDate.default(null),
    embargoAt: decreeFields.embargoAt.default(null),
  })
  .meta({ id: 'CreateCycleRequest' });
export type CreateCycleRequest = z.infer<typeof createCycleRequestSchema>;

export const updateCycleRequestSchema = z
  .object({
    methodologyRef: z.string().min(3).max(120).optional().describe('Refused once the edition is frozen'),
    phases: z.array(cyclePhaseSchema).length(8).optional(),
    decreeNumber: decreeFields.decreeNumber.optional(),
    decreeDate: decreeFields.decreeDate.optional(),
    embargoAt: decreeFields.embargoAt.optional(),
  })
  .meta({ id: 'UpdateCycleRequest' });
export type UpdateCycleRequest = z.infer<typeof updateCycleRequestSchema>;

export const cycleListSchema = z.object({ items: z.array(cycleSchema) }).meta({ id: 'CycleList' });

export const cycleEditionSchema = z
  .object({
    ref: z.string(),
    title: bilingualSchema,
    status: z.enum(['draft', 'active', 'retired']),
    sha256: z.string(),
  })
  .meta({ id: 'CycleEdition' });
export const cycleEditionListSchema = z.array(cycleEditionSchema);

import { z } from 'zod';
import { entityCodeSchema } from './roles.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** Same values as the locus_units.status column. */
export const locusUnitStatuses = ['draft', 'submitted', 'returned', 'verified', 'locked'] as const;
export const locusUnitStatusSchema = z.enum(locusUnitStatuses);
export type LocusUnitStatus = z.infer<typeof locusUnitStatusSchema>;
export const locusApprovalSchema = z.enum(['open', 'approved', 'accepted']);
export type LocusApproval = z.infer<typeof locusApprovalSchema>;

export const unitWorkflowParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  code: entityCodeSchema,
  unitId: z.string().uuid(),
});

export const locusWorkflowParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  code: entityCodeSchema,
});

/** Whether the signed-in user may press a workflow button now, and if not why (id/en). */
export const workflowActionStateSchema = z.object({
  /** The user's role may ever do this here (otherwise the button is not shown). */
  visible: z.boolean(),
  enabled: z.boolean(),
  reason: bilingualSchema.nullable(),
});
export type WorkflowActionState = z.infer<typeof workflowActionStateSchema>;

/** What still keeps a unit from being submitted. `surveyQuota` only warns: it never blocks submission. */
export const submissionCheckSchema = z
  .object({
    isComplete: z.boolean().describe('Nothing blocks submission (the survey quota only warns)'),
    missingRoles: z.array(
      z.object({
        role: z.string(),
        text: bilingualSchema,
        present: z.number().int(),
        required: z.number().int(),
      }),
    ),
    unansweredIndicators: z.array(
      z.object({
        indicatorCode: z.string(),
        text: bilingualSchema,
        /** Who has not answered yet; empty when nobody of the asked roles is recorded. */
        respondents: z.array(z.string()),
      }),
    ),
    missingEvidence: z.array(
      z.object({ indicatorCode: z.string(), text: bilingualSchema, respondent: z.string() }),
    ),
    surveyQuota: z.object({
      responses: z.number().int(),
      target: z.number().int(),
      reached: z.boolean(),
    }),
    messages: z.array(bilingualSchema).describe('Each problem in one line, blocking ones first'),
    gaps: z
      .array(z.object({ key: z.string(), text: bilingualSchema }))
      .describe('Each blocking problem with a stable key: the verifier overrides one only with a note'),
  })
  .meta({ id: 'SubmissionCheck' });
export type SubmissionCheck = z.infer<typeof submissionCheckSchema>;

export const reviewNoteSchema = z.object({
  id: z.string().uuid(),
  indicatorCode: z.string().nullable(),
  note: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string().datetime({ offset: true }),
  resolvedAt: z.string().datetime({ offset: true }).nullable(),
});

/** Reopened for correction after the field work (an accepted objection or a decision), and why. */
export const unitCorrectionSchema = z.object({
  openedAt: z.string().datetime({ offset: true }),
  reason: z.string(),
});
/** A gap the verifier let through, with the verifier's note. */
export const verificationOverrideSchema = z.object({ key: z.string(), text: z.string(), note: z.string() });

export const unitWorkflowSchema = z
  .object({
    status: locusUnitStatusSchema,
    statusChangedAt: z.string().datetime({ offset: true }).nullable(),
    locusApproval: locusApprovalSchema,
    check: submissionCheckSchema,
    actions: z.object({
      submit: workflowActionStateSchema,
      return: workflowActionStateSchema,
      verify: workflowActionStateSchema,
      reopen: workflowActionStateSchema,
      /** Coordinator or centre: reopen the unit for correction (objection window, determination). */
      openCorrection: workflowActionStateSchema,
    }),
    /** Indicators of the unit's forms, for notes per indicator. */
    indicators: z.array(z.object({ code: z.string(), text: bilingualSchema })),
    notes: z.array(reviewNoteSchema).describe('Review notes, newest first'),
    correction: unitCorrectionSchema.nullable(),
    verificationOverrides: z.array(verificationOverrideSchema),
  })
  .meta({ id: 'UnitWorkflow' });
export type UnitWorkflow = z.infer<typeof unitWorkflowSchema>;

export const returnUnitRequestSchema = z
  .object({
    notes: z
      .array(
        z.object({
          indicatorCode: z.string().min(1).max(40).nullable(),
          note: z.string().trim().min(1).max(2000),
        }),
      )
      .min(1)
      .max(100),
  })
  .meta({ id: 'ReturnUnitRequest' });
export type ReturnUnitRequest = z.infer<typeof returnUnitRequestSchema>;

export const locusApprovalStateSchema = z
  .object({
    approval: locusApprovalSchema,
    approvedAt: z.string().datetime({ offset: true }).nullable(),
    approvedBy: z.string().nullable(),
    acceptedAt: z.string().datetime({ offset: true }).nullable(),
    acceptedBy: z.string().nullable(),
    units: z.array(
      z.object({
        unitId: z.string().uuid(),
        name: z.string(),
        status: locusUnitStatusSchema,
        /** Reopened for correction after the field work (an accepted objection or a decision), and why. */
        correction: unitCorrectionSchema.nullable(),
        /** Gaps the verifier let through, each with its note: shown to the coordinator before approving. */
        verificationOverrides: z.array(verificationOverrideSchema),
      }),
    ),
    actions: z.object({
      approve: workflowActionStateSchema,
      accept: workflowActionStateSchema,
      withdrawApproval: workflowActionStateSchema,
      withdrawAcceptance: workflowActionStateSchema,
    }),
  })
  .meta({ id: 'LocusApprovalState' });
export type LocusApprovalState = z.infer<typeof locusApprovalStateSchema>;

/** Taking back an approval or acceptance, or reopening a unit for correction, always says why. */
export const workflowReasonRequestSchema = z
  .object({ reason: z.string().trim().min(10).max(2000) })
  .meta({ id: 'WorkflowReasonRequest' });
export type WorkflowReasonRequest = z.infer<typeof workflowReasonRequestSchema>;

/** A gap of the completeness check let through by the verifier, with the note that says why. */
export const verifyUnitRequestSchema = z
  .object({
    overrides: z
      .array(z.object({ key: z.string().min(1).max(300), note: z.string().trim().min(5).max(2000) }))
      .max(500)
      .default([]),
  })
  .meta({ id: 'VerifyUnitRequest' });
export type VerifyUnitRequest = z.infer<typeof verifyUnitRequestSchema>;

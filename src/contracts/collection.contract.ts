import { z } from 'zod';
import { collectionEvidenceItemSchema, integrityDecisionStateSchema } from './evidence-integrity.contract';
import { locusParamsSchema } from './loci.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** A locus unit: the entity's code and the unit's stable id (units.id). */
export const collectionUnitParamsSchema = locusParamsSchema.extend({ unitId: z.string().uuid() });
export type CollectionUnitParams = z.infer<typeof collectionUnitParamsSchema>;

export const respondentParamsSchema = collectionUnitParamsSchema.extend({ respondentId: z.string().uuid() });

const respondentFields = {
  name: z.string().trim().min(1).max(200),
  jobTitle: z.string().trim().max(200).default(''),
  /** Asked of service officers: civil servant (ASN) or not. */
  employment: z.enum(['asn', 'non-asn']).nullable().default(null),
  /** The decree (SK) appointing a complaint officer; required for that role. */
  decreeNumber: z.string().trim().min(1).max(120).nullable().default(null),
  decreeDate: z.iso.date().nullable().default(null),
  interviewedOn: z.iso.date().nullable().default(null),
};

export const createRespondentRequestSchema = z
  .object({ roleCode: z.string().trim().min(1).max(60), ...respondentFields })
  .meta({ id: 'CreateRespondentRequest' });
export type CreateRespondentRequest = z.infer<typeof createRespondentRequestSchema>;

export const updateRespondentRequestSchema = z
  .object({ ...respondentFields, expectedVersion: z.number().int().min(1) })
  .meta({ id: 'UpdateRespondentRequest' });
export type UpdateRespondentRequest = z.infer<typeof updateRespondentRequestSchema>;

export const respondentSchema = z
  .object({
    id: z.string().uuid(),
    roleCode: z.string(),
    name: z.string(),
    jobTitle: z.string(),
    employment: z.enum(['asn', 'non-asn']).nullable(),
    decreeNumber: z.string().nullable(),
    decreeDate: z.string().nullable(),
    interviewedOn: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FieldRespondent' });
export type RespondentDto = z.infer<typeof respondentSchema>;

export const roleProgressSchema = z.object({
  code: z.string(),
  text: bilingualSchema,
  requiredCount: z.number().int(),
  recorded: z.number().int(),
});
export type RoleProgress = z.infer<typeof roleProgressSchema>;

export const respondentListSchema = z
  .object({
    respondents: z.array(respondentSchema),
    roles: z.array(roleProgressSchema).describe('The unit-scoped official roles of the edition'),
    missingRoles: z.array(z.string()).describe('Role codes with fewer respondents than required'),
  })
  .meta({ id: 'RespondentList' });
export type RespondentList = z.infer<typeof respondentListSchema>;

export const respondentSavedSchema = respondentListSchema
  .extend({ respondent: respondentSchema })
  .meta({ id: 'RespondentSaved' });
export type RespondentSaved = z.infer<typeof respondentSavedSchema>;

export const answerSchema = z
  .object({
    id: z.string().uuid(),
    respondentId: z.string().uuid().nullable(),
    indicatorCode: z.string(),
    level: z.number().int().nullable(),
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable().describe('Name of who saved it last'),
    evidence: z.array(collectionEvidenceItemSchema),
  })
  .meta({ id: 'FieldAnswer' });
export type AnswerDto = z.infer<typeof answerSchema>;

export const saveAnswerRequestSchema = z
  .object({
    respondentId: z.string().uuid().nullable(),
    indicatorCode: z.string().trim().min(1).max(60),
    level: z.number().int().nullable(),
    note: z.string().max(5000),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .describe('The version read; 0 when the answer does not exist yet'),
  })
  .meta({ id: 'SaveAnswerRequest' });
export type SaveAnswerRequest = z.infer<typeof saveAnswerRequestSchema>;

const collectionMethodSchema = z.enum([
  'interview',
  'observation',
  'document',
  'survey',
  'complaint-records',
]);

export const formQuestionSchema = z.object({
  indicatorCode: z.string(),
  text: bilingualSchema,
  dimensionCode: z.string(),
  dimensionText: bilingualSchema,
  method: collectionMethodSchema,
  levels: z.array(z.object({ value: z.number().int(), label: bilingualSchema })),
  evidenceRule: z.string(),
  needsEvidence: z.boolean(),
});
export type FormQuestionDto = z.infer<typeof formQuestionSchema>;

export const collectionFormsSchema = z.object({
  /** Per official role: the interview questions put to that respondent. */
  interviews: z.array(
    z.object({ roleCode: z.string(), roleText: bilingualSchema, questions: z.array(formQuestionSchema) }),
  ),
  /** Per unit-level method (observation, document, complaint records): recorded by the assessor. */
  checklists: z.array(z.object({ method: collectionMethodSchema, questions: z.array(formQuestionSchema) })),
});
export type CollectionFormsDto = z.infer<typeof collectionFormsSchema>;

export const reviewNoteSchema = z.object({
  id: z.string().uuid(),
  indicatorCode: z.string().nullable(),
  note: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});

export const provisionalScoreSchema = z
  .object({
    score: z.number(),
    roundedScore: z.number(),
    category: z.string(),
    label: bilingualSchema,
    zone: z.string(),
    zoneLabel: bilingualSchema,
    colour: z.string(),
    dimensions: z.array(z.object({ code: z.string(), text: bilingualSchema, score: z.number().nullable() })),
    answeredCount: z.number().int().describe('Official and checklist answers with a level'),
    expectedCount: z
      .number()
      .int()
      .describe('Checklist questions + each role’s questions × its required count'),
    missingEvidence: z
      .object({
        points: z
          .number()
          .describe('Rounded score if no indicator required evidence, minus the rounded score'),
        answers: z.array(
          z.object({
            indicatorCode: z.string(),
            indicatorText: bilingualSchema,
            respondentId: z.string().nullable().describe('The official; null for the unit-level checklist'),
            level: z.number().int(),
            effectiveLevel: z.number().int().describe('The level that counted without the evidence'),
          }),
        ),
      })
      .describe('What missing evidence costs: the answers whose claimed level counts lower without it'),
  })
  .meta({ id: 'ProvisionalUnitScore' });
export type ProvisionalScore = z.infer<typeof provisionalScoreSchema>;

export const unitCollectionSchema = z
  .object({
    year: z.number().int(),
    entity: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
    unit: z.object({ id: z.string().uuid(), name: z.string(), unitTypeCode: z.string() }),
    status: z.enum(['draft', 'submitted', 'returned', 'verified', 'locked']),
    editable: z.boolean(),
    notEditableReason: bilingualSchema.nullable(),
    methodologyRef: z.string(),
    forms: collectionFormsSchema,
    ...respondentListSchema.shape,
    answers: z.array(answerSchema),
    reviewNotes: z.array(reviewNoteSchema),
    provisionalScore: provisionalScoreSchema
      .nullable()
      .describe('Never published; collection.read roles only'),
    integrityDecision: integrityDecisionStateSchema.describe(
      'Whether the actor may decide integrity flags now',
    ),
  })
  .meta({ id: 'UnitCollection' });
export type UnitCollection = z.infer<typeof unitCollectionSchema>;

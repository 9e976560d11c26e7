import { z } from 'zod';
import { surveyResponseFlags } from '../core/survey/flag-survey-responses';
import { locusParamsSchema } from './loci.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** The staff routes name the entity's locus: /api/cycles/:year/loci/:code/trust-survey. */
export const trustSurveyParamsSchema = locusParamsSchema;

export const trustQuestionSchema = z.object({
  code: z.string(),
  text: bilingualSchema,
  /** 1 (least trust) … 4 or 5; "tidak tahu" is answered as 0. */
  levels: z.array(z.object({ value: z.number().int(), label: bilingualSchema })),
  dontKnow: bilingualSchema,
});
export type TrustQuestion = z.infer<typeof trustQuestionSchema>;

export const trustScoreSchema = z.object({
  /** Provisional: 0–100 over the counted responses, null while none gave a known answer. */
  score0to100: z.number().nullable(),
  responses: z.number().int().min(0),
  excluded: z.number().int().min(0),
  questions: z.array(
    z.object({
      code: z.string(),
      score: z.number().nullable(),
      known: z.number().int().min(0),
      dontKnow: z.number().int().min(0),
    }),
  ),
});

export const trustSurveySchema = z
  .object({
    /** Short random code of the public link (/k/<code>); null until someone makes it. */
    code: z.string().nullable(),
    url: z.string().nullable(),
    entityName: z.string(),
    /** Counted responses against the question set's target. */
    responses: z.number().int().min(0),
    target: z.number().int().min(0),
    open: z.boolean(),
    closedReason: bilingualSchema.nullable(),
    questionSetCode: z.string(),
    questions: z.array(trustQuestionSchema),
    score: trustScoreSchema,
  })
  .meta({ id: 'TrustSurvey' });
export type TrustSurveyDto = z.infer<typeof trustSurveySchema>;

export const publicTrustSurveySchema = z
  .object({
    code: z.string(),
    entityName: z.string(),
    open: z.boolean(),
    closedReason: bilingualSchema.nullable(),
    alreadyAnswered: z.boolean(),
    responses: z.number().int().min(0),
    target: z.number().int().min(0),
    questions: z.array(trustQuestionSchema),
  })
  .meta({ id: 'PublicTrustSurvey' });
export type PublicTrustSurveyDto = z.infer<typeof publicTrustSurveySchema>;

export const trustResponseRequestSchema = z
  .object({
    /** Question code → level (0 = tidak tahu); every question must be answered. */
    answers: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'TrustResponseRequest' });

export const trustResponseResultSchema = z
  .object({ recorded: z.literal(true), responses: z.number().int(), target: z.number().int() })
  .meta({ id: 'TrustResponseResult' });

export const trustResponseParamsSchema = trustSurveyParamsSchema.extend({ responseId: z.string().uuid() });

export const trustResponseItemSchema = z
  .object({
    id: z.string().uuid(),
    submittedAt: z.string().datetime(),
    answers: z.record(z.string(), z.number().int()),
    /** Per-entity pseudonym of address + user agent; neither can be read from it. */
    client: z.string().nullable(),
    flags: z.array(z.enum(surveyResponseFlags)),
    excluded: z.boolean(),
    exclusion: z
      .object({ note: z.string(), at: z.string().datetime(), byName: z.string().nullable() })
      .nullable(),
  })
  .meta({ id: 'TrustResponseItem' });
export type TrustResponseItemDto = z.infer<typeof trustResponseItemSchema>;

export const trustResponsesSchema = z
  .object({
    responses: z.array(trustResponseItemSchema),
    counted: z.number().int().min(0),
    excluded: z.number().int().min(0),
    flagged: z.number().int().min(0),
    score: trustScoreSchema,
    exclusion: z.object({ open: z.boolean(), reason: bilingualSchema.nullable() }),
  })
  .meta({ id: 'TrustResponses' });
export type TrustResponsesDto = z.infer<typeof trustResponsesSchema>;

export const trustResponseExclusionRequestSchema = z
  .object({ excluded: z.boolean(), note: z.string().trim().min(3).max(1000) })
  .meta({ id: 'TrustResponseExclusionRequest' });
export type TrustResponseExclusionRequest = z.infer<typeof trustResponseExclusionRequestSchema>;

import { z } from 'zod';
import { surveyResponseFlags } from '../core/survey/flag-survey-responses';
import { collectionUnitParamsSchema } from './collection.contract';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** The staff view of a unit's service-user survey: its public link (once made) and the live quota. */
export const unitSurveyParamsSchema = collectionUnitParamsSchema;

export const unitSurveySchema = z
  .object({
    /** Short random code of the public link; null until someone asks for the link. */
    code: z.string().nullable(),
    url: z.string().nullable(),
    responses: z.number().int().min(0),
    /** The quota: the edition's required count of service users (an assumption: per unit, see docs). */
    target: z.number().int().min(0),
  })
  .meta({ id: 'UnitSurvey' });
export type UnitSurveyDto = z.infer<typeof unitSurveySchema>;

/** Codes are made from an alphabet without look-alike characters (no 0/O, 1/I/L). */
export const surveyCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const surveyCodeLength = 8;

/** Any text: a code that is not one (wrong length, letters outside the alphabet) is simply not found. */
export const publicSurveyParamsSchema = z.object({ code: z.string().max(64) });

export const surveyQuestionSchema = z.object({
  indicatorCode: z.string(),
  text: bilingualSchema,
  /**
   * One plain sentence saying what the question asks, for the public (methodologies/survey-explanations.json,
   * kept beside the frozen editions); null when none is written for the edition.
   */
  explanation: bilingualSchema.nullable(),
  levels: z.array(z.object({ value: z.number().int(), label: bilingualSchema })),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const publicSurveySchema = z
  .object({
    code: z.string(),
    unitName: z.string(),
    entityName: z.string(),
    /** Answers are taken only while the cycle collects data and the unit is still with its assessors. */
    open: z.boolean(),
    closedReason: bilingualSchema.nullable(),
    /** This device already answered this unit's survey. */
    alreadyAnswered: z.boolean(),
    responses: z.number().int().min(0),
    target: z.number().int().min(0),
    questions: z.array(surveyQuestionSchema),
    /** The cycle asks for proof of service: the page offers a registration or receipt number field. */
    proofRequired: z.boolean(),
  })
  .meta({ id: 'PublicSurvey' });
export type PublicSurveyDto = z.infer<typeof publicSurveySchema>;

export const surveyResponseRequestSchema = z
  .object({
    /** Indicator code → the level chosen on its scale; every question must be answered. */
    levels: z.record(z.string(), z.number().int()),
    /** Proof of service where the cycle asks for it; unique per unit (409 SURVEY_RECEIPT_USED). */
    receiptNumber: z.string().max(200).optional(),
  })
  .meta({ id: 'SurveyResponseRequest' });
export type SurveyResponseRequest = z.infer<typeof surveyResponseRequestSchema>;

export const surveyResponseResultSchema = z
  .object({ recorded: z.literal(true), responses: z.number().int(), target: z.number().int() })
  .meta({ id: 'SurveyResponseResult' });

/** Why a response looks stuffed (see core/survey/flag-survey-responses): a hint for the verifier, never a verdict. */
export const surveyResponseFlagSchema = z.enum([
  ...surveyResponseFlags,
  // The cycle asks for proof of service and this answer has none (no receipt number, not seen by the team).
  'no-proof',
]);

export const surveyResponseParamsSchema = unitSurveyParamsSchema.extend({ responseId: z.string().uuid() });

export const surveyResponseItemSchema = z
  .object({
    id: z.string().uuid(),
    submittedAt: z.string().datetime(),
    levels: z.record(z.string(), z.number().int()),
    /**
     * A short pseudonym of the client (address + user agent), the same for its responses to this unit only;
     * null when unknown. Neither the address nor the user agent can be read from it.
     */
    client: z.string().nullable(),
    flags: z.array(surveyResponseFlagSchema),
    excluded: z.boolean(),
    exclusion: z
      .object({ note: z.string(), at: z.string().datetime(), byName: z.string().nullable() })
      .nullable(),
    /** Proof of service: the receipt number given, or when the field team saw proof at the counter. */
    proof: z.object({ receiptNumber: z.string().nullable(), seenAt: z.string().datetime().nullable() }),
    /**
     * Arrived after the unit was submitted for verification (the survey stays open for the whole data-collection
     * phase). It counts like any other answer unless excluded; the verifier is shown it as such.
     */
    afterSubmission: z.boolean(),
  })
  .meta({ id: 'SurveyResponseItem' });
export type SurveyResponseItemDto = z.infer<typeof surveyResponseItemSchema>;

export const unitSurveyResponsesSchema = z
  .object({
    /** Newest first. */
    responses: z.array(surveyResponseItemSchema),
    /** Responses that count in scoring and in the quota (not excluded). */
    counted: z.number().int().min(0),
    excluded: z.number().int().min(0),
    flagged: z.number().int().min(0),
    /** Responses that arrived after the unit was submitted (counted or excluded). */
    afterSubmission: z.number().int().min(0),
    /** Whether this actor may exclude or re-include now, and why not. */
    exclusion: z.object({ open: z.boolean(), reason: bilingualSchema.nullable() }),
  })
  .meta({ id: 'UnitSurveyResponses' });
export type UnitSurveyResponsesDto = z.infer<typeof unitSurveyResponsesSchema>;

export const surveyResponseExclusionRequestSchema = z
  .object({
    /** true keeps the response out of scoring and quota counts; false counts it again. */
    excluded: z.boolean(),
    /** Why, for the audit trail and the team: required both ways. */
    note: z.string().trim().min(3).max(1000),
  })
  .meta({ id: 'SurveyResponseExclusionRequest' });
export type SurveyResponseExclusionRequest = z.infer<typeof surveyResponseExclusionRequestSchema>;

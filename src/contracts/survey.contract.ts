import { z } from 'zod';
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
  })
  .meta({ id: 'PublicSurvey' });
export type PublicSurveyDto = z.infer<typeof publicSurveySchema>;

export const surveyResponseRequestSchema = z
  .object({
    /** Indicator code → the level chosen on its scale; every question must be answered. */
    levels: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'SurveyResponseRequest' });
export type SurveyResponseRequest = z.infer<typeof surveyResponseRequestSchema>;

export const surveyResponseResultSchema = z
  .object({ recorded: z.literal(true), responses: z.number().int(), target: z.number().int() })
  .meta({ id: 'SurveyResponseResult' });

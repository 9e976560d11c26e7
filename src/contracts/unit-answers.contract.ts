import { z } from 'zod';
import type { EntityAnswers, UnitAnswers } from '../core';

const codeText = z.string().min(1).max(200);

export const respondentSchema = z
  .strictObject({
    id: codeText.describe('Unique within the unit, e.g. "kepala-unit-1"'),
    role: codeText.describe('A respondent role code of the methodology, e.g. "kepala-unit"'),
    name: z.string().max(200).optional(),
  })
  .meta({ id: 'Respondent' });

export const answerSchema = z
  .strictObject({
    indicator: codeText.describe('Indicator code of the methodology, e.g. "PRS-01"'),
    respondent: codeText.describe('Respondent id within the same unit'),
    level: z.number().int().describe('A level of the indicator\u2019s scale, e.g. 0–3'),
    evidence: z.array(z.string().min(1)).optional().describe('Supporting documents (ids or file names)'),
  })
  .meta({ id: 'Answer' });

export const unitAnswersSchema = z
  .strictObject({
    code: codeText,
    name: codeText,
    type: codeText.describe('A unit type code of the methodology, e.g. "dinas-sosial"'),
    serviceProducts: z.number().int().min(0).optional(),
    respondents: z.array(respondentSchema),
    answers: z.array(answerSchema),
  })
  .meta({ id: 'UnitAnswers' }) satisfies z.ZodType<UnitAnswers>;

export const entityAnswersSchema = z
  .strictObject({
    code: codeText.describe('e.g. the Kemendagri region code "16.06"'),
    name: codeText,
    kind: codeText.describe('An entity kind code of the methodology, e.g. "pemkab"'),
    province: codeText.optional(),
    oversight: z
      .strictObject({
        ignoredProducts: z.number().int().min(0),
        followedUpFindings: z.boolean(),
      })
      .optional(),
    publicTrustScore: z.number().min(0).max(100).optional(),
    units: z.array(unitAnswersSchema).min(1),
  })
  .meta({ id: 'EntityAnswers' }) satisfies z.ZodType<EntityAnswers>;

/** The file `patuh score` and `patuh plan` read: one entity (with one or more units) under one edition. */
export const answersFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal('patuh-answers@1'),
    methodology: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*@[0-9A-Za-z][0-9A-Za-z.-]*$/)
      .describe('Edition reference "<id>@<version>", e.g. "ombudsman-kepatuhan@2024"'),
    entity: entityAnswersSchema,
  })
  .meta({ id: 'AnswersFile' });

export type AnswersFile = z.infer<typeof answersFileSchema>;

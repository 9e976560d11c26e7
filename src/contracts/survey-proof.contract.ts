import { z } from 'zod';
import { cycleYearParamsSchema } from './cycles.contract';
import { surveyResponseParamsSchema } from './survey.contract';

export const surveyProofParamsSchema = cycleYearParamsSchema;

/**
 * Whether a cycle's service-user survey asks for proof of service (a registration or receipt number, or the
 * field team's mark that they saw proof), and whether answers without proof count. A per-cycle setting until
 * editions can declare it (docs/decisions/006-public-trust-survey.md).
 */
export const surveyProofSettingSchema = z
  .object({
    proofRequired: z.boolean(),
    /** count: answers without proof count, flagged `no-proof`; exclude: they are kept but left out. */
    noProofRule: z.enum(['count', 'exclude']),
  })
  .meta({ id: 'SurveyProofSetting' });
export type SurveyProofSettingDto = z.infer<typeof surveyProofSettingSchema>;

export const surveyProofSeenParamsSchema = surveyResponseParamsSchema;

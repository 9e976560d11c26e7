import { z } from 'zod';
import { localizedTextSchema } from '../methodology/localized-text.schema';

/** The level stored for "tidak tahu" (don't know): it never counts towards the score. */
export const dontKnowLevel = 0;

const provenanceSchema = z.strictObject({
  status: z.enum(['confirmed', 'inferred', 'assumed']),
  /** Why the question, its wording or the number is what it is: the instrument is not published. */
  reasoning: z.string().min(1),
});

/**
 * The questions of the public-trust survey (Survei Kepercayaan Masyarakat) and their scale. An edition may declare
 * its own instrument; until editions carry one, `methodologies/ombudsman-opini/public-trust-questions.json` is used.
 */
export const publicTrustQuestionSetSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9-]+$/),
    title: localizedTextSchema,
    provenance: provenanceSchema,
    /** Responses wanted per entity (the quota shown to staff and on the page). */
    target: z.number().int().min(1),
    targetProvenance: provenanceSchema,
    scale: z.strictObject({
      /** Levels from least (1) to most trust; 1–4 or 1–5. */
      levels: z
        .array(z.strictObject({ value: z.number().int().min(1), label: localizedTextSchema }))
        .min(4)
        .max(5),
      dontKnow: localizedTextSchema,
      provenance: provenanceSchema,
    }),
    questions: z
      .array(
        z.strictObject({
          code: z.string().regex(/^[A-Z0-9-]+$/),
          text: localizedTextSchema,
          provenance: provenanceSchema,
        }),
      )
      .min(1),
  })
  .superRefine((set, context) => {
    set.scale.levels.forEach((level, index) => {
      if (level.value !== index + 1)
        context.addIssue({
          code: 'custom',
          path: ['scale', 'levels', index],
          message: 'levels must be 1, 2, … in order',
        });
    });
    const codes = set.questions.map((question) => question.code);
    if (new Set(codes).size !== codes.length)
      context.addIssue({ code: 'custom', path: ['questions'], message: 'question codes must be unique' });
  });

export type PublicTrustQuestionSet = z.infer<typeof publicTrustQuestionSetSchema>;

/** The highest level of the set's scale (4 or 5). */
export function maxTrustLevel(set: PublicTrustQuestionSet): number {
  return set.scale.levels.length;
}

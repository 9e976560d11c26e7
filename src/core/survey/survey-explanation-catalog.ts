import { z } from 'zod';
import { codeSchema } from '../methodology/code.schema';
import { localizedTextSchema } from '../methodology/localized-text.schema';
import { provenanceSchema } from '../methodology/provenance.schema';

const editionRefSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*@[0-9A-Za-z][0-9A-Za-z.-]*$/, 'id@version');

/**
 * One plain sentence per survey question, for the member of the public who answers it ("Penundaan berlarut" is
 * the Ombudsman's term, not a citizen's). Editions are frozen once a cycle uses them (their content hash is
 * recorded), so the explanations live beside them in `methodologies/survey-explanations.json`, keyed by
 * edition and question code; adding or rewording one changes no edition's hash and no score.
 */
export const surveyExplanationCatalogSchema = z.strictObject({
  $schema: z.string().optional(),
  sets: z
    .array(
      z.strictObject({
        /** The editions whose survey questions these explain ("<id>@<version>"). */
        editions: z.array(editionRefSchema).min(1),
        provenance: provenanceSchema,
        /** Question (indicator) code → one line, Indonesian and English. */
        questions: z.record(codeSchema, localizedTextSchema),
      }),
    )
    .min(1),
});

export type SurveyExplanationCatalog = z.infer<typeof surveyExplanationCatalogSchema>;
export type SurveyExplanation = z.infer<typeof localizedTextSchema>;

/** The explanation of one question of one edition, or undefined when the catalogue has none. */
export function findSurveyExplanation(
  catalog: SurveyExplanationCatalog,
  editionRef: string,
  questionCode: string,
): SurveyExplanation | undefined {
  for (const set of catalog.sets) {
    if (!set.editions.includes(editionRef)) continue;
    const text = set.questions[questionCode];
    if (text) return text;
  }
  return undefined;
}

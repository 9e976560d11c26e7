import { z } from 'zod';
import { CoreError, formatIssuePath, type ValidationIssue } from '../errors/core-error';
import { checkClassificationBands } from './check-classification-bands';
import { checkMethodologyReferences } from './check-methodology-references';
import { checkMethodologyWeights } from './check-methodology-weights';
import { type Methodology, methodologySchema } from './methodology.schema';

export type MethodologyValidation =
  | { ok: true; methodology: Methodology; issues: readonly [] }
  | { ok: false; issues: readonly ValidationIssue[] };

/**
 * Checks an edition completely: its shape first (zod), then what a schema cannot express — references
 * between codes, weights summing to 100, bands covering 0–100. Returns every problem, not just the first.
 */
export function validateMethodology(input: unknown): MethodologyValidation {
  const parsed = methodologySchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map(toBilingualIssue) };
  }
  const methodology = parsed.data;
  const issues = [
    ...checkMethodologyReferences(methodology),
    ...checkMethodologyWeights(methodology),
    ...checkClassificationBands(methodology),
  ];
  return issues.length === 0 ? { ok: true, methodology, issues: [] } : { ok: false, issues };
}

/** The edition, or a CoreError listing every problem: a methodology that fails validation is never used. */
export function assertValidMethodology(input: unknown): Methodology {
  const validation = validateMethodology(input);
  if (validation.ok) return validation.methodology;
  throw new CoreError(
    'METHODOLOGY_INVALID',
    {
      id: `Metodologi tidak valid (${validation.issues.length} masalah)`,
      en: `Invalid methodology (${validation.issues.length} problems)`,
    },
    validation.issues,
  );
}

const indonesianErrors = z.locales.id().localeError;
const englishErrors = z.locales.en().localeError;

function toBilingualIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const raw = issue as unknown as z.core.$ZodRawIssue;
  return {
    path: formatIssuePath(issue.path),
    message: {
      id: localeMessage(indonesianErrors(raw)) ?? issue.message,
      en: localeMessage(englishErrors(raw)) ?? issue.message,
    },
  };
}

function localeMessage(result: string | { message: string } | undefined | null): string | undefined {
  if (result === undefined || result === null) return undefined;
  return typeof result === 'string' ? result : result.message;
}

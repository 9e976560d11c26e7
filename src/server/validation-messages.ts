import type { FastifySchemaValidationError } from 'fastify/types/schema';
import { z } from 'zod';

type Language = 'id' | 'en';

const localeErrors = { id: z.locales.id().localeError, en: z.locales.en().localeError };

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Request-validation problems in the request's language. zod's default messages are English; this renders
 * each issue again through zod's Indonesian or English locale. A message the schema sets itself (already
 * bilingual in our contracts) is kept as written.
 */
export function describeValidationProblems(
  problems: readonly FastifySchemaValidationError[],
  context: string | undefined,
  language: Language,
): FieldProblem[] {
  return problems.map((problem) => {
    const issue = { ...problem.params, code: problem.keyword, message: problem.message } as Parameters<
      (typeof localeErrors)['en']
    >[0] & { message?: string };
    const field = problem.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const path = [context, field].filter(Boolean).join('.');
    return { path, message: localize(issue, problem.message ?? '', language) };
  });
}

function localize(
  issue: Parameters<(typeof localeErrors)['en']>[0],
  original: string,
  language: Language,
): string {
  const asDefault = render(localeErrors.en, issue);
  if (asDefault === undefined || asDefault !== original) return original;
  return render(localeErrors[language], issue) ?? original;
}

function render(
  errorMap: (typeof localeErrors)['en'],
  issue: Parameters<(typeof localeErrors)['en']>[0],
): string | undefined {
  const rendered = errorMap(issue);
  if (typeof rendered === 'string') return rendered;
  return rendered?.message;
}

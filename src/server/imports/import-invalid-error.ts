import type { ImportProblem } from '../../contracts/imports.contract';
import { type BilingualMessage, DomainError } from '../errors';
import { maxReportedImportProblems } from './table-file-limits';

/**
 * 422 `IMPORT_INVALID` for a rejected file: `details` keeps the first `maxReportedImportProblems` problems in
 * file order (the shape clients already read), `detailsTotal` says how many there were, so a 100k-row file with
 * a problem on every row answers in kilobytes, not 15 MB.
 */
export function importInvalidError(
  problems: readonly ImportProblem[],
  message: BilingualMessage,
): DomainError {
  const error = new DomainError('IMPORT_INVALID', message, problems.slice(0, maxReportedImportProblems));
  error.detailsTotal = problems.length;
  return error;
}

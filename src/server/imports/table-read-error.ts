import { DomainError } from '../errors';
import { importInvalidError } from './import-invalid-error';
import type { TableReadFailure } from './table-grid';

/**
 * The answer to a file that was not read: 413 `FILE_TOO_LARGE` when reading it would cost too much (details
 * name the limit), otherwise 422 `IMPORT_INVALID` with the one problem in the usual
 * `{row, column, value, message}` shape, so screens list it like any other.
 */
export function tableReadError(failure: TableReadFailure): DomainError {
  if (failure.kind === 'too-large')
    return new DomainError('FILE_TOO_LARGE', failure.message, { limit: failure.limit ?? null });
  return importInvalidError(
    [{ row: failure.row, column: failure.column, value: '', message: failure.message }],
    failure.message,
  );
}

import { importProblemsToCsv } from '../../contracts/imports.contract';
import type { ImportProblem } from '../../contracts/results.contract';

/** The problems of a rejected import as a CSV to open next to the file (row, column, value, messages). */
export function problemsToCsv(problems: readonly ImportProblem[]): string {
  return importProblemsToCsv(problems);
}

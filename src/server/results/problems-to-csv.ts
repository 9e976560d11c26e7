import type { ImportProblem } from '../../contracts/results.contract';
import { importProblemsToCsv } from '../../reports/csv/import-problems-csv';

/** The problems of a rejected import as a CSV to open next to the file (row, column, value, messages). */
export function problemsToCsv(problems: readonly ImportProblem[]): string {
  return importProblemsToCsv(problems);
}

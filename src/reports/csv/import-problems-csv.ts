import type { ImportProblem } from '../../contracts/results.contract';
import { formatCsv } from './write-csv';

/**
 * The error list offered for download (web screens and the CLI): one line per problem, Indonesian and English
 * messages, through the project's one CSV writer so a value copied from the file cannot run as a formula.
 */
export function importProblemsToCsv(problems: readonly ImportProblem[]): string {
  return formatCsv(
    ['row', 'column', 'value', 'message_id', 'message_en'],
    problems.map((problem) => [
      problem.row,
      problem.column,
      problem.value,
      problem.message.id,
      problem.message.en,
    ]),
  );
}

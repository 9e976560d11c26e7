import { createHash } from 'node:crypto';
import { fieldImportSheets, fieldSurveyNumberColumn } from '../../contracts/field-import.contract';
import type { SurveyQuestion } from '../../contracts/survey.contract';
import type { TableFile } from '../imports/read-table-file';
import { validateSurveyLevels } from '../survey/validate-survey-levels';
import { checkColumns, SheetProblems } from './field-import-problem';

export interface PlannedSurveyResponse {
  rowNumber: number;
  /** Stands for the device token of an online answer: one paper form number answers once per unit. */
  deviceTokenSha256: string;
  levels: Record<string, number>;
}

/** The stored "device" of a paper form: a re-import of the same form number is the same response. */
export function paperFormToken(locusUnitId: string, formNumber: string): string {
  return createHash('sha256').update(`field-import|${locusUnitId}|${formNumber.toLowerCase()}`).digest('hex');
}

/**
 * Checks the `survei` sheet (one row per paper form: its number, then one column per question's indicator
 * code) with the public survey's rules: every question answered with a level on its scale, nothing else.
 */
export function validateFieldSurvey(
  table: TableFile,
  questions: readonly SurveyQuestion[],
  locusUnitId: string,
): { toAdd: PlannedSurveyResponse[]; problems: SheetProblems } {
  const problems = new SheetProblems(fieldImportSheets.survey);
  const toAdd: PlannedSurveyResponse[] = [];
  const codes = questions.map((question) => question.indicatorCode);
  const columnOf = new Map(codes.map((code) => [code, code.toLowerCase()]));
  if (table.rows.length === 0) return { toAdd, problems };
  const required = [fieldSurveyNumberColumn, ...columnOf.values()];
  if (!checkColumns(problems, table.columns, required)) return { toAdd, problems };
  for (const column of table.columns)
    if (column !== '' && !required.includes(column))
      problems.add(1, column, {
        id: `"${column}" bukan pertanyaan survei unit ini.`,
        en: `"${column}" is not a question of this unit's survey.`,
      });
  const seen = new Set<string>();
  for (const row of table.rows) {
    const formNumber = row.cells[fieldSurveyNumberColumn] ?? '';
    if (formNumber === '' || formNumber.length > 64) {
      problems.add(row, fieldSurveyNumberColumn, {
        id: 'Nomor formulir wajib diisi (paling banyak 64 karakter).',
        en: 'The form number is required (at most 64 characters).',
      });
      continue;
    }
    if (seen.has(formNumber.toLowerCase())) {
      problems.add(row, fieldSurveyNumberColumn, {
        id: `Formulir nomor ${formNumber} sudah ada di baris lain lembar ini.`,
        en: `Form number ${formNumber} is already on another row of this sheet.`,
      });
      continue;
    }
    seen.add(formNumber.toLowerCase());
    const given = Object.fromEntries(codes.map((code) => [code, row.cells[columnOf.get(code) ?? ''] ?? '']));
    const checked = validateSurveyLevels(questions, given);
    if (!checked.ok) {
      for (const problem of checked.problems)
        problems.add(
          row,
          columnOf.get(problem.indicatorCode ?? '') ?? fieldSurveyNumberColumn,
          problem.message,
        );
      continue;
    }
    toAdd.push({
      rowNumber: row.rowNumber,
      deviceTokenSha256: paperFormToken(locusUnitId, formNumber),
      levels: checked.levels,
    });
  }
  return { toAdd, problems };
}

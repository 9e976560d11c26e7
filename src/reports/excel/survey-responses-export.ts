import type { Writable } from 'node:stream';
import type { EntityAnswers } from '../../core/answers/entity-answers';
import type { Language } from '../../core/numbers/format-decimal';
import type { ExportColumn, RowSource } from './export-column';
import { writeRowsCsv } from './write-rows-csv';
import { writeRowsXlsx } from './write-rows-xlsx';

/**
 * One answer of one survey respondent, without personal data: the respondent is an opaque key that is
 * unique within the export and means nothing outside it (no id, name, phone or NIK ever enters a row).
 */
export interface SurveyResponseRow {
  year: number;
  entityCode: string;
  unitCode: string;
  respondentKey: string;
  role: string;
  indicatorCode: string;
  level: number;
}

export const surveyResponseColumns: readonly ExportColumn<SurveyResponseRow>[] = [
  { key: 'year', header: { id: 'Tahun', en: 'Year' }, value: (row) => row.year, width: 8 },
  { key: 'entityCode', header: { id: 'Kode entitas', en: 'Entity code' }, value: (row) => row.entityCode },
  { key: 'unitCode', header: { id: 'Kode unit', en: 'Unit code' }, value: (row) => row.unitCode },
  { key: 'respondentKey', header: { id: 'Responden', en: 'Respondent' }, value: (row) => row.respondentKey },
  { key: 'role', header: { id: 'Peran', en: 'Role' }, value: (row) => row.role, width: 18 },
  { key: 'indicatorCode', header: { id: 'Indikator', en: 'Indicator' }, value: (row) => row.indicatorCode },
  { key: 'level', header: { id: 'Jawaban', en: 'Answer' }, value: (row) => row.level },
];

/**
 * Numbers respondents R000001, R000002, … in the order first seen. One per export, so keys cannot be joined
 * across exports to follow a person.
 */
export function createRespondentPseudonymiser(): (
  entityCode: string,
  unitCode: string,
  respondentId: string,
) => string {
  const keys = new Map<string, string>();
  return (entityCode, unitCode, respondentId) => {
    const identity = JSON.stringify([entityCode, unitCode, respondentId]);
    let key = keys.get(identity);
    if (key === undefined) {
      key = `R${String(keys.size + 1).padStart(6, '0')}`;
      keys.set(identity, key);
    }
    return key;
  };
}

/** The answers of the given roles (by default the service users interviewed for the survey) of an entity. */
export function* surveyResponseRowsOf(
  entity: EntityAnswers,
  year: number,
  roles: ReadonlySet<string>,
  pseudonymise: ReturnType<typeof createRespondentPseudonymiser>,
): Generator<SurveyResponseRow> {
  for (const unit of entity.units) {
    const roleOf = new Map(unit.respondents.map((respondent) => [respondent.id, respondent.role]));
    for (const answer of unit.answers) {
      const role = roleOf.get(answer.respondent);
      if (role === undefined || !roles.has(role)) continue;
      yield {
        year,
        entityCode: entity.code,
        unitCode: unit.code,
        respondentKey: pseudonymise(entity.code, unit.code, answer.respondent),
        role,
        indicatorCode: answer.indicator,
        level: answer.level,
      };
    }
  }
}

export function writeSurveyResponsesXlsx(
  rows: RowSource<SurveyResponseRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  const name = language === 'id' ? 'Jawaban Survei' : 'Survey responses';
  return writeRowsXlsx(name, surveyResponseColumns, rows, output, language);
}

export function writeSurveyResponsesCsv(
  rows: RowSource<SurveyResponseRow>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  return writeRowsCsv(surveyResponseColumns, rows, output, language);
}

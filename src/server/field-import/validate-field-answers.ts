import { fieldAnswerColumns, fieldImportSheets } from '../../contracts/field-import.contract';
import type { CollectionForms } from '../../core/collection/build-collection-forms';
import { findFormQuestion } from '../collection/collection-roles';
import type { TableFile } from '../imports/read-table-file';
import { checkColumns, isBlankRow, SheetProblems } from './field-import-problem';
import type { OfficialDirectory } from './validate-field-officials';

export interface PlannedAnswer {
  rowNumber: number;
  /** Null for the unit-level checklists; otherwise the official's role and lower-cased name. */
  official: { roleCode: string; nameKey: string } | null;
  indicatorCode: string;
  level: number | null;
  note: string;
}

const maxNoteCharacters = 5000;

/**
 * Checks the `jawaban` sheet with the online form's rules: an indicator asked in the interview of the named
 * official's role (or, without a role, in a unit-level checklist) and a level on its scale. A row with
 * neither level nor note is an unfilled template row and is skipped. The official may be left unnamed when
 * the role has exactly one.
 */
export function validateFieldAnswers(
  table: TableFile,
  forms: CollectionForms,
  officials: OfficialDirectory,
): { toSave: PlannedAnswer[]; problems: SheetProblems } {
  const problems = new SheetProblems(fieldImportSheets.answers);
  const toSave: PlannedAnswer[] = [];
  if (!checkColumns(problems, table.columns, ['kode_indikator', 'nilai'])) return { toSave, problems };
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (isBlankRow(row, ['nilai', 'catatan'])) continue;
    if (isBlankRow(row, fieldAnswerColumns)) continue;
    const roleCode = (row.cells.peran ?? '').toLowerCase() || null;
    let official: PlannedAnswer['official'] = null;
    if (roleCode !== null) {
      const ofRole = officials.get(roleCode);
      if (!ofRole) {
        problems.add(row, 'peran', {
          id: `Peran "${row.cells.peran}" tidak diwawancarai di unit ini; kosongkan untuk daftar periksa unit.`,
          en: `Role "${row.cells.peran}" is not interviewed at this unit; leave it empty for the unit checklists.`,
        });
        continue;
      }
      const named = (row.cells.nama_petugas ?? '').toLowerCase();
      const nameKey = named !== '' ? named : ofRole.size === 1 ? [...ofRole.keys()][0] : undefined;
      if (nameKey === undefined || !ofRole.has(nameKey)) {
        problems.add(row, 'nama_petugas', {
          id: `Petugas "${row.cells.nama_petugas ?? ''}" tidak tercantum sebagai ${roleCode} di lembar petugas atau di unit; tulis namanya persis seperti di lembar petugas.`,
          en: `Official "${row.cells.nama_petugas ?? ''}" is not listed as ${roleCode} on the officials sheet or at the unit; write the name exactly as on the officials sheet.`,
        });
        continue;
      }
      official = { roleCode, nameKey };
    }
    const code = row.cells.kode_indikator ?? '';
    const question = findQuestion(forms, roleCode, code);
    if (!question) {
      problems.add(row, 'kode_indikator', {
        id: `Indikator "${code}" tidak ada dalam ${roleCode === null ? 'daftar periksa unit (observasi, dokumen, catatan pengaduan)' : `wawancara peran ${roleCode}`}.`,
        en: `Indicator "${code}" is not part of ${roleCode === null ? 'the unit checklists (observation, document, complaint records)' : `the interview of role ${roleCode}`}.`,
      });
      continue;
    }
    const levelText = row.cells.nilai ?? '';
    const allowed = question.levels.map((level) => level.value);
    const level = levelText === '' ? null : /^-?\d+$/.test(levelText) ? Number(levelText) : Number.NaN;
    if (level !== null && !allowed.includes(level)) {
      problems.add(row, 'nilai', {
        id: `Nilai ${levelText} tidak ada pada skala indikator ${question.indicatorCode}; pilih ${allowed.join(', ')}.`,
        en: `Level ${levelText} is not on the scale of indicator ${question.indicatorCode}; choose ${allowed.join(', ')}.`,
      });
      continue;
    }
    const note = row.cells.catatan ?? '';
    if (note.length > maxNoteCharacters) {
      problems.add(row, 'catatan', {
        id: `Catatan paling banyak ${maxNoteCharacters} karakter.`,
        en: `A note is at most ${maxNoteCharacters} characters.`,
      });
      continue;
    }
    const key = `${official?.roleCode ?? ''}|${official?.nameKey ?? ''}|${question.indicatorCode}`;
    if (seen.has(key)) {
      problems.add(row, 'kode_indikator', {
        id: `Jawaban ${question.indicatorCode} untuk responden ini sudah ada di baris lain lembar ini.`,
        en: `Answer ${question.indicatorCode} for this respondent is already on another row of this sheet.`,
      });
      continue;
    }
    seen.add(key);
    toSave.push({ rowNumber: row.rowNumber, official, indicatorCode: question.indicatorCode, level, note });
  }
  return { toSave, problems };
}

/** As findFormQuestion, with the code matched regardless of case (spreadsheets change it). */
function findQuestion(forms: CollectionForms, roleCode: string | null, code: string) {
  const exact = findFormQuestion(forms, roleCode, code);
  if (exact) return exact;
  const all = [...forms.byRole.flatMap((form) => form.questions), ...Object.values(forms.byMethod).flat()];
  const match = all.find((question) => question.indicatorCode.toLowerCase() === code.toLowerCase());
  return match ? findFormQuestion(forms, roleCode, match.indicatorCode) : undefined;
}

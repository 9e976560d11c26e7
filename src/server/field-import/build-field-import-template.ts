import { complaintChannelSchema, complaintOutcomeSchema } from '../../contracts/complaints.contract';
import {
  fieldAnswerColumns,
  fieldComplaintColumns,
  fieldImportSheets,
  fieldOfficialColumns,
  fieldSurveyNumberColumn,
} from '../../contracts/field-import.contract';
import type { SurveyQuestion } from '../../contracts/survey.contract';
import type { CollectionForms, FormQuestion } from '../../core/collection/build-collection-forms';
import type { RespondentRole } from '../../core/methodology/structure.schema';
import { unitLevelMethods } from '../collection/collection-roles';
import type { RespondentRow } from '../db/repositories/respondents.repository';

export interface FieldTemplateInput {
  unitName: string;
  officialRoles: readonly RespondentRole[];
  forms: CollectionForms;
  surveyQuestions: readonly SurveyQuestion[];
  /** Officials already recorded: their rows are written so the workbook can be completed and sent back. */
  storedOfficials: readonly RespondentRow[];
}

type Sheet = { addRow: (values: unknown[]) => { font: unknown }; columns: { width?: number }[] };

/**
 * The workbook a field team fills for one unit: the sheets `petugas`, `jawaban` (one row per question of each
 * official slot and of the unit checklists, level and note left empty), `pengaduan`, `survei` (the unit's
 * survey questions as columns) and `petunjuk`, listing the codes each column accepts. Built from the frozen
 * edition, so it only offers what the import accepts.
 */
export async function buildFieldImportTemplate(input: FieldTemplateInput): Promise<Buffer> {
  // Loaded on first use, not at server start: exceljs costs ~20 MB and a second of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const addSheet = (name: string, header: readonly string[]): Sheet => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...header]).font = { bold: true };
    sheet.columns = header.map(() => ({ width: 22 }));
    return sheet as unknown as Sheet;
  };
  const officials = addSheet(fieldImportSheets.officials, fieldOfficialColumns);
  for (const official of input.storedOfficials)
    officials.addRow([
      official.roleCode,
      official.name,
      official.jobTitle,
      official.employment ?? '',
      official.decreeNumber ?? '',
      official.decreeDate ?? '',
      official.interviewedOn ?? '',
    ]);
  const answers = addSheet(fieldImportSheets.answers, fieldAnswerColumns);
  for (const form of input.forms.byRole) {
    const role = input.officialRoles.find((candidate) => candidate.code === form.role.code);
    if (!role) continue;
    const names = input.storedOfficials.filter((o) => o.roleCode === role.code).map((o) => o.name);
    for (let slot = 0; slot < role.requiredCount; slot += 1)
      for (const question of form.questions)
        answers.addRow([role.code, names[slot] ?? '', question.indicatorCode, question.text.id, '', '']);
  }
  for (const question of unitLevelMethods.flatMap((method) => input.forms.byMethod[method]))
    answers.addRow(['', '', question.indicatorCode, question.text.id, '', '']);
  addSheet(fieldImportSheets.complaints, fieldComplaintColumns);
  addSheet(fieldImportSheets.survey, [
    fieldSurveyNumberColumn,
    ...input.surveyQuestions.map((question) => question.indicatorCode),
  ]);
  const guide = addSheet(fieldImportSheets.guide, ['kolom', 'kode', 'keterangan']);
  guide.columns = [{ width: 22 }, { width: 22 }, { width: 90 }];
  guide.addRow(['unit', '', input.unitName]);
  for (const role of input.officialRoles)
    guide.addRow(['peran', role.code, `${role.text.id} (${role.requiredCount} orang)`]);
  guide.addRow(['status_kepegawaian', 'asn / non-asn', 'Wajib untuk petugas pelayanan']);
  guide.addRow(['nomor_sk, tanggal_sk', '', 'Wajib untuk petugas pengaduan; tanggal ditulis 2024-03-04']);
  for (const question of allQuestions(input.forms))
    guide.addRow(['nilai', question.indicatorCode, `${question.text.id} — ${levelsOf(question.levels)}`]);
  for (const channel of complaintChannelSchema.options) guide.addRow(['saluran', channel, '']);
  for (const outcome of complaintOutcomeSchema.options) guide.addRow(['hasil', outcome, '']);
  guide.addRow([
    'diterima, tanggapan_pertama, selesai',
    '2024-03-04 09:00 WIB',
    'Zona WIB, WITA, atau WIT wajib',
  ]);
  guide.addRow(['survei', fieldSurveyNumberColumn, 'Nomor formulir kertas; satu baris per formulir']);
  for (const question of input.surveyQuestions)
    guide.addRow(['survei', question.indicatorCode, `${question.text.id} — ${levelsOf(question.levels)}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function allQuestions(forms: CollectionForms): FormQuestion[] {
  const byCode = new Map<string, FormQuestion>();
  for (const question of [
    ...forms.byRole.flatMap((form) => form.questions),
    ...unitLevelMethods.flatMap((m) => forms.byMethod[m]),
  ])
    if (question.method !== 'survey') byCode.set(question.indicatorCode, question);
  return [...byCode.values()];
}

function levelsOf(levels: readonly { value: number; label: { id: string } }[]): string {
  return levels.map((level) => `${level.value} = ${level.label.id}`).join('; ');
}

import { z } from 'zod';
import { importProblemSchema } from './imports.contract';

/**
 * The field-data workbook of one locus unit (XLSX): one sheet per kind of record, named in Indonesian as the
 * field team reads them, plus a guide sheet that the import ignores. Columns are read by name.
 */
export const fieldImportSheets = {
  officials: 'petugas',
  answers: 'jawaban',
  complaints: 'pengaduan',
  survey: 'survei',
  guide: 'petunjuk',
} as const;
export type FieldImportSheet = (typeof fieldImportSheets)[Exclude<keyof typeof fieldImportSheets, 'guide'>];

export const fieldOfficialColumns = [
  'peran',
  'nama',
  'jabatan',
  'status_kepegawaian',
  'nomor_sk',
  'tanggal_sk',
  'tanggal_wawancara',
] as const;

/** `pertanyaan` is the question's text, written by the template for the reader; the import ignores it. */
export const fieldAnswerColumns = [
  'peran',
  'nama_petugas',
  'kode_indikator',
  'pertanyaan',
  'nilai',
  'catatan',
] as const;

/** Times as `2024-03-04 09:00 WIB` (WIB, WITA or WIT) or ISO 8601 with an offset. */
export const fieldComplaintColumns = [
  'nomor_register',
  'saluran',
  'diterima',
  'tanggapan_pertama',
  'selesai',
  'hasil',
  'ringkasan',
] as const;

/** `nomor` is the number on the paper form; the other columns are the survey's indicator codes. */
export const fieldSurveyNumberColumn = 'nomor';

export const fieldImportProblemSchema = importProblemSchema
  .extend({ sheet: z.string().describe('The sheet the problem is on (petugas, jawaban, pengaduan, survei)') })
  .meta({ id: 'FieldImportProblem' });
export type FieldImportProblem = z.infer<typeof fieldImportProblemSchema>;

export const fieldImportResultSchema = z
  .object({
    officialsAdded: z.number().int(),
    answersSaved: z.number().int(),
    complaintsAdded: z.number().int(),
    surveyResponsesAdded: z.number().int(),
    rowsAlreadyPresent: z
      .number()
      .int()
      .describe('Rows matching a record already stored (same official, complaint number or form number)'),
  })
  .meta({ id: 'FieldImportResult' });
export type FieldImportResult = z.infer<typeof fieldImportResultSchema>;

import {
  complaintChannelSchema,
  complaintInputSchema,
  complaintOutcomeSchema,
} from '../../contracts/complaints.contract';
import { fieldComplaintColumns, fieldImportSheets } from '../../contracts/field-import.contract';
import { validateComplaintInput } from '../complaints/validate-complaint-input';
import type { ComplaintValues } from '../db/repositories/complaints.repository';
import { DomainError } from '../errors';
import type { TableFile } from '../imports/read-table-file';
import {
  checkColumns,
  isBlankRow,
  optionalCell,
  parseFieldInstant,
  SheetProblems,
} from './field-import-problem';

const columnOfPath: Record<string, string> = {
  receivedAt: 'diterima',
  firstResponseAt: 'tanggapan_pertama',
  resolvedAt: 'selesai',
};

/**
 * Checks the `pengaduan` sheet with the online form's rules (`validateComplaintInput`: times in order, none in
 * the future, a resolved complaint has its resolution time). A row whose register number is already stored
 * for the unit is kept as it is, so importing the same file twice adds nothing.
 */
export function validateFieldComplaints(
  table: TableFile,
  storedReferences: ReadonlySet<string>,
  now: Date,
): { toAdd: ComplaintValues[]; alreadyPresent: number; problems: SheetProblems } {
  const problems = new SheetProblems(fieldImportSheets.complaints);
  const toAdd: ComplaintValues[] = [];
  let alreadyPresent = 0;
  if (!checkColumns(problems, table.columns, ['saluran', 'diterima', 'hasil']))
    return { toAdd, alreadyPresent, problems };
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (isBlankRow(row, fieldComplaintColumns)) continue;
    const before = problems.list.length;
    const channel = complaintChannelSchema.safeParse((row.cells.saluran ?? '').toLowerCase());
    if (!channel.success)
      problems.add(row, 'saluran', {
        id: `Saluran "${row.cells.saluran ?? ''}" tidak dikenal; pilih ${complaintChannelSchema.options.join(', ')}.`,
        en: `Channel "${row.cells.saluran ?? ''}" is unknown; choose ${complaintChannelSchema.options.join(', ')}.`,
      });
    const outcome = complaintOutcomeSchema.safeParse((row.cells.hasil ?? '').toLowerCase());
    if (!outcome.success)
      problems.add(row, 'hasil', {
        id: `Hasil "${row.cells.hasil ?? ''}" tidak dikenal; pilih ${complaintOutcomeSchema.options.join(', ')}.`,
        en: `Outcome "${row.cells.hasil ?? ''}" is unknown; choose ${complaintOutcomeSchema.options.join(', ')}.`,
      });
    const instantOf = (column: string, required: boolean): string | null => {
      const text = optionalCell(row, column);
      if (text === null) {
        if (required) problems.add(row, column, { id: 'Waktu wajib diisi.', en: 'The time is required.' });
        return null;
      }
      const instant = parseFieldInstant(text);
      if (instant === undefined)
        problems.add(row, column, {
          id: `"${text}" bukan waktu; tulis seperti 2024-03-04 09:00 WIB (WIB, WITA, atau WIT).`,
          en: `"${text}" is not a time; write it as 2024-03-04 09:00 WIB (WIB, WITA or WIT).`,
        });
      return instant ?? null;
    };
    const receivedAt = instantOf('diterima', true);
    const firstResponseAt = instantOf('tanggapan_pertama', false);
    const resolvedAt = instantOf('selesai', false);
    const parsed = complaintInputSchema.safeParse({
      reference: row.cells.nomor_register ?? '',
      channel: channel.data,
      receivedAt,
      firstResponseAt,
      resolvedAt,
      outcome: outcome.data,
      summary: row.cells.ringkasan ?? '',
    });
    if (problems.list.length > before) continue;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] === 'reference' ? 'nomor_register' : 'ringkasan';
        problems.add(row, column, {
          id:
            column === 'nomor_register'
              ? 'Nomor register paling banyak 120 karakter.'
              : 'Ringkasan paling banyak 2.000 karakter.',
          en:
            column === 'nomor_register'
              ? 'The register number is at most 120 characters.'
              : 'The summary is at most 2,000 characters.',
        });
      }
      continue;
    }
    let values: ComplaintValues;
    try {
      values = validateComplaintInput(parsed.data, now);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const details = (error.details ?? []) as { path: string; message: string; messageId: string }[];
      for (const detail of details)
        problems.add(row, columnOfPath[detail.path] ?? 'diterima', {
          id: `${detail.messageId}.`,
          en: `${detail.message}.`,
        });
      continue;
    }
    const reference = values.reference.toLowerCase();
    if (reference !== '') {
      if (seen.has(reference)) {
        problems.add(row, 'nomor_register', {
          id: `Nomor register ${values.reference} sudah ada di baris lain lembar ini.`,
          en: `Register number ${values.reference} is already on another row of this sheet.`,
        });
        continue;
      }
      seen.add(reference);
      if (storedReferences.has(reference)) {
        alreadyPresent += 1;
        continue;
      }
    }
    toAdd.push(values);
  }
  return { toAdd, alreadyPresent, problems };
}

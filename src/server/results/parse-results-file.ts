import type { ImportProblem } from '../../contracts/results.contract';
import { parseTableInWorker } from '../imports/parse-table-in-worker';
import type { TableFileLimits } from '../imports/table-file-limits';
import { tableReadError } from '../imports/table-read-error';

export interface SheetRow {
  /** Row number as the user sees it in the file; the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export type ParsedSheet =
  | { ok: true; columns: string[]; rows: SheetRow[] }
  | { ok: false; problem: ImportProblem };

/**
 * Reads a CSV (comma or semicolon, as Indonesian spreadsheets export; UTF-8 or Windows-1252) or the first sheet
 * of an XLSX through the shared bounded reader (worker thread, `table-file-limits.ts`). A file too costly to
 * read throws 413; one past a row, column or cell limit, or unreadable, comes back as its one problem.
 */
export async function parseResultsFile(
  fileName: string,
  content: Buffer,
  limits?: TableFileLimits,
): Promise<ParsedSheet> {
  const lower = fileName.toLowerCase();
  const format = lower.endsWith('.xlsx') ? 'xlsx' : lower.endsWith('.csv') ? 'csv' : undefined;
  if (!format) return fail('Berkas harus .csv atau .xlsx.', 'The file must be .csv or .xlsx.', fileName);
  const result = await parseTableInWorker(content, format, limits);
  if (!result.ok) {
    if (result.failure.kind === 'too-large') throw tableReadError(result.failure);
    const { row, column, message } = result.failure;
    return { ok: false, problem: { row, column, value: row === 0 ? fileName : '', message } };
  }
  const header = result.header;
  if (header.every((cell) => cell.trim() === '')) {
    return fail('Berkas kosong: baris judul tidak ada.', 'The file is empty: no header row.', fileName);
  }
  const columns = header.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, '_'));
  const rows: SheetRow[] = result.rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => ({
      row: row.rowNumber,
      cells: Object.fromEntries(
        columns.map((column, position) => [column, (row.cells[position] ?? '').trim()]),
      ),
    }));
  return { ok: true, columns, rows };
}

function fail(id: string, en: string, value: string): ParsedSheet {
  return { ok: false, problem: { row: 0, column: '', value, message: { id, en } } };
}

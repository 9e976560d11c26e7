import { parseTableInWorker } from './parse-table-in-worker';
import type { TableFileLimits } from './table-file-limits';
import { tableReadError } from './table-read-error';

export interface TableRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  cells: Record<string, string>;
}

export interface TableFile {
  columns: string[];
  rows: TableRow[];
}

/**
 * Reads the first sheet of an XLSX file (or the sheet named `sheetName`), or a CSV (comma or semicolon, as
 * Indonesian Excel writes it; UTF-8 or Windows-1252), in a worker thread and within the limits of
 * `table-file-limits.ts`; a file past one is refused (413/422) naming it. Column names are the header's, trimmed and lower-cased; cells are trimmed.
 */
export async function readTableFile(
  bytes: Buffer,
  format: 'csv' | 'xlsx',
  limits?: TableFileLimits,
  sheetName?: string,
): Promise<TableFile> {
  const result = await parseTableInWorker(bytes, format, limits, sheetName);
  if (!result.ok) throw tableReadError(result.failure);
  const columns = result.header.map((name) => name.trim().toLowerCase());
  const rows = result.rows
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => ({
      rowNumber: row.rowNumber,
      cells: Object.fromEntries(
        columns.map((column, position) => [column, (row.cells[position] ?? '').trim()]),
      ),
    }));
  return { columns, rows };
}

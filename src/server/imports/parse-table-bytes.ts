import { threadId } from 'node:worker_threads';
import { restoreNeutralisedFormula } from '../../reports/csv/write-csv';
import { readCsvGrid } from './read-csv-grid';
import { readXlsxGrid } from './read-xlsx-grid';
import type { TableFileLimits } from './table-file-limits';
import { type TableGridResult, TableReadStop } from './table-grid';

/**
 * Reads a CSV or the first (or named) sheet of an XLSX into the header (row 1) and the non-blank rows below it, within
 * `limits`. Synchronous and CPU-bound: the server runs it in a worker thread (`parseTableInWorker`), never on
 * the thread that answers requests. A `'` that our exports put before a formula-like text is taken off, so a
 * re-import of an export changes nothing.
 */
export function parseTableBytes(
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  limits: TableFileLimits,
  sheetName?: string,
): TableGridResult {
  try {
    const grid = format === 'xlsx' ? readXlsxGrid(bytes, limits, sheetName) : readCsvGrid(bytes, limits);
    const cleaned = grid.map((row) => ({ ...row, cells: row.cells.map(restoreNeutralisedFormula) }));
    const first = cleaned[0];
    const header = first?.rowNumber === 1 ? first.cells : [];
    const rows = first?.rowNumber === 1 ? cleaned.slice(1) : cleaned;
    return { ok: true, header, rows, threadId };
  } catch (error) {
    if (error instanceof TableReadStop) return { ok: false, failure: error.failure };
    return {
      ok: false,
      failure: {
        kind: 'unreadable',
        row: 0,
        column: '',
        message:
          format === 'xlsx'
            ? {
                id: 'Berkas Excel tidak dapat dibaca. Simpan sebagai .xlsx atau CSV lalu coba lagi.',
                en: 'The Excel file cannot be read. Save it as .xlsx or CSV and try again.',
              }
            : {
                id: 'Berkas CSV tidak dapat dibaca. Simpan ulang sebagai CSV lalu coba lagi.',
                en: 'The CSV file cannot be read. Save it again as CSV and try again.',
              },
      },
    };
  }
}

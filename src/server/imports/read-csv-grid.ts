import { CsvError, readCsv } from '../../reports/csv/read-csv';
import { checkTableCell } from './check-table-cell';
import { decodeCsvText } from './decode-csv-text';
import type { TableFileLimits } from './table-file-limits';
import { type GridRow, TableReadStop } from './table-grid';

/**
 * Reads a CSV (comma or semicolon, as Indonesian Excel writes it; the header line decides) into non-blank rows.
 * Quotes follow RFC 4180; a stray quote inside an unquoted field is kept as text, but a quote opened and never
 * closed refuses the file with the row where it opened (it would otherwise swallow every row after it).
 */
export function readCsvGrid(bytes: Uint8Array, limits: TableFileLimits): GridRow[] {
  const { text } = decodeCsvText(bytes);
  let rowNumber = 0;
  try {
    const rowNumbers: number[] = [];
    const records = readCsv(text, {
      // Checked record by record, so a file stops at its first cell past a limit; blank rows are dropped here
      // (not kept as empty arrays) so a file of line breaks costs no memory.
      onRecord: (record, number) => {
        rowNumber = number;
        record.forEach((cell, index) => {
          checkTableCell(rowNumber, index + 1, cell, limits);
        });
        if (record.every((cell) => cell.trim() === '')) return null;
        rowNumbers.push(rowNumber);
        return record;
      },
    });
    return records.map((cells, index) => ({ rowNumber: rowNumbers[index] ?? 0, cells }));
  } catch (error) {
    if (error instanceof TableReadStop) throw error;
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const row = rowNumber + 1;
      throw new TableReadStop({
        kind: 'invalid',
        row,
        column: '',
        message: {
          id: `Tanda kutip (") di baris ${row} dibuka tetapi tidak pernah ditutup. Perbaiki baris itu lalu coba lagi.`,
          en: `A quote (") opened in row ${row} is never closed. Fix that row and try again.`,
        },
      });
    }
    if (error instanceof CsvError)
      throw new TableReadStop({
        kind: 'invalid',
        row: rowNumber + 1,
        column: '',
        message: {
          id: `Baris ${rowNumber + 1} bukan CSV yang sah (${error.code}).`,
          en: `Row ${rowNumber + 1} is not valid CSV (${error.code}).`,
        },
      });
    throw error;
  }
}

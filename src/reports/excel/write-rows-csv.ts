import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import { formatCsvLine } from '../csv/write-csv';
import { columnHeaders, type ExportColumn, type RowSource } from './export-column';

// The project's one CSV writer (formula-injection safe), shared with the browser.
export { formatCsvField, formatCsvLine } from '../csv/write-csv';

/**
 * Streams rows as CSV (`formatCsvLine`: RFC 4180, text that would run as a formula neutralised) with a UTF-8
 * byte-order mark so spreadsheet programs read Indonesian names correctly.
 * Numbers are written with a decimal point so the file stays machine-readable. Returns the data row count;
 * leaves `output` open.
 */
export async function writeRowsCsv<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: RowSource<Row>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  await write(output, `\uFEFF${formatCsvLine(columnHeaders(columns, language))}`);
  let count = 0;
  for await (const row of rows) {
    await write(output, formatCsvLine(columns.map((column) => column.value(row))));
    count += 1;
  }
  return count;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

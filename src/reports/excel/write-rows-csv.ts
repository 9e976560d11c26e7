import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import { columnHeaders, type ExportColumn, type RowSource } from './export-column';

/**
 * Streams rows as CSV (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line break,
 * quotes doubled) with a UTF-8 byte-order mark so spreadsheet programs read Indonesian names correctly.
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

export function formatCsvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(formatCsvField).join(',')}\r\n`;
}

export function formatCsvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A text starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain');
}

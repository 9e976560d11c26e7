import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Language } from '../../core/numbers/format-decimal';
import { columnHeaders, type ExportColumn, type RowSource } from './export-column';

/**
 * Streams rows into a one-sheet XLSX written to `output`. Each row is committed as soon as it is added, so
 * memory stays flat however many rows a national cycle has; the caller's stream is respected (we wait for
 * 'drain'). Returns the number of data rows written. Does not end `output` before the workbook is complete.
 */
export async function writeRowsXlsx<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: RowSource<Row>,
  output: Writable,
  language: Language = 'id',
): Promise<number> {
  // Loaded on first use, not at server start: exceljs costs ~20 MB and a second of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Shared strings would keep every distinct text in memory until the end.
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: column.width ?? Math.max(12, column.header[language].length + 2),
    ...(column.numberFormat ? { style: { numFmt: column.numberFormat } } : {}),
  }));
  const header = sheet.addRow(columnHeaders(columns, language));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of rows) {
    sheet.addRow(columns.map((column) => column.value(row))).commit();
    count += 1;
    if (count % 1000 === 0 && output.writableNeedDrain) await once(output, 'drain');
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

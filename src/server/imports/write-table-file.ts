import { formatCsv } from '../../reports/csv/write-csv';

/**
 * A CSV (UTF-8 with BOM so Excel shows Indonesian names right) or an XLSX of the given columns and rows.
 * CSV goes through the project's one writer, which neutralises text a spreadsheet would run as a formula. The
 * XLSX holds every cell as a string value: ExcelJS writes a formula only from a `{ formula }` object, so a name
 * starting with `=` stays text there (test/unit/server/write-table-file.test.ts proves both).
 */
export async function writeTableFile(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  format: 'csv' | 'xlsx',
  sheetName: string,
): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(formatCsv(columns, rows), 'utf8');
  // Loaded on first use, not at server start: exceljs costs ~20 MB and a second of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';

/** A CSV (UTF-8 with BOM so Excel shows Indonesian names right) or an XLSX of the given columns and rows. */
export async function writeTableFile(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  format: 'csv' | 'xlsx',
  sheetName: string,
): Promise<Buffer> {
  if (format === 'csv') {
    const quote = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const lines = [columns, ...rows].map((cells) => cells.map(quote).join(','));
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import type { PublicResultList } from '../../contracts/public-results.contract';
import {
  type OpenDataRecord,
  openDataColumns,
  toOpenDataRecord,
} from '../../contracts/public-results-open-data';

/** CSV with a BOM so spreadsheet programs read the names' accents right; empty cell for null. */
export function toResultsCsv(list: PublicResultList): string {
  const lines = [openDataColumns.join(',')];
  for (const item of list.items) {
    const record = toOpenDataRecord(item);
    lines.push(openDataColumns.map((column) => csvCell(record[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function toResultsXlsx(list: PublicResultList): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Patuh';
  const sheet = workbook.addWorksheet(`Hasil ${list.cycle.year}`);
  sheet.addRow([...openDataColumns]);
  for (const item of list.items) {
    const record: OpenDataRecord = toOpenDataRecord(item);
    sheet.addRow(openDataColumns.map((column) => record[column]));
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; no published value starts so except by injection.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

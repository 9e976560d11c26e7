import type { PublicResultList } from '../../contracts/public-results.contract';
import {
  type OpenDataRecord,
  openDataColumns,
  toOpenDataRecord,
} from '../../contracts/public-results-open-data';
import { formatCsv } from '../../reports/csv/write-csv';

/** CSV with a BOM so spreadsheet programs read the names' accents right; empty cell for null; formula-safe. */
export function toResultsCsv(list: PublicResultList): string {
  return formatCsv(
    openDataColumns,
    list.items.map((item) => {
      const record = toOpenDataRecord(item);
      return openDataColumns.map((column) => record[column]);
    }),
  );
}

export async function toResultsXlsx(list: PublicResultList): Promise<Buffer> {
  // Loaded on first use, not at server start: exceljs costs ~20 MB and a second of start-up.
  const { default: ExcelJS } = await import('exceljs');
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

import { openDataDictionary } from '../../contracts/open-data-dictionary';
import type { PublicResultList } from '../../contracts/public-results.contract';
import { openDataColumns, toOpenDataRecord } from '../../contracts/public-results-open-data';
import { formatCsv } from '../../reports/csv/write-csv';
import { findCachedEdition } from '../methodologies/cached-methodology-catalog';
import { readableResultColumns } from './public-results-workbook';

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

/**
 * The XLSX for people: Indonesian headers and readable labels (public-results-workbook.ts), then a "Kamus
 * data" sheet naming the machine keys of the CSV/JSON each column stands for (docs/open-data.md).
 */
export async function toResultsXlsx(list: PublicResultList): Promise<Buffer> {
  // Loaded on first use, not at server start: exceljs costs ~20 MB and a second of start-up.
  const { default: ExcelJS } = await import('exceljs');
  const edition = await findCachedEdition(list.cycle.methodologyRef);
  const zoneLabels = new Map(
    (edition?.methodology.classification.zones ?? []).map((zone) => [zone.code, zone.label.id]),
  );
  const columns = readableResultColumns(list, zoneLabels);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Patuh';
  const sheet = workbook.addWorksheet(`Hasil ${list.cycle.year}`);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.numberFormat ? { style: { numFmt: column.numberFormat } } : {}),
  }));
  for (const item of list.items) sheet.addRow(columns.map((column) => column.value(item)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const dictionary = workbook.addWorksheet('Kamus data');
  dictionary.columns = [
    { header: 'Kolom CSV/JSON', width: 24 },
    { header: 'Tipe', width: 10 },
    { header: 'Arti', width: 70 },
    { header: 'Meaning', width: 70 },
  ];
  for (const column of openDataColumns) {
    const entry = openDataDictionary[column];
    dictionary.addRow([column, entry.type, entry.id, entry.en]);
  }
  dictionary.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

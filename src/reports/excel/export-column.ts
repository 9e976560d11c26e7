import type { Language } from '../../core/numbers/format-decimal';

/** One column of an export: the same columns, in the same order, for the XLSX and the CSV file. */
export interface ExportColumn<Row> {
  key: string;
  header: { id: string; en: string };
  value: (row: Row) => string | number | null;
  /** XLSX only: column width in characters and number format (e.g. "0.00"). */
  width?: number;
  numberFormat?: string;
}

export type RowSource<Row> = AsyncIterable<Row> | Iterable<Row>;

export function columnHeaders<Row>(columns: readonly ExportColumn<Row>[], language: Language): string[] {
  return columns.map((column) => column.header[language]);
}

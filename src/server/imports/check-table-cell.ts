import { formatNumber } from '../../core/format';
import type { TableFileLimits } from './table-file-limits';
import { columnName, TableReadStop } from './table-grid';

/**
 * Refuses (by throwing `TableReadStop`) a non-empty cell outside the allowed rows and columns, or longer than
 * allowed. Empty cells never count, so Excel's formatted-but-empty rows and trailing `;;;` pass.
 */
export function checkTableCell(
  rowNumber: number,
  columnIndex: number,
  value: string,
  limits: TableFileLimits,
): void {
  if (value === '') return;
  const column = columnName(columnIndex);
  if (rowNumber > limits.maxRows + 1)
    throw invalid('maxRows', rowNumber, column, {
      id: `Berkas melebihi batas ${count(limits.maxRows, 'id')} baris data (baris ${rowNumber} berisi nilai). Pecah berkas menjadi beberapa bagian.`,
      en: `The file exceeds the limit of ${count(limits.maxRows, 'en')} data rows (row ${rowNumber} holds a value). Split it into several files.`,
    });
  if (columnIndex > limits.maxColumns)
    throw invalid('maxColumns', rowNumber, column, {
      id: `Berkas melebihi batas ${count(limits.maxColumns, 'id')} kolom (sel ${column}${rowNumber} berisi nilai).`,
      en: `The file exceeds the limit of ${count(limits.maxColumns, 'en')} columns (cell ${column}${rowNumber} holds a value).`,
    });
  if (value.length > limits.maxCellCharacters) throw cellTooLong(rowNumber, columnIndex, limits);
}

export function cellTooLong(rowNumber: number, columnIndex: number, limits: TableFileLimits): TableReadStop {
  const column = columnName(columnIndex);
  return invalid('maxCellCharacters', rowNumber, column, {
    id: `Sel ${column}${rowNumber} melebihi batas ${count(limits.maxCellCharacters, 'id')} karakter per sel.`,
    en: `Cell ${column}${rowNumber} exceeds the limit of ${count(limits.maxCellCharacters, 'en')} characters a cell.`,
  });
}

/** 50.000 in Indonesian, 50,000 in English. */
export function count(value: number, language: 'id' | 'en'): string {
  return formatNumber(value, language);
}

function invalid(
  limit: string,
  row: number,
  column: string,
  message: { id: string; en: string },
): TableReadStop {
  return new TableReadStop({ kind: 'invalid', limit, row, column, message });
}

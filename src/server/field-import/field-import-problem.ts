import type { FieldImportProblem, FieldImportSheet } from '../../contracts/field-import.contract';
import type { BilingualMessage } from '../errors';
import type { TableRow } from '../imports/read-table-file';

/** Collects the problems of one sheet, each naming the sheet, the row, the column and the value found. */
export class SheetProblems {
  readonly list: FieldImportProblem[] = [];

  constructor(readonly sheet: FieldImportSheet) {}

  add(row: TableRow | number, column: string, message: BilingualMessage): void {
    const rowNumber = typeof row === 'number' ? row : row.rowNumber;
    const value = typeof row === 'number' ? '' : (row.cells[column] ?? '');
    this.list.push({ sheet: this.sheet, row: rowNumber, column, value, message });
  }
}

/** The cell's text, or null when it is empty. */
export function optionalCell(row: TableRow, column: string): string | null {
  const value = row.cells[column] ?? '';
  return value === '' ? null : value;
}

/** True when every named column of the row is empty (an unfilled template row). */
export function isBlankRow(row: TableRow, columns: readonly string[]): boolean {
  return columns.every((column) => (row.cells[column] ?? '') === '');
}

/** Refuses a sheet whose header lacks a required column (the cells under it would silently read as empty). */
export function checkColumns(
  problems: SheetProblems,
  present: readonly string[],
  required: readonly string[],
): boolean {
  const missing = required.filter((column) => !present.includes(column));
  for (const column of missing)
    problems.add(1, column, {
      id: `Kolom "${column}" tidak ada di lembar ${problems.sheet}. Gunakan templat unit ini.`,
      en: `Column "${column}" is missing from sheet ${problems.sheet}. Use this unit's template.`,
    });
  return missing.length === 0;
}

const zoneOffsets: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/**
 * A time as field teams write it: `2024-03-04 09:00 WIB` (WIB, WITA or WIT; seconds optional), or ISO 8601
 * with an offset. The zone is required: Indonesia spans three, and a bare time would be read in the wrong one.
 * Returns the ISO text, or undefined when the cell is not such a time.
 */
export function parseFieldInstant(text: string): string | undefined {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?\s*(WIB|WITA|WIT)$/i.exec(text.trim());
  const iso = local
    ? `${local[1]}T${local[2]}${local[3] ?? ':00'}${zoneOffsets[(local[4] ?? '').toUpperCase()] ?? ''}`
    : text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return undefined;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** A date `YYYY-MM-DD` that exists in the calendar, or undefined. */
export function parseFieldDate(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

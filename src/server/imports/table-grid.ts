import type { BilingualMessage } from '../errors';

/** One non-blank row of a spreadsheet, numbered as the spreadsheet shows it (the header is row 1). */
export interface GridRow {
  rowNumber: number;
  cells: string[];
}

/**
 * Why a file was not read: `too-large` answers 413 (it would cost too much to read), `invalid` and
 * `unreadable` 422 (the file must be fixed). `row`/`column` point at the first offending cell when known.
 * Plain data, so it crosses from the worker thread intact.
 */
export interface TableReadFailure {
  kind: 'too-large' | 'invalid' | 'unreadable';
  limit?: string;
  row: number;
  column: string;
  message: BilingualMessage;
}

export type TableGridResult =
  | { ok: true; header: string[]; rows: GridRow[]; threadId: number }
  | { ok: false; failure: TableReadFailure };

/** Thrown inside a reader to stop at the first cell past a limit; caught by `parseTableBytes`. */
export class TableReadStop extends Error {
  constructor(readonly failure: TableReadFailure) {
    super(failure.message.en);
  }
}

/** "AB" for column 28, as spreadsheets name columns. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

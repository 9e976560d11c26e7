/**
 * The one CSV writer of the project (server exports, audit log, problem lists, CLI and the browser's downloads):
 * RFC 4180 (comma, CRLF, a field quoted when it holds a comma, semicolon, quote, line break or edge spaces,
 * quotes doubled).
 *
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a text cell starting with `=`, `+`, `-` or `@`
 * as a formula (tab and CR are read as a leading blank and then the formula), so such a text gets a leading
 * `'`, which spreadsheets show as text. Numbers are written as numbers: `-3` passed as a number stays `-3`.
 */
export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula, with the leading `'` that makes it text. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula` on a cell read back from a file, so importing an export changes nothing.
 * Only a `'` followed by a formula start is taken off; any other leading `'` is the user's own.
 */
export function restoreNeutralisedFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

export function formatCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = neutraliseFormula(value);
  return /[",;\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One line, CRLF-terminated. */
export function formatCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(formatCsvField).join(',')}\r\n`;
}

/**
 * A whole file: header then rows. With `byteOrderMark` (the default) it starts with U+FEFF so spreadsheet
 * programs read Indonesian names' accents as UTF-8.
 */
export function formatCsv(
  header: readonly CsvValue[],
  rows: Iterable<readonly CsvValue[]>,
  options: { byteOrderMark?: boolean } = {},
): string {
  const lines = [formatCsvLine(header)];
  for (const row of rows) lines.push(formatCsvLine(row));
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${lines.join('')}`;
}

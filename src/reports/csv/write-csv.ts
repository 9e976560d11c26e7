import { type Options, stringify } from 'csv-stringify/browser/esm/sync';

/**
 * The one CSV writer of the project (server exports, audit log, problem lists, CLI and the browser's downloads),
 * on csv-stringify (docs/decisions/008): RFC 4180, comma, CRLF, a field quoted when it holds a comma, semicolon,
 * quote, line break or edge spaces (Indonesian Excel splits on ";"), quotes doubled. The browser build of the
 * library is used everywhere, so the server and the page write byte-identical files.
 *
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a text cell starting with `=`, `+`, `-`, `@`,
 * tab or CR (or their full-width forms) as a formula, so csv-stringify's `escape_formulas` gives such a text a
 * leading `'`, which spreadsheets show as text. Numbers are written as numbers: `-3` passed as a number stays `-3`.
 */
export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const options: Options = {
  record_delimiter: 'windows',
  escape_formulas: true,
  quoted_match: [/[;\r\n]/, /^\s/, /\s$/],
  cast: {
    number: (value: number) => (Number.isFinite(value) ? String(value) : ''),
    boolean: (value: boolean) => (value ? 'true' : 'false'),
  },
};

/** Lines, each CRLF-terminated. */
export function formatCsvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.length === 0 ? '' : stringify(rows as CsvValue[][], options);
}

/** One line, CRLF-terminated. */
export function formatCsvLine(values: readonly CsvValue[]): string {
  return formatCsvLines([values]);
}

/** One field as it stands between the commas. */
export function formatCsvField(value: CsvValue): string {
  return formatCsvLine([value]).slice(0, -2);
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
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${formatCsvLines([header, ...rows])}`;
}

/** A text that a spreadsheet would run as a formula, with the leading `'` that makes it text. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Undoes the writer's formula escape on a cell read back from a file, so importing an export changes nothing.
 * Only a `'` followed by a formula start is taken off; any other leading `'` is the user's own.
 */
export function restoreNeutralisedFormula(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

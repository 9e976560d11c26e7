import { parse } from 'csv-parse/sync';

export { CsvError } from 'csv-parse/sync';

/**
 * The one CSV reader of the project (imports, results files, the CLI's rank input, the region list), on
 * csv-parse (docs/decisions/008). RFC 4180 quotes; the delimiter is guessed from the header line, because
 * Indonesian Excel writes ";" where others write ","; a leading UTF-8 byte-order mark is dropped; a stray quote
 * inside an unquoted field is kept as text. Rows keep their length as written (no padding), blank lines stay
 * rows unless `onRecord` drops them, so callers can report the file's own row numbers.
 */
export interface ReadCsvOptions {
  /** Called for every record in order (1-based row number); return null to drop the row. */
  onRecord?: (cells: string[], rowNumber: number) => string[] | null;
}

export function readCsv(text: string, options: ReadCsvOptions = {}): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let rowNumber = 0;
  const onRecord = options.onRecord;
  return parse(source, {
    delimiter: delimiterOf(source),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(onRecord
      ? {
          on_record: (record: string[]) => {
            rowNumber += 1;
            return onRecord(record, rowNumber);
          },
        }
      : {}),
  }) as string[][];
}

/** ";" when the header line has more of them than ",". */
export function delimiterOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const semicolons = firstLine.match(/;/g)?.length ?? 0;
  const commas = firstLine.match(/,/g)?.length ?? 0;
  return semicolons > commas ? ';' : ',';
}

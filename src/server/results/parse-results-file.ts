import ExcelJS from 'exceljs';
import type { ImportProblem } from '../../contracts/results.contract';

export interface SheetRow {
  /** Row number as the user sees it in the file; the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

export type ParsedSheet =
  | { ok: true; columns: string[]; rows: SheetRow[] }
  | { ok: false; problem: ImportProblem };

/** Reads a CSV (comma or semicolon, as Indonesian spreadsheets export) or the first sheet of an XLSX. */
export async function parseResultsFile(fileName: string, content: Buffer): Promise<ParsedSheet> {
  const lower = fileName.toLowerCase();
  let table: string[][];
  if (lower.endsWith('.xlsx')) {
    try {
      table = await readXlsx(content);
    } catch {
      return fail('Berkas XLSX tidak dapat dibaca.', 'The XLSX file cannot be read.', fileName);
    }
  } else if (lower.endsWith('.csv')) {
    table = parseCsv(content.toString('utf8').replace(/^\uFEFF/, ''));
  } else {
    return fail('Berkas harus .csv atau .xlsx.', 'The file must be .csv or .xlsx.', fileName);
  }
  const [header, ...body] = table;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return fail('Berkas kosong: baris judul tidak ada.', 'The file is empty: no header row.', fileName);
  }
  const columns = header.map((cell) => cell.trim().toLowerCase().replace(/\s+/g, '_'));
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: Record<string, string> = {};
    columns.forEach((column, position) => {
      record[column] = (cells[position] ?? '').trim();
    });
    rows.push({ row: index + 2, cells: record });
  });
  return { ok: true, columns, rows };
}

function fail(id: string, en: string, value: string): ParsedSheet {
  return { ok: false, problem: { row: 0, column: '', value, message: { id, en } } };
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value);
}

/** RFC 4180 with the delimiter guessed from the header line (";" when it has more of them than ","). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

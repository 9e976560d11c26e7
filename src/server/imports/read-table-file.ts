import ExcelJS from 'exceljs';
import { DomainError } from '../errors';

export interface TableRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  rowNumber: number;
  cells: Record<string, string>;
}

export interface TableFile {
  columns: string[];
  rows: TableRow[];
}

/** Reads the first sheet of an XLSX file, or a CSV (comma or semicolon, as Indonesian Excel writes it). */
export async function readTableFile(bytes: Buffer, format: 'csv' | 'xlsx'): Promise<TableFile> {
  const grid = format === 'xlsx' ? await readXlsxGrid(bytes) : readCsvGrid(bytes.toString('utf8'));
  const [header = [], ...body] = grid;
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({
      rowNumber: index + 2,
      cells: Object.fromEntries(columns.map((column, position) => [column, (cells[position] ?? '').trim()])),
    });
  });
  return { columns, rows };
}

async function readXlsxGrid(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const grid: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, sheet.columnCount); column += 1)
      cells.push(row.getCell(column).text ?? '');
    grid.push(cells);
  }
  return grid;
}

/** RFC 4180 quoting; the delimiter is whichever of ',' and ';' the header line uses. */
export function readCsvGrid(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const grid: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(cell);
      grid.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    grid.push(row);
  }
  return grid;
}

function unreadable(): DomainError {
  return new DomainError('VALIDATION_FAILED', {
    id: 'Berkas Excel tidak dapat dibaca. Simpan sebagai .xlsx atau CSV lalu coba lagi.',
    en: 'The Excel file cannot be read. Save it as .xlsx or CSV and try again.',
  });
}

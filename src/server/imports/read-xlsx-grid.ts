import { unzipSync } from 'fflate';
import { cellTooLong, checkTableCell, count } from './check-table-cell';
import type { TableFileLimits } from './table-file-limits';
import { type GridRow, TableReadStop } from './table-grid';
import { walkXml } from './walk-xml';

/**
 * Reads the first sheet of an XLSX (or the sheet named `sheetName`, matched case-insensitively) into non-blank
 * rows with bounded work: the zip's central directory is read
 * first and the file refused when its entries say they inflate past `maxDecompressedBytes`; only the four
 * parts needed are inflated (each into a buffer of its declared size, so a header that lies cannot make it
 * grow); the sheet is walked as a stream of XML events and refused at the first cell past a limit. Cells are
 * kept sparse, so a lone cell at A4000 costs one row, not 4,000 (ExcelJS's `columnCount` per cell did).
 */
export function readXlsxGrid(bytes: Uint8Array, limits: TableFileLimits, sheetName?: string): GridRow[] {
  const declared = new Map<string, number>();
  let total = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      declared.set(entry.name, entry.originalSize);
      total += entry.originalSize;
      return false;
    },
  });
  if (total > limits.maxDecompressedBytes) throw decompressedTooLarge(total, limits);
  const workbookPath = 'xl/workbook.xml';
  const relationsPath = 'xl/_rels/workbook.xml.rels';
  const parts = inflate(bytes, declared, [workbookPath, relationsPath]);
  const { sheetPath, sharedStringsPath } = locateParts(
    parts.get(workbookPath),
    parts.get(relationsPath),
    sheetName,
  );
  const content = inflate(bytes, declared, [sheetPath, sharedStringsPath]);
  const sheet = content.get(sheetPath);
  if (sheet === undefined) throw new Error('the workbook has no first sheet');
  const sharedStringsXml = content.get(sharedStringsPath);
  const sharedStrings = sharedStringsXml === undefined ? [] : readSharedStrings(sharedStringsXml, limits);
  return readSheet(sheet, sharedStrings, limits);
}

/** The named parts as text; a name is matched case-insensitively, as Excel itself does. */
function inflate(bytes: Uint8Array, declared: Map<string, number>, wanted: string[]): Map<string, string> {
  const byLowerName = new Map([...declared.keys()].map((name) => [name.toLowerCase(), name]));
  const names = new Map<string, string>();
  for (const name of wanted) {
    const actual = byLowerName.get(name.toLowerCase());
    if (actual !== undefined) names.set(actual, name);
  }
  const files = unzipSync(bytes, { filter: (entry) => names.has(entry.name) });
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  for (const [actual, data] of Object.entries(files))
    parts.set(names.get(actual) ?? actual, decoder.decode(data));
  return parts;
}

/**
 * The first sheet in the workbook's order (or the one named `sheetName`; a workbook without it is refused
 * naming it), and the shared-string table, through the workbook's relations.
 */
function locateParts(
  workbook: string | undefined,
  relations: string | undefined,
  sheetName: string | undefined,
): { sheetPath: string; sharedStringsPath: string } {
  if (workbook === undefined) throw new Error('xl/workbook.xml is missing');
  let firstSheetRelation: string | undefined;
  const wanted = sheetName?.trim().toLowerCase();
  walkXml(workbook, {
    open: (name, attributes) => {
      if (name !== 'sheet' || firstSheetRelation !== undefined) return;
      if (wanted === undefined || attributes.name?.trim().toLowerCase() === wanted)
        firstSheetRelation = attributes.id ?? '';
    },
  });
  if (wanted !== undefined && firstSheetRelation === undefined) throw missingSheet(sheetName ?? '');
  const targets = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  walkXml(relations ?? '<Relationships/>', {
    open: (name, attributes) => {
      if (name !== 'Relationship' || !attributes.Target) return;
      const target = attributes.Target.startsWith('/')
        ? attributes.Target.slice(1)
        : `xl/${attributes.Target}`;
      targets.set(attributes.Id ?? '', target);
      if (attributes.Type?.endsWith('/sharedStrings')) sharedStringsPath = target;
    },
  });
  const sheetPath = targets.get(firstSheetRelation ?? '') ?? 'xl/worksheets/sheet1.xml';
  return { sheetPath, sharedStringsPath };
}

/** A string too long for a cell is kept as `null`: refused only if a cell uses it. */
function readSharedStrings(xml: string, limits: TableFileLimits): (string | null)[] {
  const strings: (string | null)[] = [];
  const maxStrings = (limits.maxRows + 1) * limits.maxColumns;
  let current: string | null = null;
  let depthInPhonetic = 0;
  let inText = false;
  walkXml(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') depthInPhonetic += 1;
      else if (name === 't') inText = depthInPhonetic === 0;
    },
    close: (name) => {
      if (name === 'si') {
        if (strings.length >= maxStrings) throw tooManyCells(limits);
        strings.push(current);
        current = null;
      } else if (name === 'rPh') depthInPhonetic -= 1;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (!inText || current === null) return;
      current += text;
      if (current.length > limits.maxCellCharacters) current = null;
    },
  });
  return strings;
}

function readSheet(xml: string, sharedStrings: (string | null)[], limits: TableFileLimits): GridRow[] {
  const rows = new Map<number, string[]>();
  let rowNumber = 0;
  let columnIndex = 0;
  let type = '';
  let text = '';
  let collecting = false;
  let depthInPhonetic = 0;
  walkXml(xml, {
    open: (name, attributes) => {
      if (name === 'row') {
        rowNumber = Number(attributes.r) || rowNumber + 1;
        columnIndex = 0;
      } else if (name === 'c') {
        columnIndex = columnIndexOf(attributes.r) ?? columnIndex + 1;
        type = attributes.t ?? 'n';
        text = '';
      } else if (name === 'rPh') depthInPhonetic += 1;
      else if (name === 'v' || (name === 't' && type === 'inlineStr')) collecting = depthInPhonetic === 0;
    },
    close: (name) => {
      if (name === 'v' || name === 't') collecting = false;
      else if (name === 'rPh') depthInPhonetic -= 1;
      else if (name === 'c') {
        const value = cellValue(type, text, sharedStrings);
        if (value === null) throw cellTooLong(rowNumber, columnIndex, limits);
        checkTableCell(rowNumber, columnIndex, value, limits);
        if (value === '') return;
        const cells = rows.get(rowNumber) ?? [];
        cells[columnIndex - 1] = value;
        rows.set(rowNumber, cells);
      }
    },
    text: (chunk) => {
      if (!collecting) return;
      text += chunk;
      if (text.length > limits.maxCellCharacters) throw cellTooLong(rowNumber, columnIndex, limits);
    },
  });
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, cells]) => ({ rowNumber: number, cells: Array.from(cells, (cell) => cell ?? '') }));
}

/** The cell's text as ExcelJS's `text` gave it: numbers in JavaScript's shortest form, booleans as words. */
function cellValue(type: string, raw: string, sharedStrings: (string | null)[]): string | null {
  switch (type) {
    case 's': {
      // `null` is a string too long for a cell (refused by the caller); an index past the table is empty.
      const shared = raw === '' ? '' : sharedStrings[Number(raw)];
      return shared === undefined ? '' : shared;
    }
    case 'b':
      return raw === '' ? '' : raw.trim() === '1' ? 'true' : 'false';
    case 'n': {
      const number = Number(raw);
      return raw.trim() !== '' && Number.isFinite(number) ? String(number) : raw;
    }
    default:
      return raw;
  }
}

/** 1 for A, 27 for AA; undefined when the reference is absent or not a cell reference. */
function columnIndexOf(reference: string | undefined): number | undefined {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(reference ?? '')?.[1];
  if (!letters) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

function missingSheet(sheetName: string): TableReadStop {
  return new TableReadStop({
    kind: 'invalid',
    row: 0,
    column: '',
    message: {
      id: `Berkas XLSX tidak memiliki lembar "${sheetName}". Unduh templat lalu isi setiap lembarnya.`,
      en: `The XLSX file has no sheet "${sheetName}". Download the template and fill in each of its sheets.`,
    },
  });
}

function decompressedTooLarge(total: number, limits: TableFileLimits): TableReadStop {
  const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  return new TableReadStop({
    kind: 'too-large',
    limit: 'maxDecompressedBytes',
    row: 0,
    column: '',
    message: {
      id: `Isi berkas XLSX setelah diekstrak (${count(megabytes(total), 'id')} MB) melebihi batas ${count(megabytes(limits.maxDecompressedBytes), 'id')} MB.`,
      en: `The XLSX file unpacks to ${count(megabytes(total), 'en')} MB, over the limit of ${count(megabytes(limits.maxDecompressedBytes), 'en')} MB.`,
    },
  });
}

function tooManyCells(limits: TableFileLimits): TableReadStop {
  return new TableReadStop({
    kind: 'too-large',
    limit: 'maxRows',
    row: 0,
    column: '',
    message: {
      id: `Berkas XLSX memuat lebih banyak teks daripada ${count(limits.maxRows, 'id')} baris × ${count(limits.maxColumns, 'id')} kolom.`,
      en: `The XLSX file holds more texts than ${count(limits.maxRows, 'en')} rows × ${count(limits.maxColumns, 'en')} columns.`,
    },
  });
}

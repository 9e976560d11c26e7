import type { RankInput } from '../../core';
import { parseScore } from './classify';
import { CliUserError } from './methodology-command-support';

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM; blank lines skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') inQuotes = false;
      else field += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** `entity,score` with optional `kind`, `province` and `unit_type` columns, in any order. */
export function readRankCsv(text: string): { rows: RankInput[]; columns: Set<string> } {
  const [header, ...lines] = parseCsv(text);
  if (header === undefined) {
    throw new CliUserError({ id: 'berkas CSV kosong', en: 'the CSV file is empty' });
  }
  const names = header.map((name) => name.trim().toLowerCase().replace('unittype', 'unit_type'));
  const column = (name: string) => names.indexOf(name);
  for (const required of ['entity', 'score']) {
    if (column(required) < 0) {
      throw new CliUserError({
        id: `kolom "${required}" tidak ada di baris judul CSV`,
        en: `column "${required}" is missing from the CSV header`,
      });
    }
  }
  const rows = lines.map((cells, i): RankInput => {
    const line = i + 2;
    const cell = (name: string) => {
      const index = column(name);
      return index < 0 ? undefined : (cells[index] ?? '').trim();
    };
    const entity = cell('entity') ?? '';
    if (entity === '') {
      throw new CliUserError({
        id: `baris ${line}: kolom "entity" kosong`,
        en: `row ${line}: "entity" is empty`,
      });
    }
    let score: number;
    try {
      score = parseScore(cell('score') ?? '');
    } catch (error) {
      const reason =
        error instanceof CliUserError ? error.messages : { id: String(error), en: String(error) };
      throw new CliUserError({
        id: `baris ${line}, kolom "score": ${reason.id}`,
        en: `row ${line}, column "score": ${reason.en}`,
      });
    }
    const optional = (name: string) => {
      const value = cell(name);
      return value === undefined || value === '' ? {} : { [name === 'unit_type' ? 'unitType' : name]: value };
    };
    return { name: entity, score, ...optional('kind'), ...optional('province'), ...optional('unit_type') };
  });
  return { rows, columns: new Set(names) };
}

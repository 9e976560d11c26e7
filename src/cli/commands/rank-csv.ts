import type { RankInput } from '../../core';
import { readCsv } from '../../reports/csv/read-csv';
import { parseScore } from './classify';
import { CliUserError } from './methodology-command-support';

/** Rows of the rank input through the project's one CSV reader; blank lines skipped. */
export function parseCsv(text: string): string[][] {
  return readCsv(text, { onRecord: (cells) => (cells.some((cell) => cell.trim() !== '') ? cells : null) });
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

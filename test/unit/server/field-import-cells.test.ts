import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseFieldDate, parseFieldInstant } from '../../../src/server/field-import/field-import-problem';
import { parseTableBytes } from '../../../src/server/imports/parse-table-bytes';
import { defaultTableFileLimits } from '../../../src/server/imports/table-file-limits';

describe('field-import cells', () => {
  it('reads times with their Indonesian zone or an ISO offset, and refuses a time without a zone', () => {
    expect(parseFieldInstant('2024-03-04 09:00 WIB')).toBe('2024-03-04T09:00:00+07:00');
    expect(parseFieldInstant('2024-03-04 09:00:30 wita')).toBe('2024-03-04T09:00:30+08:00');
    expect(parseFieldInstant('2024-03-04T09:00 WIT')).toBe('2024-03-04T09:00:00+09:00');
    expect(parseFieldInstant('2024-03-04T02:00:00Z')).toBe('2024-03-04T02:00:00Z');
    expect(parseFieldInstant('2024-03-04 09:00')).toBeUndefined();
    expect(parseFieldInstant('04/03/2024 09:00 WIB')).toBeUndefined();
  });

  it('reads calendar dates only', () => {
    expect(parseFieldDate('2024-02-29')).toBe('2024-02-29');
    expect(parseFieldDate('2023-02-29')).toBeUndefined();
    expect(parseFieldDate('4 Maret 2024')).toBeUndefined();
  });
});

describe('reading a named XLSX sheet', () => {
  async function workbook(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('petugas').addRows([['nama'], ['Siti']]);
    book.addWorksheet('Survei').addRows([['nomor'], ['K-1'], ['K-2']]);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it('reads the sheet by name, regardless of case, and refuses a workbook without it, naming the sheet', async () => {
    const bytes = await workbook();
    const survey = parseTableBytes(bytes, 'xlsx', defaultTableFileLimits, 'survei');
    expect(survey.ok && survey.rows.map((row) => row.cells)).toEqual([['K-1'], ['K-2']]);
    const first = parseTableBytes(bytes, 'xlsx', defaultTableFileLimits);
    expect(first.ok && first.header).toEqual(['nama']);
    const missing = parseTableBytes(bytes, 'xlsx', defaultTableFileLimits, 'pengaduan');
    expect(missing).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    expect(!missing.ok && missing.failure.message.id).toContain('"pengaduan"');
  });
});

import { describe, expect, it } from 'vitest';
import { parseTableBytes } from '../../../../src/server/imports/parse-table-bytes';
import {
  defaultTableFileLimits,
  type TableFileLimits,
} from '../../../../src/server/imports/table-file-limits';
import type { TableGridResult } from '../../../../src/server/imports/table-grid';
import { buildRawXlsx, buildSharedStringBomb, buildXlsx } from '../../../helpers/xlsx-file-factory';

const limits: TableFileLimits = defaultTableFileLimits;
const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

function expectRead(result: TableGridResult) {
  if (!result.ok) throw new Error(`expected the file to be read, got ${JSON.stringify(result.failure)}`);
  return result;
}

function expectRefused(result: TableGridResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.failure;
}

describe('reading XLSX within limits', () => {
  it('reads the issue’s 6 KB file (header, Z1, A4000) as two rows, not 4,000 × 26 cells', async () => {
    const file = await buildXlsx({ A1: 'kode_entitas', B1: 'nama_unit', Z1: 'z', A4000: '16.06' });
    expect(file.length).toBeLessThan(10 * 1024);
    const result = expectRead(parseTableBytes(file, 'xlsx', limits));
    expect(result.header).toHaveLength(26);
    expect(result.header[0]).toBe('kode_entitas');
    expect(result.header[25]).toBe('z');
    expect(result.rows).toEqual([{ rowNumber: 4000, cells: ['16.06'] }]);
  });

  it('gives numbers, booleans, rich text and formula results as ExcelJS’s text did', async () => {
    const workbook = await buildXlsx({ A1: 'a', A2: 12.5, B2: 1601, C2: 'Dinas Sosial' });
    expect(expectRead(parseTableBytes(workbook, 'xlsx', limits)).rows).toEqual([
      { rowNumber: 2, cells: ['12.5', '1601', 'Dinas Sosial'] },
    ]);
    const raw = buildRawXlsx({
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><r><t>na</t></r><r><t>ma</t></r></is></c>' +
        '<c r="B1" t="b"><v>1</v></c><c r="C1"><f>1+1</f><v>2</v></c><c r="D1" t="str"><f>"x"</f><v>x</v></c></row>',
    });
    expect(expectRead(parseTableBytes(raw, 'xlsx', limits)).header).toEqual(['nama', 'true', '2', 'x']);
  });

  it('refuses a zip bomb from its declared sizes, before inflating it (413 naming the limit)', () => {
    // The file is 100 MB in 108 KB (test/db/imports-hardening.test.ts); the same shape, scaled down.
    const bomb = buildSharedStringBomb(3);
    expect(bomb.length).toBeLessThan(20 * 1024);
    const failure = expectRefused(
      parseTableBytes(bomb, 'xlsx', { ...limits, maxDecompressedBytes: 2 * 1024 * 1024 }),
    );
    expect(failure).toMatchObject({ kind: 'too-large', limit: 'maxDecompressedBytes' });
    expect(failure.message.en).toBe('The XLSX file unpacks to 4 MB, over the limit of 2 MB.');
    expect(failure.message.id).toBe('Isi berkas XLSX setelah diekstrak (4 MB) melebihi batas 2 MB.');
  });

  it('refuses a cell past the row or column limit, naming the limit and the cell', async () => {
    const small = { ...limits, maxRows: 100, maxColumns: 5 };
    const deep = expectRefused(parseTableBytes(await buildXlsx({ A1: 'a', A102: 'x' }), 'xlsx', small));
    expect(deep).toMatchObject({ kind: 'invalid', limit: 'maxRows', row: 102, column: 'A' });
    expect(deep.message.en).toContain('limit of 100 data rows');
    const wide = expectRefused(parseTableBytes(await buildXlsx({ A1: 'a', F2: 'x' }), 'xlsx', small));
    expect(wide).toMatchObject({ kind: 'invalid', limit: 'maxColumns', row: 2, column: 'F' });
    expect(wide.message.id).toContain('batas 5 kolom');
    // Exactly at the limits is fine.
    expectRead(parseTableBytes(await buildXlsx({ A1: 'a', E101: 'x' }), 'xlsx', small));
  });

  it('refuses a cell longer than the limit, from the shared strings or inline', () => {
    const long = 'x'.repeat(limits.maxCellCharacters + 1);
    const shared = buildRawXlsx({
      sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
      sharedStrings: `<sst><si><t>ok</t></si><si><t>${long}</t></si></sst>`,
    });
    expect(expectRefused(parseTableBytes(shared, 'xlsx', limits))).toMatchObject({
      limit: 'maxCellCharacters',
      row: 1,
      column: 'B',
    });
    const inline = buildRawXlsx({
      sheetData: `<row r="3"><c r="C3" t="inlineStr"><is><t>${long}</t></is></c></row>`,
    });
    expect(expectRefused(parseTableBytes(inline, 'xlsx', limits))).toMatchObject({
      limit: 'maxCellCharacters',
      row: 3,
      column: 'C',
    });
  });

  it('does not expand entities a DOCTYPE declares (billion laughs): the file is unreadable', () => {
    const laughs = buildRawXlsx({
      doctype: '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>',
    });
    expect(expectRefused(parseTableBytes(laughs, 'xlsx', limits)).kind).toBe('unreadable');
    expect(expectRefused(parseTableBytes(csv('not a zip'), 'xlsx', limits)).kind).toBe('unreadable');
  });
});

describe('reading CSV', () => {
  it('decodes Windows-1252 (Excel on Windows), UTF-8 with and without BOM alike', () => {
    const text = 'kode_entitas;nama_unit\r\n16.06;Dinas Pendidikan Daérah\r\n';
    for (const bytes of [csv(text, 'latin1'), csv(text), csv(`\uFEFF${text}`)]) {
      const result = expectRead(parseTableBytes(bytes, 'csv', limits));
      expect(result.header).toEqual(['kode_entitas', 'nama_unit']);
      expect(result.rows).toEqual([{ rowNumber: 2, cells: ['16.06', 'Dinas Pendidikan Daérah'] }]);
    }
    // Windows-1252 beyond Latin-1: the curly quote and the euro sign of bytes 0x92 and 0x80.
    const smart = Buffer.from([0x61, 0x0a, 0x92, 0x80]);
    expect(expectRead(parseTableBytes(smart, 'csv', limits)).rows[0]?.cells).toEqual(['\u2019\u20ac']);
  });

  it('reports an unterminated quote with the row where it opened, instead of swallowing the rest', () => {
    const file = csv('kode_entitas,nama_unit\n16.06,Dinas Sosial\n16.06,"Dinas Kesehatan\n16.07,Puskesmas\n');
    const failure = expectRefused(parseTableBytes(file, 'csv', limits));
    expect(failure).toMatchObject({ kind: 'invalid', row: 3 });
    expect(failure.message.en).toBe(
      'A quote (") opened in row 3 is never closed. Fix that row and try again.',
    );
  });

  it('keeps quoted line breaks, doubled quotes and stray quotes; numbers rows as the file does', () => {
    const file = csv('a,b\n"x\ny","say ""hi"""\n\nDinas "Kominfo",z\n');
    expect(expectRead(parseTableBytes(file, 'csv', limits)).rows).toEqual([
      { rowNumber: 2, cells: ['x\ny', 'say "hi"'] },
      { rowNumber: 4, cells: ['Dinas "Kominfo"', 'z'] },
    ]);
  });

  it('refuses rows, columns and cells past the limits, ignoring trailing empty cells', () => {
    const small = { ...limits, maxRows: 3, maxColumns: 2, maxCellCharacters: 5 };
    expectRead(parseTableBytes(csv('a;b;;;;\n1;2;;;\n\n\n\n\n'), 'csv', small));
    expect(expectRefused(parseTableBytes(csv('a\n1\n2\n3\n4\n'), 'csv', small))).toMatchObject({
      limit: 'maxRows',
      row: 5,
    });
    expect(expectRefused(parseTableBytes(csv('a,b,c\n'), 'csv', small))).toMatchObject({
      limit: 'maxColumns',
      column: 'C',
    });
    expect(expectRefused(parseTableBytes(csv('a\n123456\n'), 'csv', small))).toMatchObject({
      limit: 'maxCellCharacters',
      row: 2,
      column: 'A',
    });
  });

  it('takes off the quote our exports put before formula-like text, so an export re-imports unchanged', () => {
    const file = csv(`alias,nama\n"'=HYPERLINK(""http://evil.example"",""Buka"")",'-5\n'keep,x\n`);
    expect(expectRead(parseTableBytes(file, 'csv', limits)).rows).toEqual([
      { rowNumber: 2, cells: ['=HYPERLINK("http://evil.example","Buka")', '-5'] },
      { rowNumber: 3, cells: ["'keep", 'x'] },
    ]);
  });
});
